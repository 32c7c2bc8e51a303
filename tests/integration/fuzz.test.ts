// Thousands of malformed socket.io events (kiosk and staff, logged in or not) and HTTP requests to every route, from a
// seeded generator (the seed is printed; FUZZ_SEED=<seed> repeats a run): the server stays up, every event sent with an
// ack gets {ok: true, data} or a clear {ok: false, error: {code, message}}, HTTP never answers 5xx and every 4xx is JSON,
// nothing reaches Object.prototype, the heap is flat after GC, and a whole visit works afterwards. A frame over
// socket.io's maxHttpBufferSize closes that one connection, and only that one.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { ClientPayloads } from '../../protocol/events.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { STAFF_NAMESPACE } from '../../protocol/staff-events.ts';
import { WAKE_WORD_KEYWORD_PATH, WAKE_WORD_MODEL_PATH } from '../../protocol/wake-word.ts';
import { Fuzz } from '../support/fuzz-values.ts';
import { connectClient, connectStaff, request, staffCookie, startTestKiosk, type KioskClient, type StaffClient, type TestKiosk } from '../support/kiosk.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} npx vitest run tests/integration/fuzz.test.ts repeats this run)`);

/** socket.io's maxHttpBufferSize as wiring/sockets.ts sets it (bytes in one frame). */
const MAX_FRAME_BYTES = 100_000;
const KIOSK_EVENTS = 3_000;
const STAFF_EVENTS = 1_500;
const HTTP_REQUESTS = 1_200;
/** Generous: a leak of a few kilobytes per event would pass 50 MB only after tens of thousands. */
const HEAP_GROWTH_LIMIT = 50 * 1024 * 1024;
const ACK_WAIT_MS = 10_000;

/** Names socket.io's client refuses to emit. */
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);
const STAFF_EVENT_NAMES = ['receipt:reprint', 'help:answer', 'kiosk:message', 'assist:request', 'assist:answer', 'assist:end', 'forwarding:retry'];
const UNKNOWN_EVENTS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'visit:START', 'step:answer ', 'admin:drop', '', 'error'];
const FIELD_NAMES = [
  ...new Set(Object.values(ClientPayloads).flatMap((schema) => Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape))),
  'applicationNumber',
  'callId',
  'kioskId',
  'printer',
  'largePrint',
];

const fuzz = new Fuzz(SEED);
let kiosk: TestKiosk;
let catalogue: Catalogue;
let cookie: string;

/** The heap after a full collection (gc exposed at run time: vitest does not pass --expose-gc). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

beforeAll(async () => {
  catalogue = await loadCatalogue();
  kiosk = await startTestKiosk({ staffLoginRate: { limit: 10_000, windowMs: 60_000 } });
  cookie = await staffCookie(kiosk.server.url);
});
afterAll(async () => {
  await kiosk?.stop();
});

interface Outcome {
  expected: boolean;
  answer?: unknown;
}

/** Emits `args` and, when the last is an ack function, waits for it; a missing answer is reported, not waited for ever. */
function emitRaw(socket: KioskClient | StaffClient, event: string, args: unknown[], withAck: boolean): Promise<Outcome> {
  const emit = socket.emit as unknown as (e: string, ...a: unknown[]) => void;
  if (!withAck) {
    emit.call(socket, event, ...args);
    return Promise.resolve({ expected: false });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ expected: true }), ACK_WAIT_MS);
    emit.call(socket, event, ...args, (answer: unknown) => {
      clearTimeout(timer);
      resolve({ expected: true, answer: answer ?? null });
    });
  });
}

