// The central case simulator as a test peer: both dialects, one case per key, kept in its SQLite file, statuses on a
// clock, faults on request.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { kyivToday } from '../../content/kyiv-time.ts';
import { decisionOf, DEFAULT_STATUS_CLOCK, statusAt } from '../../kiosk-server/central/case-store.ts';
import { faultsFromEnv } from '../../kiosk-server/central/faults.ts';
import { simulatorSettingsFromEnv } from '../../kiosk-server/central/simulator-config.ts';
import { STATUS_SERVICE_CODE, type RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { SIMULATOR_UXP_CLIENT, SIMULATOR_UXP_PROVIDER } from '../../kiosk-server/forwarding/central-config.ts';
import { applicationPayload, type ApplicationPayload } from '../../kiosk-server/forwarding/payload.ts';
import { signature } from '../../kiosk-server/forwarding/signature.ts';
import { TrembitaCentralCaseSystem } from '../../kiosk-server/forwarding/trembita-central.ts';
import type { IdentityCheck } from '../../protocol/acceptance.ts';
import { sampleApplication } from '../support/applications.ts';
import { restCentral, startTestSimulator, TEST_HMAC_SECRET } from '../support/kiosk.ts';
import { printed, startNodeScript } from '../support/node-process.ts';

let dir: string;
let simulator: RunningSimulator | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-sim-'));
});
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
  await rm(dir, { recursive: true, force: true });
});

