// A stand-in for the deciding body's case system, on loopback, speaking both dialects the kiosk does:
//   REST      POST /applications (Idempotency-Key, HMAC-signed body), GET /applications/{caseId}
//   Трембіта  POST /restapi (Uxp-Client, Uxp-Service, Uxp-QueryID, Uxp-Subject-Id, Uxp-Purpose-Ids), errors {type, message, detail}
// Cases live in its own SQLite file; a repeated idempotency key returns the first case. Statuses move on a clock; faults
// are injected through POST /admin/faults. `npm start` runs it in-process when CENTRAL_URL is not set; `npm run central-sim`
// runs it alone.
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import { IDENTITY_CHECKS } from '../../protocol/acceptance.ts';
import { PAYLOAD_SCHEMA, PAYLOAD_SCHEMAS } from '../forwarding/payload.ts';
import { SIGNATURE_HEADER, signatureMatches } from '../forwarding/signature.ts';
import { UXP_SUBSYSTEM } from '../forwarding/central-config.ts';
import { CaseStore, DEFAULT_STATUS_CLOCK, type SimulatedCase, type StatusClock } from './case-store.ts';
import { faultsFrom, FaultsSchema, NO_FAULTS, type Faults } from './faults.ts';

export type { SimulatedCase } from './case-store.ts';

export const SUBMIT_SERVICE_CODE = 'SubmitSocialApplication_v1';
export const STATUS_SERVICE_CODE = 'GetSocialApplicationStatus_v1';
/** <instance>/GOV/<ЄДРПОУ>/<subsystem>, as Трембіта names members' subsystems. */

/** Schema 2's acceptance: on submit (`kiosk`), or at the desk with who, when, identity, documents and signature. */
const AcceptanceSchema = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('kiosk') }),
  z.object({
    policy: z.literal('desk'),
    acceptedAt: z.iso.datetime(),
    staffLogin: z.string().min(1),
    identity: z.object({
      checked: z.array(z.enum(IDENTITY_CHECKS)).length(IDENTITY_CHECKS.length),
      document: z.object({ kind: z.enum(['id-card', 'passport-booklet', 'unknown']), number: z.string() }),
    }),
    documents: z.object({ seen: z.array(z.string()), notPresented: z.array(z.string()) }),
    signature: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('applicant') }),
      z.object({ kind: z.literal('on_behalf'), signerName: z.string().min(1) }),
    ]),
    corrections: z.array(
      z.object({
        fieldId: z.string().min(1),
        from: z.string(),
        to: z.string(),
        reason: z.string().min(1),
        staffLogin: z.string().min(1),
        at: z.iso.datetime(),
      }),
    ),
  }),
]);

const PayloadFields = {
  applicationId: z.string().min(1),
  applicationNumber: z.string().min(1),
  serviceId: z.string().min(1),
  visitId: z.string().min(1),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.record(z.string(), z.string()))])),
  documents: z.array(z.string()),
};
const PayloadSchema = z.discriminatedUnion('schema', [
  z.object({ schema: z.literal(PAYLOAD_SCHEMAS[0]), ...PayloadFields }),
  z.object({ schema: z.literal(PAYLOAD_SCHEMA), ...PayloadFields, acceptance: AcceptanceSchema }),
]);

export interface CentralSimulatorOptions {
  /** The simulator's own SQLite file. */
  dbFile: string;
  /** The REST dialect's shared secret: a request signed with anything else is refused (401). */
  hmacSecret: string;
  /** Uxp-Client values accepted on /restapi; any well-formed one when absent. */
  allowedClients?: readonly string[];
  faults?: Faults;
  statusClock?: StatusClock;
  now?: () => Date;
  random?: () => number;
  /** How long a call chosen to time out is held before its connection is dropped. */
  holdMs?: number;
}

type Dialect = 'rest' | 'trembita';

/** A refusal in the dialect's own shape: REST `{error}`, Трембіта X-Road style `{type, message, detail}`. */
function refuse(res: Response, dialect: Dialect, status: number, type: string, message: string): void {
  if (dialect === 'trembita')
    res
      .status(status)
      .set('X-Road-Error', type)
      .json({ type, message, detail: `simulator ${new Date().toISOString()}` });
  else res.status(status).json({ error: message });
}

export interface CentralSimulator {
  app: Express;
  store: CaseStore;
  faults(): Faults;
  setFaults(faults: Faults): void;
  /** Answers held back by an injected timeout (dropped at close). */
  held: Set<ServerResponse>;
}