/** The shapes an event is sent in: payload and ack, ack alone, extra payloads, no ack, an ack that is not a function. */
function argsFor(sessionId: string): { args: unknown[]; withAck: boolean } {
  const payload = fuzz.chance(0.4) ? { ...fuzz.object(2, FIELD_NAMES), ...(fuzz.chance(0.6) && { sessionId }) } : fuzz.value(4, FIELD_NAMES);
  switch (fuzz.int(10)) {
    case 0:
      return { args: [], withAck: true };
    case 1:
      return { args: [payload, fuzz.value(2)], withAck: true };
    case 2:
      return { args: [payload], withAck: false };
    case 3:
      return { args: [payload, fuzz.pick([42, 'ack', null, {}, []])], withAck: false };
    case 4:
      return { args: [fuzz.deep(200 + fuzz.int(600))], withAck: true };
    case 5:
      return { args: ['x'.repeat(MAX_FRAME_BYTES - 2_000 - fuzz.int(20_000))], withAck: true };
    default:
      return { args: [payload], withAck: true };
  }
}

/** What an ack must look like: data, or an error whose code and message (in both languages) say what went wrong. */
function clearAnswer(answer: unknown): boolean {
  const a = answer as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: { uk?: unknown; en?: unknown } } };
  if (a?.ok === true) return 'data' in a;
  return (
    a?.ok === false &&
    typeof a.error?.code === 'string' &&
    typeof a.error.message?.uk === 'string' &&
    a.error.message.uk.length > 0 &&
    typeof a.error.message?.en === 'string' &&
    a.error.message.en.length > 0
  );
}

async function fuzzEvents(socket: KioskClient | StaffClient, names: string[], count: number, sessionId: string): Promise<string[]> {
  const problems: string[] = [];
  for (let sent = 0; sent < count; sent += 50) {
    const batch = Array.from({ length: 50 }, () => {
      const event = fuzz.chance(0.1) ? fuzz.pick(UNKNOWN_EVENTS) : fuzz.pick(names);
      const { args, withAck } = argsFor(sessionId);
      return emitRaw(socket, event, args, withAck).then((outcome) => {
        if (!outcome.expected) return;
        const shown = JSON.stringify(args).slice(0, 200);
        if (!('answer' in outcome)) problems.push(`no answer to ${event} ${shown}`);
        else if (!clearAnswer(outcome.answer)) problems.push(`unclear answer to ${event} ${shown}: ${JSON.stringify(outcome.answer).slice(0, 200)}`);
      });
    });
    await Promise.all(batch);
    if (!socket.connected) problems.push(`the server closed the connection after ${sent + 50} events`);
    if (problems.length) break;
  }
  return problems;
}

const ROUTES = [
  '/',
  '/index.html',
  '/app.js',
  '/healthz',
  '/api/services',
  '/api/speech',
  '/api/wake-word',
  '/api/wake-word/report',
  WAKE_WORD_MODEL_PATH,
  WAKE_WORD_KEYWORD_PATH,
  '/api/nothing-here',
  '/staff',
  '/staff/applications',
  ...[
    '/login',
    '/logout',
    '/me',
    '/kiosks',
    '/forwarding/failing',
    '/applications',
    '/applications/K01-2026-000001',
    '/applications/K01-2026-000001/personal-data',
    '/audit',
    '/services',
    '/stats',
    '/stats.csv',
    '/acceptance/waiting',
    '/acceptance/open',
    '/acceptance/00000000-0000-4000-8000-000000000000/open',
    '/acceptance/00000000-0000-4000-8000-000000000000/correct',
    '/acceptance/00000000-0000-4000-8000-000000000000/forms',
    '/acceptance/00000000-0000-4000-8000-000000000000/accept',
    '/acceptance/00000000-0000-4000-8000-000000000000/refuse',
    '/acceptance/00000000-0000-4000-8000-000000000000/release',
  ].map((p) => `${STAFF_API}${p}`),
];
const ODD_PATHS = [
  '/%',
  '/%E0%A4%A',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/package.json',
  '//healthz',
  `${STAFF_API}/applications/%00`,
  `${STAFF_API}/applications/${'9'.repeat(5000)}`,
  `${STAFF_API}/acceptance/__proto__/open`,
  `${STAFF_API}/acceptance/constructor/accept`,
  '/api/speech/../../healthz',
  '/staff/%FF',
];
const QUERIES = [
  '',
  '?__proto__[polluted]=1',
  '?constructor[prototype][polluted]=1',
  '?from=2026-13-45&to=x',
  '?page=-1&limit=1e309',
  '?q=%00',
  '?a=1&a=2&a=3',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  '',
];

