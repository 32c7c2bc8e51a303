// GET /metrics on a real server: the Prometheus text format, counters and histograms that move with real visits over
// socket.io, the forwarding backlog while the central system is down, who may read it, and never a person's data.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { commitMany } from '../support/applications.ts';
import { connectClient, eventually, request, startTestKiosk, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';
import { TestClock } from '../support/test-clock.ts';

const EXPECTED: [string, string][] = [
  ['vikno_visits_started_total', 'counter'],
  ['vikno_visits_completed_total', 'counter'],
  ['vikno_visits_abandoned_total', 'counter'],
  ['vikno_submissions_total', 'counter'],
  ['vikno_help_calls_total', 'counter'],
  ['vikno_submit_failures_total', 'counter'],
  ['vikno_step_duration_seconds', 'histogram'],
  ['vikno_speech_duration_seconds', 'histogram'],
  ['vikno_submit_duration_seconds', 'histogram'],
  ['vikno_forwarding_waiting', 'gauge'],
  ['vikno_forwarding_failing', 'gauge'],
  ['vikno_forwarding_oldest_age_seconds', 'gauge'],
  ['vikno_forwarding_staff_fault', 'gauge'],
  ['vikno_printer_status', 'gauge'],
  ['vikno_help_calls_waiting', 'gauge'],
  ['vikno_visits_active', 'gauge'],
  ['vikno_kiosk_screen_online', 'gauge'],
  ['process_cpu_seconds_total', 'counter'],
  ['process_start_time_seconds', 'gauge'],
  ['process_resident_memory_bytes', 'gauge'],
  ['nodejs_eventloop_lag_seconds', 'gauge'],
];

/** Prometheus's own checker (Debian's `prometheus` package), when installed. */
const PROMTOOL = '/usr/bin/promtool';

const scrape = async (url: string) => {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
};
const metricsOf = async (url: string) => parsePrometheusText(await scrape(url));

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

/** A whole visit over socket.io: chosen, answered with the sample answers, submitted; the ack's application numbers. */
async function submittedVisit(client: KioskClient, serviceIds: string[]): Promise<{ sessionId: string; numbers: string[] }> {
  const { sessionId, view } = await startVisit(client, serviceIds);
  await answerUntilCheck(client, catalogue, sessionId, view);
  const submitted = await request(client, 'application:submit', { sessionId });
  if (!submitted.ok) throw new Error(`submit failed: ${JSON.stringify(submitted.error)}`);
  return { sessionId, numbers: submitted.data.applications.map((a: { applicationNumber: string }) => a.applicationNumber) };
}

describe('GET /metrics', () => {
  let kiosk: TestKiosk;
  let client: KioskClient;
  let clock: TestClock;
  beforeAll(async () => {
    clock = new TestClock();
    kiosk = await startTestKiosk({ clock });
    client = await connectClient(kiosk.server.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await kiosk?.stop();
  });

  it('is the Prometheus text format, every metric with its HELP and TYPE', async () => {
    const response = await fetch(`${kiosk.server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    const families = parsePrometheusText(text);
    for (const [name, type] of EXPECTED) {
      expect(text).toMatch(new RegExp(`^# HELP ${name} \\S`, 'm'));
      expect(families.get(name)?.type, name).toBe(type);
    }
    // Series exist before anything happened, so a rate over them is 0 rather than missing.
    expect(sampleValue(families, 'vikno_submissions_total', { service: 'one-time-aid', policy: 'kiosk' })).toBe(0);
    expect(sampleValue(families, 'vikno_visits_abandoned_total', { step_kind: 'question', reason: 'left' })).toBe(0);
    expect(sampleValue(families, 'vikno_kiosk_screen_online', { kiosk: 'K01' })).toBe(1);
    expect(sampleValue(families, 'vikno_printer_status', { status: 'ready' })).toBe(1);
    expect(sampleValue(families, 'vikno_printer_status', { status: 'paper-out' })).toBe(0);
    // No backups made by this server: no backup metrics.
    expect(text).not.toContain('vikno_backup');
  });

  it.skipIf(!existsSync(PROMTOOL))("passes promtool check metrics (lint notes only about prom-client's own process metrics)", async () => {
    const checked = spawnSync(PROMTOOL, ['check', 'metrics'], { input: await scrape(kiosk.server.url), encoding: 'utf8' });
    const notes = `${checked.stdout}${checked.stderr}`;
    // 0: clean; 3: lint notes only (1 would be a format error).
    expect([0, 3], notes).toContain(checked.status);
    expect(notes).not.toContain('vikno_');
    expect(notes).not.toMatch(/error|parsing/i);
  });

  it('counts visits started, completed and abandoned (with the step kind), submissions, and times them', async () => {
    const before = await metricsOf(kiosk.server.url);
    const count = (families: typeof before, name: string, labels: Record<string, string> = {}) => sampleValue(families, name, labels) ?? 0;

    const { sessionId } = await submittedVisit(client, ['one-time-aid']);
    await request(client, 'visit:end', { sessionId });
    // Left on a question (the person pressed «Почати спочатку»), and timed out on the next one.
    const left = await startVisit(client, ['housing-subsidy']);
    await request(client, 'visit:end', { sessionId: left.sessionId, reason: 'finished' });
    const timedOut = await startVisit(client, ['housing-subsidy']);
    const name = { surname: 'Коваль', givenName: 'Ніна', patronymic: '' };
    expect((await request(client, 'step:answer', { sessionId: timedOut.sessionId, stepId: 'applicant-name', values: name })).ok).toBe(true);
    await request(client, 'visit:end', { sessionId: timedOut.sessionId, reason: 'timeout' });
    // Left on the service list and never ended: the server drops it after 30 minutes untouched.
    expect((await request(client, 'visit:start', { lang: 'uk' })).ok).toBe(true);
    clock.advance(31 * 60_000);
    expect(kiosk.server.visits.sweep()).toBe(1);

    const after = await metricsOf(kiosk.server.url);
    const moved = (name: string, labels: Record<string, string> = {}) => count(after, name, labels) - count(before, name, labels);
    expect(moved('vikno_visits_started_total')).toBe(4);
    expect(moved('vikno_visits_completed_total')).toBe(1);
    expect(moved('vikno_submissions_total', { service: 'one-time-aid', policy: 'kiosk' })).toBe(1);
    expect(moved('vikno_visits_abandoned_total', { step_kind: 'question', reason: 'left' })).toBe(1);
    expect(moved('vikno_visits_abandoned_total', { step_kind: 'question', reason: 'timed-out' })).toBe(1);
    expect(moved('vikno_visits_abandoned_total', { step_kind: 'services', reason: 'dropped' })).toBe(1);
    // The submitted visit's end is not an abandoned one.
    expect(moved('vikno_visits_abandoned_total', { step_kind: 'submitted', reason: 'left' })).toBe(0);
    expect(count(after, 'vikno_visits_active')).toBe(0);

    expect(moved('vikno_submit_duration_seconds_count')).toBe(1);
    expect(moved('vikno_step_duration_seconds_count', { event: 'application:submit' })).toBe(1);
    expect(moved('vikno_step_duration_seconds_count', { event: 'step:answer' })).toBeGreaterThan(5);
    expect(moved('vikno_step_duration_seconds_count', { event: 'visit:start' })).toBe(4);
    expect(count(after, 'vikno_step_duration_seconds_bucket', { event: 'visit:start', le: '+Inf' })).toBe(
      count(after, 'vikno_step_duration_seconds_count', { event: 'visit:start' }),
    );
  });

  it('times speech, rendered and from the cache', async () => {
    const say = () =>
      fetch(`${kiosk.server.url}/api/speech`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ lang: 'uk', parts: [{ text: 'Метрики мовлення' }], rate: 1, private: false }),
      });
    expect((await say()).headers.get('x-speech-cache')).toBe('miss');
    expect((await say()).headers.get('x-speech-cache')).toBe('hit');
    const families = await metricsOf(kiosk.server.url);
    expect(sampleValue(families, 'vikno_speech_duration_seconds_count', { cache: 'miss' })).toBe(1);
    expect(sampleValue(families, 'vikno_speech_duration_seconds_count', { cache: 'hit' })).toBe(1);
  });

  it('counts help calls and shows those waiting', async () => {
    const { sessionId } = await startVisit(client, ['one-time-aid']);
    expect((await request(client, 'help:call', { sessionId })).ok).toBe(true);
    const families = await metricsOf(kiosk.server.url);
    expect(sampleValue(families, 'vikno_help_calls_waiting')).toBe(1);
    expect(sampleValue(families, 'vikno_help_calls_total')).toBe(1);
    expect(sampleValue(families, 'vikno_visits_active')).toBe(1);
    await request(client, 'visit:end', { sessionId });
  });

  it('never shows a name, a number or any answer', async () => {
    const visits = [await submittedVisit(client, ['one-time-aid']), await submittedVisit(client, ['housing-subsidy', 'idp-registration'])];
    // One visit left in the middle with its answers in memory, and a help call from it.
    const open = await startVisit(client, ['one-time-aid']);
    await request(client, 'step:answer', {
      sessionId: open.sessionId,
      stepId: 'applicant-name',
      values: { surname: 'Кривоносенко', givenName: 'Мирослава', patronymic: '' },
    });
    await request(client, 'help:call', { sessionId: open.sessionId });

    const numbers = visits.flatMap((v) => v.numbers);
    expect(numbers.length).toBe(3);
    const personal = new Set<string>(['Кривоносенко', 'Мирослава', open.sessionId, ...numbers, ...visits.map((v) => v.sessionId)]);
    const collect = (value: unknown): void => {
      // Choice values (`central`, `illness`) are the content's own ids, not what a person typed.
      if (typeof value === 'string' && value.length >= 6 && !/^[a-z-]+$/.test(value)) personal.add(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const number of numbers) {
      const stored = await findApplicationByNumber(kiosk.server.store, number);
      collect(stored!.answers);
      collect(stored!.applicant);
    }
    // What the sample answers typed: the surname, the IBAN and a РНОКПП are among them.
    expect(personal).toContain('Шевченко');
    expect(personal).toContain('UA903052992990004149123456789');
    expect([...personal].some((value) => /^\d{10}$/.test(value))).toBe(true);

    const text = await scrape(kiosk.server.url);
    for (const value of personal) expect(text, value).not.toContain(value);
    // Not even a part of a number: no application number's year-and-serial form at all.
    expect(text).not.toMatch(/K01-\d{4}-\d{6}/);
    await request(client, 'visit:end', { sessionId: open.sessionId });
  });
});

