// The central case simulator as a test peer: both dialects, one case per key, kept in its SQLite file, statuses on a
// clock, faults on request.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusAt } from '../../kiosk-server/central/case-store.ts';
import { faultsFromEnv } from '../../kiosk-server/central/faults.ts';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { applicationPayload, type ApplicationPayload } from '../../kiosk-server/forwarding/payload.ts';
import type { IdentityCheck } from '../../protocol/acceptance.ts';
import { sampleApplication } from '../support/applications.ts';
import { restCentral, startTestSimulator } from '../support/kiosk.ts';
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
    const { signature } = await import('../../kiosk-server/forwarding/signature.ts');
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
