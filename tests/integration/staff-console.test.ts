// The staff console's server side: logins (scrypt, lockout, cookie), every staff route and the /staff namespace closed
// to anyone not logged in, the audit log, help answers, messages, remote assistance only with consent, statistics.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';
import { LOCKOUT_MS, MAX_FAILED_LOGINS, saveStaffAccount } from '../../kiosk-server/staff/accounts.ts';
import type { KioskView } from '../../protocol/views.ts';
import { STAFF_API, STAFF_REQUEST_HEADER, type CentreStats, type KioskState } from '../../protocol/staff-api.ts';
import { STAFF_NAMESPACE, type AssistView } from '../../protocol/staff-events.ts';
import { sampleValues } from '../support/answers.ts';
import { commitMany } from '../support/applications.ts';
import {
  connectClient,
  connectStaff,
  eventually,
  request,
  staffCookie,
  startTestKiosk,
  TEST_ADMIN,
  TEST_STAFF,
  type KioskClient,
  type StaffClient,
  type TestKiosk,
} from '../support/kiosk.ts';

/** A clock the test moves on (lockouts last 15 minutes). */
let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };

let kiosk: TestKiosk;
let url: string;
const open: { disconnect(): unknown }[] = [];

beforeAll(async () => {
  // This file logs in far more often than a desk would: the per-address login limit is tested on a kiosk of its own.
  kiosk = await startTestKiosk({ clock, otherKioskIds: ['K02', 'K03', 'K04', 'K05', 'K06'], staffLoginRate: { limit: 1_000, windowMs: 60_000 } });
  url = kiosk.server.url;
});

afterAll(async () => {
  for (const socket of open) socket.disconnect();
  await kiosk?.stop();
});

const api = (path: string, init: RequestInit & { cookie?: string } = {}) =>
  fetch(`${url}${STAFF_API}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1', ...(init.cookie && { cookie: init.cookie }), ...init.headers },
  });

const login = (account: { login: string; password: string }) => api('/login', { method: 'POST', body: JSON.stringify(account) });

/** A staff screen connection attempt: resolves with the refusal's message, or 'connected'. */
function tryStaffSocket(cookie?: string): Promise<string> {
  const socket = io(`${url}${STAFF_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...(cookie && { extraHeaders: { cookie } }),
  });
  open.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

async function staffScreen(listen: (staff: StaffClient) => void = () => undefined, cookie?: string): Promise<StaffClient> {
  const staff = await connectStaff(url, listen, cookie);
  open.push(staff);
  return staff;
}

async function kioskScreen(kioskId?: string): Promise<KioskClient> {
  const client = await connectClient(url, kioskId);
  open.push(client);
  return client;
}

/** A visit on a kiosk screen, on its first question of one-time aid. */
async function visitOnFirstQuestion(client: KioskClient): Promise<{ sessionId: string; view: KioskView }> {
  const started = await request(client, 'visit:start', { lang: 'uk' });
  const sessionId: string = started.data.sessionId;
  let ack = await request(client, 'services:choose', { sessionId, serviceIds: ['one-time-aid'] });
  if (ack.data.screen === 'suggest') ack = await request(client, 'services:suggested', { sessionId, accepted: [] });
  expect(ack.data.screen).toBe('question');
  return { sessionId, view: ack.data };
}

