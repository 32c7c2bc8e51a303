// Forwarding to the central case system through faults and outages, in both dialects, exactly once.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { CentralCaseSystem } from '../../kiosk-server/forwarding/central-case-system.ts';
import { TrembitaCentralCaseSystem } from '../../kiosk-server/forwarding/trembita-central.ts';
import { RestCentralCaseSystem } from '../../kiosk-server/forwarding/rest-central.ts';
import { SIMULATOR_UXP_CLIENT, SIMULATOR_UXP_PROVIDER } from '../../kiosk-server/forwarding/central-config.ts';
import type { ForwardingAlert, ForwardingState } from '../../protocol/staff-events.ts';
import { commitMany } from '../support/applications.ts';
import { loadCatalogue } from '../../content/catalogue.ts';
import { connectClient, connectStaff, eventually, request, staffCaughtUp, startTestKiosk, type TestKiosk } from '../support/kiosk.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';
import { TestClock } from '../support/test-clock.ts';

const FAST = { backoff: { baseMs: 10, maxMs: 100 } };
let kiosk: TestKiosk | undefined;

afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

interface CaseRow {
  caseId: string;
  idempotencyKey: string;
  applicationNumber: string;
  serviceId: string;
  receivedAt: string;
  status: string;
  attempts: number;
}

async function casesOf(k: TestKiosk): Promise<CaseRow[]> {
  return (await (await fetch(`${k.simulator.url}/cases`)).json()) as CaseRow[];
}