describe('the forwarding backlog', () => {
  let kiosk: TestKiosk | undefined;
  afterEach(async () => {
    await kiosk?.stop();
    kiosk = undefined;
  });

  it('shows applications waiting and failing, and the age of the oldest, while the central system is down', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    kiosk = await startTestKiosk({ clock, forwarding: { backoff: { baseMs: 10, maxMs: 100 } } });
    const faults = await fetch(`${kiosk.simulator.url}/admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ down: true }),
    });
    expect(faults.ok).toBe(true);
    await commitMany(kiosk.server.store, 3, () => clock.now());
    kiosk.server.worker.wake();
    const url = kiosk.server.url;
    await eventually(async () => (await kiosk!.server.forwardingState()).failing === 3);
    clock.advance(90_000);

    const families = await metricsOf(url);
    expect(sampleValue(families, 'vikno_forwarding_waiting')).toBe(3);
    expect(sampleValue(families, 'vikno_forwarding_failing')).toBe(3);
    expect(sampleValue(families, 'vikno_forwarding_oldest_age_seconds')).toBe(90);
    expect(sampleValue(families, 'vikno_forwarding_staff_fault')).toBe(0);
  });
});

/** An address of this machine that is not loopback, if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe.skipIf(!lanAddress)('who may read /metrics', () => {
  let kiosk: TestKiosk | undefined;
  afterEach(async () => {
    await kiosk?.stop();
    kiosk = undefined;
  });

  it('refuses another machine with 403 JSON, even one claiming to be loopback in X-Forwarded-For', async () => {
    kiosk = await startTestKiosk({ host: '0.0.0.0' });
    const other = `http://${lanAddress}:${kiosk.server.port}`;
    const refused = await fetch(`${other}/metrics`, { headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'metrics are only for this machine and the addresses in METRICS_ALLOW' });
    // The kiosk itself is still served to that address; only /metrics is not.
    expect((await fetch(`${other}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${kiosk.server.port}/metrics`)).status).toBe(200);
  });

  it('serves an address in METRICS_ALLOW (a CIDR)', async () => {
    kiosk = await startTestKiosk({ host: '0.0.0.0', metricsAllow: ['203.0.113.7', `${lanAddress}/32`] });
    const response = await fetch(`http://${lanAddress}:${kiosk.server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('# TYPE vikno_visits_started_total counter');
  });
});