function bodyFor(): string | undefined {
  switch (fuzz.int(8)) {
    case 0:
      return undefined;
    case 1:
      return '{"login":';
    case 2:
      return JSON.stringify({ __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } } }).replace('{}', '{"__proto__":{"polluted":1}}');
    case 3:
      return 'x'.repeat(fuzz.pick([9_000, 11_000, 200_000, 2_000_000]));
    case 4:
      return JSON.stringify({ text: 'Доброго дня'.repeat(fuzz.pick([1, 5_000])), lang: fuzz.pick(['uk', 'en', 'xx']) });
    default:
      return JSON.stringify(fuzz.value(4, ['login', 'password', 'text', 'lang', 'values', 'documents', 'reason', 'kioskId', 'number']));
  }
}

async function fuzzHttp(url: string): Promise<string[]> {
  const problems: string[] = [];
  for (let sent = 0; sent < HTTP_REQUESTS; sent += 20) {
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const target = (fuzz.chance(0.8) ? fuzz.pick(ROUTES) : fuzz.pick(ODD_PATHS)) + fuzz.pick(QUERIES);
        const method = fuzz.chance(0.6) ? fuzz.pick(['GET', 'POST']) : fuzz.pick(METHODS);
        const headers: Record<string, string> = {};
        if (fuzz.chance(0.7)) headers[STAFF_REQUEST_HEADER] = '1';
        if (fuzz.chance(0.6)) headers.cookie = cookie;
        const type = fuzz.pick(CONTENT_TYPES);
        if (type) headers['content-type'] = type;
        const body = method === 'GET' || method === 'HEAD' ? undefined : bodyFor();
        const response = await fetch(url + target, { method, headers, body }).catch((error: unknown) => error as Error);
        if (response instanceof Error) {
          problems.push(`${method} ${target}: no response (${response.message})`);
          return;
        }
        const text = await response.text();
        const said = `${method} ${target.slice(0, 120)} → ${response.status}`;
        if (response.status >= 500) problems.push(`${said}: ${text.slice(0, 200)}`);
        else if (response.status >= 400 && method !== 'HEAD') {
          const json = response.headers.get('content-type')?.includes('application/json') ? (JSON.parse(text) as { error?: unknown }) : undefined;
          if (!json?.error) problems.push(`${said} without a JSON {error}: ${text.slice(0, 200)}`);
        }
      }),
    );
  }
  return problems;
}