function next<T>(socket: { once(event: string, listener: (value: T) => void): unknown }, event: string, timeoutMs = 2_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

const emit = <T = { ok: boolean; data?: unknown; error?: { code: string } }>(socket: StaffClient, event: string, payload: unknown) =>
  new Promise<T>((resolve) => (socket.emit as (e: string, p: unknown, a: (r: T) => void) => void)(event, payload, resolve));

describe('staff logins', () => {
  it('every staff route and the staff namespace refuse an anonymous client', async () => {
    for (const path of [
      '/me',
      '/kiosks',
      '/applications',
      '/applications/K01-2026-000001',
      '/applications/K01-2026-000001/personal-data',
      '/audit',
      '/stats',
      '/stats.csv',
      '/anything',
    ]) {
      const response = await api(path);
      expect(response.status, path).toBe(401);
      expect(await response.json()).toEqual({ error: 'log in to the staff console first' });
    }
    expect(await tryStaffSocket()).toBe('log in to the staff console first');
    // A malformed cookie is no session, and never a crash.
    expect(await tryStaffSocket('vikno_staff=%E0')).toBe('log in to the staff console first');
    expect((await api('/me', { cookie: 'vikno_staff=%E0' })).status).toBe(401);
    // A logged-in browser's request without the staff header (an <img> on another page of the site) is refused.
    const cookie = await staffCookie(url);
    const bare = await fetch(`${url}${STAFF_API}/applications`, { headers: { cookie } });
    expect(bare.status).toBe(403);
    // A page of another origin cannot open the staff connection with the cookie.
    const foreign = io(`${url}${STAFF_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie, origin: 'http://127.0.0.1:1' },
    });
    open.push(foreign);
    expect(await new Promise((resolve) => (foreign.once('connect', () => resolve('connected')), foreign.once('connect_error', () => resolve('refused'))))).toBe(
      'refused',
    );
    expect(await tryStaffSocket('vikno_staff=made-up-token')).toBe('log in to the staff console first');
    // The console page itself loads (it shows the login form).
    const page = await fetch(`${url}/staff`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('staff.js');
  });

  it('logs in with an httpOnly, SameSite=Strict cookie; logs out, closing the live console too', async () => {
    const response = await login(TEST_STAFF);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ login: TEST_STAFF.login, role: 'staff' });
    const setCookie = response.headers.getSetCookie()[0]!;
    expect(setCookie).toMatch(/^vikno_staff=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = setCookie.split(';')[0]!;
    expect((await api('/me', { cookie })).status).toBe(200);

    const console = await staffScreen(() => undefined, cookie);
    const gone = next(console, 'disconnect');
    expect((await api('/logout', { method: 'POST', cookie })).status).toBe(204);
    await gone;
    expect((await api('/me', { cookie })).status).toBe(401);
    expect(await tryStaffSocket(cookie)).toBe('log in to the staff console first');
  });

  it('locks the account after repeated wrong passwords, even against the right one, until the lockout ends', async () => {
    const account = { login: 'petro.locked', password: 'a long enough password' };
    await saveStaffAccount(kiosk.server.db, account.login, account.password, 'staff', clock.now());
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const wrong = await login({ ...account, password: `wrong password ${i}` });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual({ error: 'Неправильний логін або пароль' });
    }
    const locking = await login({ ...account, password: 'wrong again, the last' });
    expect(locking.status).toBe(423);
    const body = (await locking.json()) as { error: string; lockedUntil: string };
    expect(body.error).toMatch(/заблоковано/);
    expect(Date.parse(body.lockedUntil) - clock.now().getTime()).toBeGreaterThan(LOCKOUT_MS - 5_000);
    expect((await login(account)).status).toBe(423);
    // An unknown login gets the same answer as a wrong password.
    expect((await login({ login: 'nobody.here', password: 'whatever it is' })).status).toBe(401);

    offsetMs += LOCKOUT_MS + 1_000;
    try {
      expect((await login(account)).status).toBe(200);
    } finally {
      offsetMs -= LOCKOUT_MS + 1_000;
    }
  });

  it('guesses sent all at once are all counted: the account locks, and the right password sent with them is refused', async () => {
    const account = { login: 'roman.parallel', password: 'yet another long password' };
    await saveStaffAccount(kiosk.server.db, account.login, account.password, 'staff', clock.now());
    const answers = await Promise.all([...Array.from({ length: 12 }, (_, i) => login({ ...account, password: `guess number ${i}` })), login(account)]);
    expect(answers.slice(0, 12).filter((r) => r.status === 423).length).toBeGreaterThanOrEqual(12 - MAX_FAILED_LOGINS + 1);
    expect(answers[12]!.status).toBe(423);
    expect((await login(account)).status).toBe(423);
  });

  it('cuts off a flood of login attempts from one address, whatever the logins', async () => {
    const limited = await startTestKiosk({ staffLoginRate: { limit: 3, windowMs: 60_000 } });
    try {
      const attempt = (i: number) =>
        fetch(`${limited.server.url}${STAFF_API}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1' },
          body: JSON.stringify({ login: `made.up.${i}`, password: 'whatever it is' }),
        });
      for (let i = 0; i < 3; i++) expect((await attempt(i)).status).toBe(401);
      const refused = await attempt(3);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({ error: 'Забагато спроб входу. Зачекайте хвилину' });
    } finally {
      await limited.stop();
    }
  });

  it('keeps only scrypt hashes: the password is in neither the table nor the database file', async () => {
    const rows = await kiosk.server.db.all<{ login: string; password_hash: string }>('SELECT login, password_hash FROM staff_accounts');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    await kiosk.server.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = await readFile(`${kiosk.dataDir}/kiosk.sqlite`);
    for (const password of [TEST_STAFF.password, TEST_ADMIN.password]) expect(file.includes(Buffer.from(password))).toBe(false);
  });

  it('npm run staff:add adds an account with the password from standard input, and refuses a short one', async () => {
    const run = (args: string[], input: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn('npx', ['tsx', 'kiosk-server/staff/staff-add.ts', ...args], {
          env: { ...process.env, KIOSK_DATA_DIR: kiosk.dataDir, LOG_LEVEL: 'silent' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.stdin.end(input);
        child.on('close', (code) => resolve({ code, out }));
      });
    const added = await run(['maria.admin', '--role', 'admin'], 'a brand new admin password\n');
    expect(added.out).toContain('Added admin account "maria.admin"');
    expect(added.code).toBe(0);
    const response = await login({ login: 'maria.admin', password: 'a brand new admin password' });
    expect(await response.json()).toEqual({ login: 'maria.admin', role: 'admin' });

    const short = await run(['short.one'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.out).toContain('at least 10 characters');
    const badLogin = await run(['Not A Login'], 'a long enough password\n');
    expect(badLogin.code).toBe(1);
  }, 60_000);
});

describe('applications, personal data and the audit log', () => {
  it("lists today's applications without answers; each look at the answers is written to the audit log", async () => {
    const [application] = await commitMany(kiosk.server.store, 1, () => clock.now());
    const cookie = await staffCookie(url);
    const list = (await (await api('/applications', { cookie })).json()) as { number: string }[];
    expect(list.map((a) => a.number)).toContain(application!.number);
    expect(JSON.stringify(list)).not.toContain('Шевченко');
    const found = (await (await api(`/applications?number=${application!.number.toLowerCase()}`, { cookie })).json()) as {
      number: string;
      forwarding: unknown;
    }[];
    expect(found).toHaveLength(1);

    const audited = () =>
      kiosk.server.db.all<{ staff_login: string; action: string; application_number: string }>("SELECT * FROM audit_log WHERE action = 'view-personal-data'");
    expect(await audited()).toEqual([]);
    const personal = await api(`/applications/${application!.number}/personal-data`, { cookie });
    expect(personal.status).toBe(200);
    expect(JSON.stringify(await personal.json())).toContain('Шевченко');
    expect(await audited()).toEqual([
      expect.objectContaining({ staff_login: TEST_STAFF.login, action: 'view-personal-data', application_number: application!.number }),
    ]);

    // Admins read the log; staff may not; and nobody can change it.
    expect((await api('/audit', { cookie })).status).toBe(403);
    const admin = await staffCookie(url, TEST_ADMIN);
    const log = (await (await api(`/audit?application=${application!.number}`, { cookie: admin })).json()) as {
      staffLogin: string;
      action: string;
      at: string;
    }[];
    expect(log).toEqual([expect.objectContaining({ staffLogin: TEST_STAFF.login, action: 'view-personal-data' })]);
    await expect(kiosk.server.db.run("UPDATE audit_log SET staff_login = 'someone.else'")).rejects.toThrow(/cannot be changed/);
    await expect(kiosk.server.db.run('DELETE FROM audit_log')).rejects.toThrow(/cannot be changed/);
    expect((await api('/applications/K01-2026-999999/personal-data', { cookie })).status).toBe(404);
    // After the retention period the answers are gone: 410, and nothing was looked at.
    await kiosk.server.db.run('UPDATE applications SET personal_data_deleted_at = ? WHERE number = ?', [clock.now().toISOString(), application!.number]);
    const gone = await api(`/applications/${application!.number}/personal-data`, { cookie });
    expect(gone.status).toBe(410);
    expect(await audited()).toHaveLength(1);
  });

  it('reprints a receipt on the kiosk printer or at the staff desk, each on the record', async () => {
    const [application] = await commitMany(kiosk.server.store, 1, () => clock.now());
    const staff = await staffScreen();
    const desk = await emit<{ ok: boolean; data: { jobId: number | null } }>(staff, 'receipt:reprint', {
      applicationNumber: application!.number,
      printer: 'desk',
    });
    expect(desk).toEqual({ ok: true, data: { jobId: null } });
    const atKiosk = await emit<{ ok: boolean; data: { jobId: number } }>(staff, 'receipt:reprint', {
      applicationNumber: application!.number,
      printer: 'kiosk',
    });
    expect(atKiosk.data.jobId).toBeGreaterThan(0);
    const actions = await kiosk.server.db.all<{ action: string }>('SELECT action FROM audit_log WHERE application_number = ? ORDER BY id', [
      application!.number,
    ]);
    expect(actions.map((a) => a.action)).toEqual(['reprint-desk', 'reprint-kiosk']);
    expect((await readdir(`${kiosk.dataDir}/desk-receipts`)).some((f) => f.includes(application!.number))).toBe(true);
  });
});

describe('the live console', () => {
  it('shows each kiosk with its step and settings, never an answer', async () => {
    const states: KioskState[][] = [];
    await staffScreen((s) => s.on('kiosks:state', (k) => states.push(k)));
    const client = await kioskScreen('K02');
    await request(client, 'kiosk:settings', { voiceMode: true, textSize: '4', language: 'uk' });
    const { sessionId, view } = await visitOnFirstQuestion(client);
    if (view.screen !== 'question') throw new Error('not a question');
    const k02 = await eventually(() => states.at(-1)?.find((k) => k.kioskId === 'K02' && k.inVisit && k.screen === 'question'));
    expect(k02).toMatchObject({ online: true, voiceMode: true, textSize: '4', stepTitle: view.heading });
    expect(states.at(-1)!.map((k) => k.kioskId)).toContain('K01');
    await request(client, 'visit:end', { sessionId });
    client.disconnect();
    await eventually(() => states.at(-1)?.find((k) => k.kioskId === 'K02' && !k.online && !k.inVisit));
  });

  it('a help call reaches every console; "I\'m coming" reaches the kiosk and quiets the other consoles', async () => {
    const first = await staffScreen();
    const second = await staffScreen();
    const client = await kioskScreen('K03');
    const called = next<{ id: number; kioskId: string }>(first, 'help:called');
    await request(client, 'help:call', {});
    const call = await called;
    expect(call.kioskId).toBe('K03');
    const coming = next(client, 'help:coming');
    const answered = next<{ callId: number; staffLogin: string }>(second, 'help:answered');
    const ack = await emit(first, 'help:answer', { callId: call.id });
    expect(ack.ok).toBe(true);
    expect(await coming).toEqual({ sessionId: null });
    expect(await answered).toMatchObject({ callId: call.id, staffLogin: TEST_STAFF.login });
    // A second «Іду» changes nothing: the kiosk is not told again.
    expect((await emit(second, 'help:answer', { callId: call.id })).error?.code).toBe('already_answered');
    let openCalls: { id: number }[] | undefined;
    await staffScreen((s) => s.on('help:open', (calls) => (openCalls = calls)));
    expect((await eventually(() => openCalls)).some((c) => c.id === call.id)).toBe(false);
  });

  it('a screen naming a kiosk this server does not serve is refused', async () => {
    await expect(connectClient(url, 'K99')).rejects.toThrow(/unknown kiosk K99/);
  });

  it('a message from staff reaches the kiosk', async () => {
    const staff = await staffScreen();
    const client = await kioskScreen('K04');
    // Only into a visit: a message left on an idle kiosk would be read by the next person.
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K04', text: 'Hello' })).error?.code).toBe('no_visit');
    const { sessionId } = await visitOnFirstQuestion(client);
    const message = next<{ text: string }>(client, 'staff:message');
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K04', text: 'Зачекайте, будь ласка, я підійду' })).ok).toBe(true);
    expect(await message).toEqual({ sessionId, text: 'Зачекайте, будь ласка, я підійду' });
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K04', text: 'x'.repeat(201) })).error?.code).toBe('invalid_payload');
    expect((await emit(staff, 'kiosk:message', { kioskId: 'K99', text: 'Hello' })).error?.code).toBe('not_found');
  });

  it('remote assistance: nothing of the visit before the person says yes; then the question, the answers and filling them', async () => {
    const views: AssistView[] = [];
    const staff = await staffScreen((s) => s.on('assist:view', (v) => views.push(v)));
    const client = await kioskScreen('K05');
    expect((await emit(staff, 'assist:request', { kioskId: 'K05' })).error?.code).toBe('no_visit');
    const { sessionId, view } = await visitOnFirstQuestion(client);
    if (view.screen !== 'question') throw new Error('not a question');

    // Asked, then refused: staff see nothing and are told.
    let asked = next(client, 'assist:asked');
    expect((await emit(staff, 'assist:request', { kioskId: 'K05' })).ok).toBe(true);
    await asked;
    expect((await emit(staff, 'assist:answer', { kioskId: 'K05', stepId: view.stepId, values: {} })).error?.code).toBe('not_assisting');
    const declined = next<{ reason: string }>(staff, 'assist:ended');
    expect((await request(client, 'assist:consent', { sessionId, allow: false })).ok).toBe(true);
    expect((await declined).reason).toBe('declined');
    expect(views).toEqual([]);

    // Asked again, and allowed: the current question, then staff answer it and the kiosk moves on.
    asked = next(client, 'assist:asked');
    await emit(staff, 'assist:request', { kioskId: 'K05' });
    await asked;
    const active = next<{ active: boolean }>(client, 'assist:state');
    await request(client, 'assist:consent', { sessionId, allow: true });
    expect(await active).toEqual({ sessionId, active: true });
    const seen = await eventually(() => views.at(-1));
    expect(seen.view).toMatchObject({ screen: 'question', stepId: view.stepId });
    const catalogue = await loadCatalogue();
    const definition = [...catalogue.services.flatMap((s) => s.steps), ...catalogue.modules.flatMap((m) => m.steps)].find((s) => s.id === view.stepId)!;
    const moved = next<{ view: KioskView }>(client, 'visit:view');
    const answered = await emit<{ ok: boolean; data: AssistView }>(staff, 'assist:answer', {
      kioskId: 'K05',
      stepId: view.stepId,
      values: sampleValues(definition, {}),
    });
    expect(answered.ok).toBe(true);
    const kioskView = (await moved).view;
    expect(kioskView).toEqual(answered.data.view);
    expect(answered.data.answers.flatMap((s) => s.rows).length).toBeGreaterThan(0);
    const audit = await kiosk.server.db.all<{ action: string; staff_login: string }>(
      "SELECT action, staff_login FROM audit_log WHERE kiosk_id = 'K05' ORDER BY id",
    );
    expect(audit.map((a) => a.action)).toEqual(['assist-start', 'assist-answer']);

    // A reloaded kiosk page is told that staff are helping (its banner, with the way to end it, comes back).
    const reloaded = await kioskScreen('K05');
    const told = next<{ sessionId: string; active: boolean }>(reloaded, 'assist:state');
    expect((await request(reloaded, 'visit:resume', { sessionId })).ok).toBe(true);
    expect(await told).toEqual({ sessionId, active: true });

    // The person's own step reaches staff too; then they end it.
    await request(client, 'step:back', { sessionId });
    await eventually(() => views.length > 1 && (views.at(-1)!.view as { stepId?: string }).stepId === view.stepId);
    const ended = next<{ reason: string }>(staff, 'assist:ended');
    await request(client, 'assist:end', { sessionId });
    expect((await ended).reason).toBe('ended-by-person');
    expect((await emit(staff, 'assist:answer', { kioskId: 'K05', stepId: view.stepId, values: {} })).error?.code).toBe('not_assisting');

    // Helping again: another member of staff cannot take over; staff end it themselves; a console that goes ends it too.
    const allow = async () => {
      const asking = next(client, 'assist:asked');
      await emit(staff, 'assist:request', { kioskId: 'K05' });
      await asking;
      const on = next<{ active: boolean }>(client, 'assist:state');
      await request(client, 'assist:consent', { sessionId, allow: true });
      expect((await on).active).toBe(true);
    };
    await allow();
    const colleague = await staffScreen(() => undefined, await staffCookie(url, TEST_ADMIN));
    expect((await emit(colleague, 'assist:request', { kioskId: 'K05' })).error?.code).toBe('assist_busy');
    let off = next<{ active: boolean }>(client, 'assist:state');
    const byStaff = next<{ reason: string }>(staff, 'assist:ended');
    expect((await emit(staff, 'assist:end', { kioskId: 'K05' })).ok).toBe(true);
    expect((await byStaff).reason).toBe('ended-by-staff');
    expect((await off).active).toBe(false);
    await allow();
    off = next<{ active: boolean }>(client, 'assist:state');
    staff.disconnect();
    expect((await off).active).toBe(false);
  });
});

describe('the forwarding queue', () => {
  it('lists the applications failing now with their last error, and "retry now" sends them at once', async () => {
    const faults = (body: object) =>
      fetch(`${kiosk.simulator.url}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await faults({ errorRate: 1 });
    const [application] = await commitMany(kiosk.server.store, 1, () => clock.now());
    kiosk.server.worker.wake();
    const cookie = await staffCookie(url);
    const failingNow = async () =>
      (await (await api('/forwarding/failing', { cookie })).json()) as { applicationNumber: string; attempts: number; lastError: string }[];
    const failing = await eventually(async () => (await failingNow()).find((a) => a.applicationNumber === application!.number));
    expect(failing.attempts).toBeGreaterThanOrEqual(1);
    expect(failing.lastError).toBeTruthy();
    expect((await api('/forwarding/failing')).status).toBe(401);

    await faults({});
    const staff = await staffScreen();
    const retried = await emit<{ ok: boolean; data: { due: number } }>(staff, 'forwarding:retry', {});
    expect(retried.data.due).toBeGreaterThanOrEqual(1);
    await eventually(async () => (await failingNow()).every((a) => a.applicationNumber !== application!.number) || undefined, 3_000);
    const [row] = await kiosk.server.db.all<{ action: string }>("SELECT action FROM audit_log WHERE action = 'forwarding-retry'");
    expect(row).toBeDefined();
  });
});

describe('statistics', () => {
  it('counts visits, completion, where people stop, voice and large text; exports CSV', async () => {
    const before = (await (await api('/stats', { cookie: await staffCookie(url) })).json()) as CentreStats;
    const client = await kioskScreen('K06');
    await request(client, 'kiosk:settings', { voiceMode: true, textSize: '3', language: 'uk' });
    const { sessionId, view } = await visitOnFirstQuestion(client);
    await request(client, 'visit:end', { sessionId });
    const cookie = await staffCookie(url);
    const stats = await eventually(async () => {
      const now = (await (await api('/stats', { cookie })).json()) as CentreStats;
      return now.visits > before.visits ? now : undefined;
    });
    expect(stats.visits).toBe(before.visits + 1);
    expect(stats.voiceModeVisits).toBe(before.voiceModeVisits + 1);
    expect(stats.largeTextVisits).toBe(before.largeTextVisits + 1);
    const stoppedAt = stats.leftAt.find((l) => l.step === (view as { stepId: string }).stepId);
    expect(stoppedAt?.visits).toBeGreaterThanOrEqual(1);
    // The visit ended without an application.
    expect(stats.submittedVisits).toBe(before.submittedVisits);
    expect(stats.completionRate).toBeCloseTo(stats.submittedVisits / stats.visits, 6);

    const csv = await api('/stats.csv', { cookie });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="vikno-stats-/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark first, so spreadsheets read the Cyrillic names as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('section,key,name,value,median_seconds');
    expect(text).toContain(`totals,visits,,${stats.visits},`);
    expect(text).toContain(`left_at_step,${stoppedAt!.step},`);
    expect((await api('/stats?from=2026-02-30', { cookie })).status).toBe(400);
  });
});
