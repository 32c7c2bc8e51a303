// A stand-in for the deciding body's case system, on loopback: accepts applications once per idempotency key and lists
// what it received. `npm start` runs it in-process when CENTRAL_URL is not set.
import express, { type Express } from 'express';
import { z } from 'zod';
import { PAYLOAD_SCHEMA } from '../forwarding/payload.ts';

export interface SimulatedCase {
  caseId: string;
  idempotencyKey: string;
  applicationNumber: string;
  serviceId: string;
  receivedAt: string;
  status: 'received';
  /** How many requests carried this idempotency key. */
  attempts: number;
}

const PayloadSchema = z.object({
  schema: z.literal(PAYLOAD_SCHEMA),
  applicationId: z.string().min(1),
  applicationNumber: z.string().min(1),
  serviceId: z.string().min(1),
  visitId: z.string().min(1),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.record(z.string(), z.string()))])),
  documents: z.array(z.string()),
});

export function buildCentralSimulator(): { app: Express; cases: () => SimulatedCase[] } {
  const byKey = new Map<string, SimulatedCase>();
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));

  app.post('/applications', (req, res) => {
    const key = req.get('idempotency-key');
    if (!key) {
      res.status(400).json({ error: 'missing Idempotency-Key header' });
      return;
    }
    const existing = byKey.get(key);
    if (existing) {
      existing.attempts++;
      res.status(200).json({ caseId: existing.caseId, status: existing.status });
      return;
    }
    const parsed = PayloadSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(422).json({ error: 'invalid application', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
      return;
    }
    const created: SimulatedCase = {
      caseId: `CASE-${String(byKey.size + 1).padStart(6, '0')}`,
      idempotencyKey: key,
      applicationNumber: parsed.data.applicationNumber,
      serviceId: parsed.data.serviceId,
      receivedAt: new Date().toISOString(),
      status: 'received',
      attempts: 1,
    };
    byKey.set(key, created);
    res.status(201).json({ caseId: created.caseId, status: created.status });
  });

  app.get('/cases', (_req, res) => {
    res.json([...byKey.values()]);
  });

  app.get('/applications/:caseId', (req, res) => {
    const found = [...byKey.values()].find((c) => c.caseId === req.params.caseId);
    if (found) res.json({ caseId: found.caseId, status: found.status });
    else res.status(404).json({ error: 'no such case' });
  });

  app.use((error: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.message });
  });

  return { app, cases: () => [...byKey.values()] };
}

export interface RunningSimulator {
  url: string;
  cases: () => SimulatedCase[];
  close(): Promise<void>;
}

/** Listens on loopback only: the simulator stands in for a remote system and is never exposed. */
export async function startCentralSimulator(port: number, host = '127.0.0.1'): Promise<RunningSimulator> {
  const { app, cases } = buildCentralSimulator();
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address() as import('node:net').AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    cases,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