export async function buildCentralSimulator(options: CentralSimulatorOptions): Promise<CentralSimulator> {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const holdMs = options.holdMs ?? 60_000;
  const store = await CaseStore.open(options.dbFile, options.statusClock ?? DEFAULT_STATUS_CLOCK, now);
  let faults: Faults = options.faults ?? NO_FAULTS;
  const held = new Set<ServerResponse>();

  const app = express();
  app.disable('x-powered-by');
  // The raw bytes are kept: the signature is over exactly what was sent. A request without a body has an empty one.
  app.use(express.raw({ type: () => true, limit: '1mb' }));
  app.use((req, _res, next) => {
    req.body ??= Buffer.alloc(0);
    next();
  });

  /** Network faults shared by every dialect call: true when the call was taken over (dropped or delayed into a hold). */
  async function networkFaults(res: Response): Promise<boolean> {
    if (faults.down) {
      res.socket?.destroy();
      return true;
    }
    if (faults.latencyMs) await new Promise((r) => setTimeout(r, faults.latencyMs));
    return false;
  }

  /** The answer is never sent: the client's timeout fires. The connection is dropped after holdMs. */
  function hold(res: Response): void {
    held.add(res);
    const timer = setTimeout(() => res.socket?.destroy(), holdMs);
    res.once('close', () => {
      clearTimeout(timer);
      held.delete(res);
    });
  }

  async function submit(req: Request, res: Response, dialect: Dialect, key: string): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse((req.body as Buffer).toString('utf8'));
    } catch {
      return refuse(res, dialect, 400, 'Client.BadRequest', 'body is not JSON');
    }
    const parsed = PayloadSchema.safeParse(body);
    if (!parsed.success) {
      return refuse(res, dialect, 422, 'Client.InvalidApplication', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    await store.noteRequest(key);
    if (random() < faults.errorRate) return refuse(res, dialect, 503, 'Server.ServerProxy.ServiceUnavailable', 'service unavailable (injected fault)');
    const { caseId, created } = await store.receive(key, { ...parsed.data, acceptance: 'acceptance' in parsed.data ? parsed.data.acceptance : null });
    if (random() < faults.timeoutRate) return hold(res);
    res.status(created ? 201 : 200).json({ caseId, status: 'received' });
  }

  async function status(res: Response, dialect: Dialect, caseId: string): Promise<void> {
    if (random() < faults.errorRate) return refuse(res, dialect, 503, 'Server.ServerProxy.ServiceUnavailable', 'service unavailable (injected fault)');
    const state = await store.state(caseId);
    if (random() < faults.timeoutRate) return hold(res);
    if (!state) return refuse(res, dialect, 404, 'Server.ServiceFailed.CaseNotFound', `no case ${caseId}`);
    res.json(state);
  }

  app.post('/applications', async (req, res) => {
    if (await networkFaults(res)) return;
    if (!signatureMatches(options.hmacSecret, req.body as Buffer, req.get(SIGNATURE_HEADER))) {
      return refuse(res, 'rest', 401, 'Client.InvalidSignature', `the ${SIGNATURE_HEADER} header does not match the body signed with the shared secret`);
    }
    const key = req.get('idempotency-key');
    if (!key) return refuse(res, 'rest', 400, 'Client.BadRequest', 'missing Idempotency-Key header');
    await submit(req, res, 'rest', key);
  });

  app.get('/applications/:caseId', async (req, res) => {
    if (await networkFaults(res)) return;
    if (!signatureMatches(options.hmacSecret, req.path, req.get(SIGNATURE_HEADER))) {
      return refuse(res, 'rest', 401, 'Client.InvalidSignature', `the ${SIGNATURE_HEADER} header does not match the path signed with the shared secret`);
    }
    await status(res, 'rest', req.params.caseId);
  });

  app.post('/restapi', async (req, res) => {
    if (await networkFaults(res)) return;
    const client = req.get('uxp-client') ?? '';
    const service = req.get('uxp-service') ?? '';
    const queryId = req.get('uxp-queryid');
    if (!UXP_SUBSYSTEM.test(client) || (options.allowedClients && !options.allowedClients.includes(client))) {
      return refuse(res, 'trembita', 403, 'Server.ServerProxy.AccessDenied', `client ${client || '(none)'} may not call this service`);
    }
    const [, code] = /^[A-Z0-9-]+\/GOV\/\d{8}\/[A-Za-z0-9_-]+\/([A-Za-z0-9_]+)\/\d+$/.exec(service) ?? [];
    if (!queryId) return refuse(res, 'trembita', 400, 'Client.InvalidHttpHeader', 'missing Uxp-QueryID');
    if (code === SUBMIT_SERVICE_CODE) return submit(req, res, 'trembita', queryId);
    if (code === STATUS_SERVICE_CODE) {
      const asked = z.object({ caseId: z.string().min(1).max(100) }).safeParse(
        (() => {
          try {
            return JSON.parse((req.body as Buffer).toString('utf8'));
          } catch {
            return undefined;
          }
        })(),
      );
      if (!asked.success) return refuse(res, 'trembita', 400, 'Client.BadRequest', 'the body must be {"caseId": "..."}');
      return status(res, 'trembita', asked.data.caseId);
    }
    refuse(res, 'trembita', 404, 'Server.ServerProxy.UnknownService', `unknown service ${service || '(none)'}`);
  });

  // Test and operator endpoints: never faulty.
  app.get('/cases', async (_req, res) => {
    res.json(await store.list());
  });
  app.get('/admin/faults', (_req, res) => {
    res.json(faults);
  });
  app.post('/admin/faults', (req, res) => {
    let body: unknown;
    try {
      const text = (req.body as Buffer).toString('utf8');
      body = text ? JSON.parse(text) : {};
    } catch {
      return refuse(res, 'rest', 400, 'Client.BadRequest', 'body is not JSON');
    }
    const parsed = FaultsSchema.safeParse(body);
    if (!parsed.success)
      return refuse(res, 'rest', 400, 'Client.BadRequest', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    faults = faultsFrom(parsed.data);
    res.json(faults);
  });

  app.use((error: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.message });
  });

  return { app, store, faults: () => faults, setFaults: (next) => void (faults = next), held };
}

export interface RunningSimulator {
  url: string;
  cases: () => Promise<SimulatedCase[]>;
  setFaults(faults: Faults): void;
  close(): Promise<void>;
}

/** Listens on loopback only: the simulator stands in for a remote system and is never exposed. */
export async function startCentralSimulator(options: CentralSimulatorOptions & { port: number; host?: string }): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  const simulator = await buildCentralSimulator(options);
  let server: HttpServer;
  try {
    server = await new Promise<HttpServer>((resolve, reject) => {
      const s = simulator.app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
    });
  } catch (error) {
    await simulator.store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    cases: () => simulator.store.list(),
    setFaults: simulator.setFaults,
    async close() {
      for (const res of simulator.held) res.socket?.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await simulator.store.close();
    },
  };
}