async function setFaults(k: TestKiosk, faults: object): Promise<Response> {
  return fetch(`${k.simulator.url}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
}

const pendingOf = async (k: TestKiosk) => (await k.server.forwardingState()).pending;

const trembita = (url: string, client = SIMULATOR_UXP_CLIENT): CentralCaseSystem =>
  new TrembitaCentralCaseSystem({
    gatewayUrl: url,
    client,
    provider: SIMULATOR_UXP_PROVIDER,
    submitService: 'SubmitSocialApplication_v1/1',
    statusService: 'GetSocialApplicationStatus_v1/1',
    purposeIds: 'social-services-application',
    timeoutMs: 300,
  });

describe('exactly once', () => {
  it('200 applications through 50 % errors and 10 % timeouts: 200 cases, no duplicates', { timeout: 60_000 }, async () => {
    kiosk = await startTestKiosk(
      { forwarding: FAST },
      { central: (url) => new RestCentralCaseSystem({ baseUrl: url, hmacSecret: 'test-secret-shared-with-the-simulator', timeoutMs: 300 }) },
    );
    expect(await (await setFaults(kiosk, { errorRate: 0.5, timeoutRate: 0.1 })).json()).toEqual({
      errorRate: 0.5,
      timeoutRate: 0.1,
      latencyMs: 0,
      down: false,
    });
    const stored = await commitMany(kiosk.server.store, 200);
    kiosk.server.worker.wake();

    const k = kiosk;
    await eventually(async () => (await pendingOf(k)) === 0, 50_000);
    const cases = await casesOf(kiosk);
    expect(cases).toHaveLength(200);
    expect(new Set(cases.map((c) => c.idempotencyKey)).size).toBe(200);
    expect(new Set(cases.map((c) => c.applicationNumber))).toEqual(new Set(stored.map((a) => a.number)));
    // The faults really happened: keys were sent more than once, and still made one case each.
    expect(cases.some((c) => c.attempts > 1)).toBe(true);
    const total = cases.reduce((sum, c) => sum + c.attempts, 0);
    expect(total).toBeGreaterThan(250);
  });

  it('two workers on one store never send the same application at the same time, and send each once', async () => {
    kiosk = await startTestKiosk({ forwarding: FAST });
    await kiosk.server.worker.stop();
    const inFlight = new Set<string>();
    const sent: string[] = [];
    let overlaps = 0;
    const slow: CentralCaseSystem = {
      description: 'slow',
      timeoutMs: 1000,
      async submit(_payload, key) {
        if (inFlight.has(key)) overlaps++;
        inFlight.add(key);
        // Stays: the call takes a little real time, as a peer's does, so that two workers sending one key at once would overlap.
        await new Promise((r) => setTimeout(r, 5));
        inFlight.delete(key);
        sent.push(key);
        return { caseId: `C-${key}` };
      },
      status: async () => {
        throw new Error('not asked');
      },
    };
    const { OutboxWorker } = await import('../../kiosk-server/forwarding/outbox-worker.ts');
    const make = () => new OutboxWorker({ store: kiosk!.server.store, central: slow, logger: pino({ level: 'silent' }), leaseMs: 10_000, concurrency: 8 });
    await commitMany(kiosk.server.store, 60);
    const [a, b] = await Promise.all([make().drainOnce(), make().drainOnce()]);
    expect(a + b).toBe(60);
    expect(overlaps).toBe(0);
    expect(sent).toHaveLength(60);
    expect(new Set(sent).size).toBe(60);
  });
});

describe('outage', () => {
  it('keeps accepting while the central system is down; the backlog drains when it is back', { timeout: 30_000 }, async () => {
    kiosk = await startTestKiosk({ forwarding: FAST });
    await setFaults(kiosk, { down: true });
    // A person at the kiosk is told their application is submitted, outage or not.
    const client = await connectClient(kiosk.server.url);
    const { sessionId, view } = await startVisit(client, ['one-time-aid']);
    await answerUntilCheck(client, await loadCatalogue(), sessionId, view);
    const submitted = await request(client, 'application:submit', { sessionId });
    client.disconnect();
    expect(submitted).toMatchObject({ ok: true, data: { screen: 'confirmation' } });
    const stored = [...(await commitMany(kiosk.server.store, 39)), { number: submitted.data.applications[0].applicationNumber as string }];
    kiosk.server.worker.wake();
    const k = kiosk;
    // Tried, and failed as unreachable: nothing arrived, nothing was dropped.
    await eventually(async () => (await k.server.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE last_error_kind = 'unreachable'"))!.n === 40);
    expect(await casesOf(kiosk)).toHaveLength(0);
    expect(await pendingOf(kiosk)).toBe(40);
    expect((await kiosk.server.forwardingState()).failing).toBe(40);

    await setFaults(kiosk, {});
    await eventually(async () => (await pendingOf(k)) === 0, 20_000);
    const cases = await casesOf(kiosk);
    expect(cases.map((c) => c.applicationNumber).sort()).toEqual(stored.map((a) => a.number).sort());
    expect((await kiosk.server.forwardingState()).failing).toBe(0);
  });
});

describe('dialects', () => {
  it('Трембіта: the application arrives once through /restapi, and its status comes back through the status service', async () => {
    kiosk = await startTestKiosk(
      { forwarding: { ...FAST, statusPoll: { baseMs: 30, maxMs: 100 } } },
      { central: (url) => trembita(url), simulator: { statusClock: { reviewAfterMs: 0, decisionAfterMs: 150, refuseRate: 1 } } },
    );
    const [stored] = await commitMany(kiosk.server.store, 1);
    kiosk.server.worker.wake();
    const k = kiosk;
    const [found] = await eventually(async () => {
      const cases = await casesOf(k);
      return cases.length ? cases : undefined;
    });
    expect(found).toMatchObject({ applicationNumber: stored!.number, idempotencyKey: stored!.id, attempts: 1 });
    // Refused on the simulator's clock: the kiosk learns it, with a reason it can explain.
    const status = await eventually(async () => {
      const row = await k.server.db.get<{ central_status: string; status_reason: string }>('SELECT central_status, status_reason FROM applications');
      return row?.central_status === 'refused' ? row : undefined;
    });
    expect(['income_above_limit', 'documents_missing', 'not_eligible']).toContain(status.status_reason);
  });

  it('Трембіта sends the X-Road headers, and understands X-Road errors', async () => {
    const express = (await import('express')).default;
    const seen: Record<string, string | undefined>[] = [];
    const app = express();
    app.post('/restapi', (req, res) => {
      seen.push({
        client: req.get('uxp-client'),
        service: req.get('uxp-service'),
        query: req.get('uxp-queryid'),
        subject: req.get('uxp-subject-id'),
        purpose: req.get('uxp-purpose-ids'),
      });
      res
        .status(500)
        .set('X-Road-Error', 'Server.ServerProxy.AccessDenied')
        .json({ type: 'Server.ServerProxy.AccessDenied', message: 'Request is not allowed', detail: 'x' });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const central = trembita(`http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`);
      const payload = { schema: 'vikno.application/1', applicant: { kind: 'rnokpp', id: '3652504575' } } as never;
      await expect(central.submit(payload, 'key-1')).rejects.toMatchObject({ kind: 'configuration', message: expect.stringContaining('AccessDenied') });
      expect(seen[0]).toEqual({
        client: SIMULATOR_UXP_CLIENT,
        service: `${SIMULATOR_UXP_PROVIDER}/SubmitSocialApplication_v1/1`,
        query: 'key-1',
        subject: '3652504575',
        purpose: 'social-services-application',
      });
      // A passport booklet's Cyrillic series cannot go in a header as it is: it goes percent-encoded as UTF-8.
      const booklet = { schema: 'vikno.application/1', applicant: { kind: 'document', id: 'МЕ123456' } } as never;
      await expect(central.submit(booklet, 'key-2')).rejects.toMatchObject({ kind: 'configuration' });
      expect(seen[1]!.subject).toBe('%D0%9C%D0%95123456');
      expect(decodeURIComponent(seen[1]!.subject!)).toBe('МЕ123456');
    } finally {
      server.close();
    }
  });

  it('a wrong HMAC secret is refused by the simulator and reported to staff as a configuration error; nothing is dropped', async () => {
    kiosk = await startTestKiosk(
      { forwarding: FAST },
      { central: (url) => new RestCentralCaseSystem({ baseUrl: url, hmacSecret: 'not-the-shared-secret-at-all', timeoutMs: 1000 }) },
    );
    const alerts: ForwardingAlert[] = [];
    const states: ForwardingState[] = [];
    const staff = await connectStaff(kiosk.server.url, (s) => {
      s.on('forwarding:alert', (a) => alerts.push(a));
      s.on('forwarding:status', (st) => states.push(st));
    });
    try {
      const [stored] = await commitMany(kiosk.server.store, 1);
      kiosk.server.worker.wake();
      const alert = await eventually(() => alerts[0]);
      expect(alert.applications).toEqual([
        expect.objectContaining({ applicationNumber: stored!.number, kind: 'configuration', lastError: expect.stringContaining('CENTRAL_HMAC_SECRET') }),
      ]);
      expect(await casesOf(kiosk)).toHaveLength(0);
      expect(await kiosk.server.forwardingState()).toMatchObject({ pending: 1, staffError: { kind: 'configuration' } });
      const health = await (await fetch(`${kiosk.server.url}/healthz`)).json();
      expect(health.forwarding).toMatchObject({ pending: 1, staffError: { kind: 'configuration' } });
      await eventually(() => states.find((s) => s.staffError?.kind === 'configuration'));
    } finally {
      staff.disconnect();
    }
  });

  it('Трембіта with a client the provider does not allow: a configuration error too', async () => {
    kiosk = await startTestKiosk(
      { forwarding: FAST },
      { central: (url) => trembita(url, 'SEVDEIR-TEST/GOV/99999999/STRANGER'), simulator: { allowedClients: [SIMULATOR_UXP_CLIENT] } },
    );
    await commitMany(kiosk.server.store, 1);
    kiosk.server.worker.wake();
    const k = kiosk;
    await eventually(async () => (await k.server.forwardingState()).staffError ?? undefined);
    expect((await kiosk.server.forwardingState()).staffError?.message).toContain('AccessDenied');
  });
});

describe('a stored application that does not open', () => {
  it('is not sent and staff are told at once; the applications behind it still go', async () => {
    kiosk = await startTestKiosk({ forwarding: FAST });
    await kiosk.server.worker.stop();
    const [broken, ...rest] = await commitMany(kiosk.server.store, 5);
    // As if the row had been damaged on disk: it no longer opens with the key.
    await kiosk.server.db.run('UPDATE outbox SET payload_sealed = ? WHERE application_id = ?', ['v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', broken!.id]);
    const alerts: ForwardingAlert[] = [];
    const staff = await connectStaff(kiosk.server.url, (s) => s.on('forwarding:alert', (a) => alerts.push(a)));
    try {
      kiosk.server.worker.start();
      const k = kiosk;
      await eventually(async () => ((await casesOf(k)).length === 4 ? true : undefined));
      expect((await casesOf(kiosk)).map((c) => c.applicationNumber).sort()).toEqual(rest.map((a) => a.number).sort());
      const alert = await eventually(() => alerts[0]);
      expect(alert.applications).toEqual([
        expect.objectContaining({ applicationNumber: broken!.number, kind: 'configuration', lastError: expect.stringContaining('cannot be opened') }),
      ]);
      expect(await kiosk.server.forwardingState()).toMatchObject({ pending: 1, forwarded: 4 });
    } finally {
      staff.disconnect();
    }
  });
});

describe('staff alerts', () => {
  it('an application failing for longer than the alert time raises one alert, and is still retried', async () => {
    const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));
    kiosk = await startTestKiosk({ clock, forwarding: { ...FAST, alertAfterMs: 60 * 60_000 } });
    await setFaults(kiosk, { errorRate: 1 });
    const alerts: ForwardingAlert[] = [];
    const staff = await connectStaff(kiosk.server.url, (s) => s.on('forwarding:alert', (a) => alerts.push(a)));
    try {
      await commitMany(kiosk.server.store, 2, () => clock.now());
      kiosk.server.worker.wake();
      const k = kiosk;
      await eventually(async () => (await k.server.forwardingState()).failing === 2);
      expect(alerts).toHaveLength(0);
      clock.advance(61 * 60_000);
      kiosk.server.worker.wake();
      await eventually(() => alerts[0]);
      expect(alerts[0]!.applications).toHaveLength(2);
      expect(alerts[0]!.applications[0]).toMatchObject({ kind: 'unavailable', failingSince: '2026-11-22T10:00:00.000Z' });
      // Told once, not on every retry: both are retried (due again a second on), a whole pass ends with the check for
      // newly stuck applications, and no second alert has come by the time the console is caught up.
      const fewestAttempts = async () => (await k.server.db.get<{ n: number }>('SELECT MIN(attempts) AS n FROM outbox'))!.n;
      const attempted = await fewestAttempts();
      clock.advance(1_000);
      kiosk.server.worker.wake();
      await eventually(async () => (await fewestAttempts()) > attempted);
      await kiosk.server.worker.drainOnce();
      await staffCaughtUp(staff);
      expect(alerts).toHaveLength(1);
      // And when the system is back, both go.
      await setFaults(kiosk, {});
      clock.advance(60_000);
      kiosk.server.worker.wake();
      await eventually(async () => (await pendingOf(k)) === 0);
    } finally {
      staff.disconnect();
    }
  });
});