const payloadOf = (number: string): ApplicationPayload => applicationPayload({ ...sampleApplication(), number }, { policy: 'kiosk' });
const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the central case simulator', () => {
  it('makes one case per idempotency key, counts every request for it, and keeps its cases across a restart', async () => {
    simulator = await startTestSimulator(dir);
    const central = restCentral(simulator.url);
    const first = await central.submit(payloadOf('K01-2026-000001'), 'key-a');
    expect(await central.submit(payloadOf('K01-2026-000001'), 'key-a')).toEqual(first);
    await central.submit(payloadOf('K01-2026-000002'), 'key-b');
    await simulator.close();

    simulator = await startTestSimulator(dir);
    expect(await restCentral(simulator.url).submit(payloadOf('K01-2026-000001'), 'key-a')).toEqual(first);
    const cases = await (await fetch(`${simulator.url}/cases`)).json();
    expect(cases).toEqual([
      {
        caseId: first.caseId,
        idempotencyKey: 'key-a',
        applicationNumber: 'K01-2026-000001',
        serviceId: 'one-time-aid',
        receivedAt: expect.any(String),
        status: 'received',
        attempts: 3,
        acceptance: { policy: 'kiosk' },
      },
      expect.objectContaining({ idempotencyKey: 'key-b', attempts: 1 }),
    ]);
  });

  it('takes schema 2 only with its acceptance, keeps it with the case, and still takes schema 1 from before it', async () => {
    simulator = await startTestSimulator(dir);
    const central = restCentral(simulator.url);
    const { acceptance: _dropped, ...withoutAcceptance } = payloadOf('K01-2026-000010');
    await expect(central.submit(withoutAcceptance as ApplicationPayload, 'key-none')).rejects.toThrow(/refused the application/);
    const desk = {
      ...payloadOf('K01-2026-000011'),
      acceptance: {
        policy: 'desk' as const,
        acceptedAt: '2026-12-02T09:00:00.000Z',
        staffLogin: 'olena.staff',
        identity: {
          checked: ['surname', 'givenName', 'patronymic', 'dateOfBirth', 'document'] as IdentityCheck[],
          document: { kind: 'id-card' as const, number: '001234567' },
        },
        documents: { seen: ['identity'], notPresented: [] },
        signature: { kind: 'applicant' as const },
        corrections: [],
      },
    };
    const halfChecked = { ...desk, acceptance: { ...desk.acceptance, identity: { ...desk.acceptance.identity, checked: ['surname'] as IdentityCheck[] } } };
    await expect(central.submit(halfChecked, 'key-half')).rejects.toThrow(/refused the application/);
    await central.submit(desk, 'key-desk');
    await central.submit({ ...withoutAcceptance, schema: 'vikno.application/1', applicationNumber: 'K01-2026-000012' } as ApplicationPayload, 'key-v1');
    const cases = (await simulator.cases()).map((c) => [c.applicationNumber, c.acceptance?.policy ?? null, c.acceptance?.staffLogin ?? null]);
    expect(cases).toEqual([
      ['K01-2026-000011', 'desk', 'olena.staff'],
      ['K01-2026-000012', null, null],
    ]);
  });

  it('moves statuses on its clock: received → under review → granted or refused, always the same for a case', () => {
    const clock = { reviewAfterMs: 1000, decisionAfterMs: 5000, refuseRate: 0.5 };
    const at = new Date('2026-11-22T10:00:00Z');
    const later = (ms: number) => new Date(at.getTime() + ms);
    expect(statusAt('CASE-1', at, later(500), clock).status).toBe('received');
    expect(statusAt('CASE-1', at, later(1500), clock)).toEqual({ status: 'under_review', reason: null, changedAt: '2026-11-22T10:00:01.000Z' });
    const decisions = Array.from({ length: 40 }, (_, i) => statusAt(`CASE-${i}`, at, later(6000), clock));
    expect(new Set(decisions.map((d) => d.status))).toEqual(new Set(['granted', 'refused']));
    expect(decisions.filter((d) => d.status === 'refused').every((d) => d.reason && d.reason !== 'other')).toBe(true);
    expect(statusAt('CASE-7', at, later(9000), clock)).toEqual(statusAt('CASE-7', at, later(6000), clock));
  });

  it('decides what a grant pays, fixed by the case: a sum, how often and the days for services that pay; none for certificates', () => {
    const clock = { ...DEFAULT_STATUS_CLOCK, noAmountRate: 0.2 };
    const received = new Date('2026-01-14T10:00:00Z');
    const decided = new Date('2026-01-20T08:00:00Z');
    const subsidies = Array.from({ length: 200 }, (_, i) => decisionOf(`CASE-${i}`, 'housing-subsidy', received, decided, clock));
    // The same case, the same decision, on every read.
    expect(decisionOf('CASE-7', 'housing-subsidy', received, decided, clock)).toEqual(subsidies[7]);
    const withSum = subsidies.filter((d) => d !== undefined);
    // A stable share has none, so the decision letter is met too.
    expect(withSum.length).toBeGreaterThan(130);
    expect(withSum.length).toBeLessThan(190);
    for (const d of withSum) {
      expect(d).toEqual({ amount: expect.stringMatching(/^\d+\.\d{2}$/), frequency: 'month', from: '2026-01-01', to: '2026-06-30' });
      expect(Number(d.amount)).toBeGreaterThanOrEqual(300);
      expect(Number(d.amount)).toBeLessThanOrEqual(3500);
    }
    expect(new Set(withSum.map((d) => d.amount)).size).toBeGreaterThan(100);
    // A one-off is paid from the day it was decided; an allowance for a disability from childhood has no end.
    const all = { ...clock, noAmountRate: 0 };
    expect(decisionOf('CASE-1', 'one-time-aid', received, decided, all)).toEqual({
      amount: expect.stringMatching(/^\d+00\.00$/),
      frequency: 'once',
      from: '2026-01-20',
    });
    expect(decisionOf('CASE-1', 'disability-childhood', received, decided, all)).toEqual({
      amount: expect.any(String),
      frequency: 'month',
      from: '2026-01-01',
    });
    for (const serviceId of ['pension-info', 'insurance-record-extract', 'idp-registration', 'idp-status-cancel']) {
      expect(Array.from({ length: 20 }, (_, i) => decisionOf(`CASE-${i}`, serviceId, received, decided, all)).every((d) => d === undefined)).toBe(true);
    }
    expect(simulatorSettingsFromEnv({ CENTRAL_SIM_NO_AMOUNT_RATE: '0.5' }, dir).statusClock.noAmountRate).toBe(0.5);
    expect(simulatorSettingsFromEnv({}, dir).statusClock.noAmountRate).toBe(0.2);
    expect(() => simulatorSettingsFromEnv({ CENTRAL_SIM_NO_AMOUNT_RATE: '2' }, dir)).toThrow(/CENTRAL_SIM_NO_AMOUNT_RATE/);
  });

  it('reports a grant with what it decided in both dialects, the same on the wire in each', async () => {
    simulator = await startTestSimulator(dir, { statusClock: { reviewAfterMs: 0, decisionAfterMs: 0, refuseRate: 0, noAmountRate: 0 } });
    const rest = restCentral(simulator.url);
    const trembita = new TrembitaCentralCaseSystem({
      gatewayUrl: simulator.url,
      client: SIMULATOR_UXP_CLIENT,
      provider: SIMULATOR_UXP_PROVIDER,
      submitService: 'SubmitSocialApplication_v1/1',
      statusService: `${STATUS_SERVICE_CODE}/1`,
      purposeIds: 'social-services-application',
      timeoutMs: 2_000,
    });
    const payload = (number: string, serviceId: string) => applicationPayload({ ...sampleApplication({ serviceId }), number }, { policy: 'kiosk' });
    const subsidy = await rest.submit(payload('K01-2026-000021', 'housing-subsidy'), 'key-subsidy');
    const pension = await trembita.submit(payload('K01-2026-000022', 'pension-info'), 'key-pension');

    // On the wire: REST's GET, signed over the path, and Трембіта's status service, the same JSON.
    const restAnswer = async (caseId: string) => {
      const at = `/applications/${caseId}`;
      return (await fetch(`${simulator!.url}${at}`, { headers: { 'x-vikno-signature': signature(TEST_HMAC_SECRET, at) } })).json();
    };
    const trembitaAnswer = async (caseId: string) =>
      (
        await fetch(`${simulator!.url}/restapi`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'uxp-client': SIMULATOR_UXP_CLIENT,
            'uxp-service': `${SIMULATOR_UXP_PROVIDER}/${STATUS_SERVICE_CODE}/1`,
            'uxp-queryid': randomUUID(),
          },
          body: JSON.stringify({ caseId }),
        })
      ).json();
    const receivedIn = kyivToday(new Date((await simulator.cases()).find((c) => c.caseId === subsidy.caseId)!.receivedAt)).slice(0, 7);
    const wire = await restAnswer(subsidy.caseId);
    expect(wire).toEqual({
      caseId: subsidy.caseId,
      status: 'granted',
      reason: null,
      changedAt: expect.any(String),
      decision: {
        amount: expect.stringMatching(/^\d+\.\d{2}$/),
        frequency: 'month',
        from: `${receivedIn}-01`,
        to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    expect(await trembitaAnswer(subsidy.caseId)).toEqual(wire);
    // A certificate is granted with no sum, in either dialect.
    const certificate = await trembitaAnswer(pension.caseId);
    expect(certificate).toMatchObject({ status: 'granted' });
    expect(certificate).not.toHaveProperty('decision');
    expect(await restAnswer(pension.caseId)).toEqual(certificate);

    // As the kiosk reads them, through either dialect.
    expect((await rest.status(subsidy.caseId)).decision).toEqual(wire.decision);
    expect((await trembita.status(subsidy.caseId)).decision).toEqual(wire.decision);
    expect((await trembita.status(pension.caseId)).decision).toBeNull();
  });

  it('takes faults through POST /admin/faults ({} clears them) and from the environment, and refuses nonsense', async () => {
    simulator = await startTestSimulator(dir);
    const central = restCentral(simulator.url, 200);
    expect(await (await post(`${simulator.url}/admin/faults`, { errorRate: 1 })).json()).toEqual({ errorRate: 1, timeoutRate: 0, latencyMs: 0, down: false });
    await expect(central.submit(payloadOf('K01-2026-000001'), 'k1')).rejects.toMatchObject({ kind: 'unavailable', status: 503 });
    await post(`${simulator.url}/admin/faults`, { timeoutRate: 1 });
    await expect(central.submit(payloadOf('K01-2026-000001'), 'k1')).rejects.toMatchObject({ kind: 'timeout' });
    await post(`${simulator.url}/admin/faults`, { down: true });
    await expect(central.submit(payloadOf('K01-2026-000001'), 'k1')).rejects.toMatchObject({ kind: 'unreachable' });
    await post(`${simulator.url}/admin/faults`, { latencyMs: 50 });
    const started = Date.now();
    await central.submit(payloadOf('K01-2026-000001'), 'k1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(await (await post(`${simulator.url}/admin/faults`, {})).json()).toEqual({ errorRate: 0, timeoutRate: 0, latencyMs: 0, down: false });
    // The timed-out call had stored the case: one case, three requests that reached it (the 503 counted; the dropped one
    // never arrived).
    expect(await (await fetch(`${simulator.url}/cases`)).json()).toEqual([expect.objectContaining({ idempotencyKey: 'k1', attempts: 3 })]);

    const bad = await post(`${simulator.url}/admin/faults`, { errorRate: 2, colour: 'red' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/errorRate/);

    expect(faultsFromEnv({ CENTRAL_SIM_ERROR_RATE: '0.5', CENTRAL_SIM_TIMEOUT_RATE: '0.1', CENTRAL_SIM_LATENCY_MS: '200', CENTRAL_SIM_DOWN: 'false' })).toEqual(
      {
        errorRate: 0.5,
        timeoutRate: 0.1,
        latencyMs: 200,
        down: false,
      },
    );
    expect(() => faultsFromEnv({ CENTRAL_SIM_ERROR_RATE: 'lots' })).toThrow(/CENTRAL_SIM_ERROR_RATE/);
  });

  it('refuses an unsigned or wrongly signed request, and an application that is not one', async () => {
    simulator = await startTestSimulator(dir);
    const unsigned = await post(`${simulator.url}/applications`, payloadOf('K01-2026-000001'));
    expect(unsigned.status).toBe(401);
    const body = JSON.stringify({ schema: 'something-else' });
    const invalid = await fetch(`${simulator.url}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'x', 'x-vikno-signature': signature('test-secret-shared-with-the-simulator', body) },
      body,
    });
    expect(invalid.status).toBe(422);
    await expect(restCentral(simulator.url).status('CASE-404')).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('npm run central-sim', () => {
  it('starts alone with faults from the environment, says where, and stops on SIGTERM', { timeout: 30_000 }, async () => {
    const child = startNodeScript('kiosk-server/central/simulator-main.ts', {
      CENTRAL_SIM_PORT: '0',
      CENTRAL_SIM_DB: path.join(dir, 'alone.sqlite'),
      CENTRAL_SIM_ERROR_RATE: '0.5',
      CENTRAL_HMAC_SECRET: '',
    });
    const url = (await printed(child, /listening at (http:\/\/127\.0\.0\.1:\d+)/))[1];
    expect(url, child.output()).toBeDefined();
    expect(child.output()).toMatch(/HMAC secret: \S{20,} \(made for this run/);
    expect(await (await fetch(`${url}/admin/faults`)).json()).toMatchObject({ errorRate: 0.5 });
    expect(await (await fetch(`${url}/cases`)).json()).toEqual([]);
    child.child.kill('SIGTERM');
    expect(await child.exited).toBe(0);
  });
});
