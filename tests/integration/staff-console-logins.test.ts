// The staff console's server side, logins and accounts: every staff route and the /staff namespace closed to anyone not
// logged in, the session cookie, scrypt hashes, lockout, the per-address limit, and npm run staff:add.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { LOCKOUT_MS, MAX_FAILED_LOGINS, saveStaffAccount } from '../../kiosk-server/staff/accounts.ts';
import { STAFF_TEXT } from '../../content/text/staff.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { STAFF_NAMESPACE } from '../../protocol/staff-events.ts';
import { staffCookie, startTestKiosk, TEST_ADMIN, TEST_STAFF } from '../support/kiosk.ts';
import { api, clock, closeAfterwards, kiosk, login, next, staffScreen, tryStaffSocket, url, useStaffConsoleKiosk } from '../support/staff-console.ts';

useStaffConsoleKiosk();

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
    closeAfterwards(foreign);
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
      expect(await wrong.json()).toEqual({ error: STAFF_TEXT.login.wrong.uk });
    }
    const locking = await login({ ...account, password: 'wrong again, the last' });
    expect(locking.status).toBe(423);
    const body = (await locking.json()) as { error: string; lockedUntil: string };
    expect(body.error).toMatch(/заблоковано до \d\d:\d\d\./);
    expect(Date.parse(body.lockedUntil) - clock.now().getTime()).toBeGreaterThan(LOCKOUT_MS - 5_000);
    expect((await login(account)).status).toBe(423);
    // An unknown login gets the same answer as a wrong password.
    expect((await login({ login: 'nobody.here', password: 'whatever it is' })).status).toBe(401);

    clock.advance(LOCKOUT_MS + 1_000);
    try {
      expect((await login(account)).status).toBe(200);
    } finally {
      clock.advance(-(LOCKOUT_MS + 1_000));
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
      expect(await refused.json()).toEqual({ error: STAFF_TEXT.login.tooMany.uk });
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