describe('malformed input', () => {
  it('is refused clearly, every time, and the kiosk goes on', { timeout: 240_000 }, async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    // Warm up (the first visit loads lazily built parts), then measure.
    const warm = await connectClient(kiosk.server.url);
    await startVisit(warm, ['one-time-aid']);
    const heapBefore = heapAfterGc();

    const client = await connectClient(kiosk.server.url);
    const { sessionId } = await startVisit(client, ['one-time-aid']);
    const kioskProblems = await fuzzEvents(
      client,
      [...Object.keys(ClientPayloads), ...UNKNOWN_EVENTS].filter((e) => !RESERVED.has(e)),
      KIOSK_EVENTS,
      sessionId,
    );
    expect(kioskProblems.slice(0, 10)).toEqual([]);

    const staff = await connectStaff(kiosk.server.url, () => undefined, cookie);
    const staffProblems = await fuzzEvents(staff, STAFF_EVENT_NAMES, STAFF_EVENTS, sessionId);
    expect(staffProblems.slice(0, 10)).toEqual([]);

    // Without a login the staff namespace refuses the connection, whatever it carries.
    for (const extraHeaders of [{}, { cookie: 'vikno_staff=forged' }, { cookie: `${'a'.repeat(4000)}=1` }] as Record<string, string>[]) {
      const stranger: StaffClient = io(`${kiosk.server.url}${STAFF_NAMESPACE}`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders,
      });
      const refused = await new Promise<string>((resolve) => {
        stranger.once('connect', () => resolve('connected'));
        stranger.once('connect_error', (error) => resolve(error.message));
      });
      expect(refused).toMatch(/log in/);
      stranger.disconnect();
    }

    expect((await fuzzHttp(kiosk.server.url)).slice(0, 10)).toEqual([]);

    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    client.disconnect();
    staff.disconnect();
    warm.disconnect();
    const growth = heapAfterGc() - heapBefore;
    console.info(`fuzz: heap grew ${(growth / 1024 / 1024).toFixed(1)} MB over ${KIOSK_EVENTS + STAFF_EVENTS} events and ${HTTP_REQUESTS} requests`);
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT);

    // A person can still apply, start to finish.
    const person = await connectClient(kiosk.server.url);
    const visit = await startVisit(person, ['one-time-aid']);
    const { view } = await answerUntilCheck(person, catalogue, visit.sessionId, visit.view);
    expect(view.screen).toBe('check-answers');
    const submitted = await request(person, 'application:submit', { sessionId: visit.sessionId });
    expect(submitted.ok && submitted.data.screen).toBe('confirmation');
    person.disconnect();
  });

  it("prototype keys at every depth of a real visit's payloads are answered clearly and reach no prototype", { timeout: 30_000 }, async () => {
    const client = await connectClient(kiosk.server.url);
    const { sessionId, view } = await startVisit(client, ['one-time-aid']);
    const name = { surname: 'Шевченко', givenName: 'Тарас', patronymic: 'Григорович' };
    const poison = (key: string) => JSON.parse(`{"${key}": {"polluted": "yes", "prototype": {"polluted": "yes"}}}`) as Record<string, unknown>;
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const payloads = [
        { ...poison(key), lang: 'uk' },
        { sessionId, stepId: view.stepId, values: { ...name, ...poison(key) } },
        { sessionId, stepId: view.stepId, values: { ...name, surname: poison(key) } },
        { sessionId, stepId: view.stepId, values: { ...name, dateOfBirth: { day: '1', month: '2', year: '1990', ...poison(key) } } },
        { sessionId, stepId: key, values: name },
        { sessionId, serviceIds: [key], ...poison(key) },
      ];
      for (const [index, payload] of payloads.entries()) {
        const event = index === 0 ? 'visit:start' : index === 5 ? 'services:choose' : 'step:answer';
        const answer = await request(client, event as 'step:answer', payload);
        expect(clearAnswer(answer), `${event} ${JSON.stringify(payload)}: ${JSON.stringify(answer)}`).toBe(true);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    // Unknown fields are ignored, so a poisoned answer may have moved on: back on the name, what is kept is the name.
    const stepNow = () => (kiosk.server.visits.currentView(sessionId)?.view as { stepId?: string }).stepId;
    for (let guard = 0; guard < 10 && stepNow() !== view.stepId; guard++) await request(client, 'step:back', { sessionId });
    const kept = (kiosk.server.visits.currentView(sessionId)!.view as { values: Record<string, unknown> }).values;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept).sort()).toEqual(Object.keys(name).sort());
    const answered = await request(client, 'step:answer', { sessionId, stepId: view.stepId, values: name });
    expect(answered.ok && answered.data.stepId).not.toBe(view.stepId);
    client.disconnect();
  });

  it('an oversized frame closes only the connection that sent it', { timeout: 30_000 }, async () => {
    const sender = await connectClient(kiosk.server.url);
    const other = await connectClient(kiosk.server.url);
    const closed = new Promise<string>((resolve) => sender.once('disconnect', (reason) => resolve(reason)));
    (sender.emit as unknown as (e: string, p: unknown, a: () => void) => void)(
      'status:lookup',
      { text: 'x'.repeat(MAX_FRAME_BYTES + 10_000) },
      () => undefined,
    );
    expect(await closed).toMatch(/transport (close|error)/);
    expect(other.connected).toBe(true);
    expect(await request(other, 'visit:start', { lang: 'uk' })).toMatchObject({ ok: true });
    const again = await connectClient(kiosk.server.url);
    expect(await request(again, 'visit:start', { lang: 'en' })).toMatchObject({ ok: true });
    other.disconnect();
    again.disconnect();
  });
});
