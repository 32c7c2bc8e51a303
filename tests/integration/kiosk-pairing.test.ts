// Kiosk pairing over the network (a screen on "another machine": the server's non-loopback address). An unpaired
// screen is told so and refused every event; staff issue a one-time code (logged in); the code pairs once, expires in
// 10 minutes on the test clock, and wrong codes are counted; the secret lets the screen work; unpairing lets it go at
// once; every step is audited, in the transaction of what it records; no code is ever on disk. A screen on loopback
// needs none of it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientPayloads } from '../../protocol/events.ts';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import type { NotPaired, PairingOverview } from '../../protocol/pairing.ts';
import { PAIRING_CODE_TTL_MS, SCREEN_ACTOR } from '../../kiosk-server/pairing/kiosk-pairing.ts';
import { hashOf } from '../../kiosk-server/pairing/pairing-secrets.ts';
import { connectClient, eventually, request, staffCookie, startTestKiosk, type KioskClient, type TestKiosk } from '../support/kiosk.ts';
import { connectScreen, issueCode, pairingApi, remoteScreenOptions } from '../support/pairing.ts';
import { TestClock } from '../support/test-clock.ts';

const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
/** Pairing attempts an address has per 10 minutes in these tests. */
const ATTEMPTS = 4;
let kiosk: TestKiosk;
let url: string;
let cookie: string;
const open: KioskClient[] = [];

beforeAll(async () => {
  kiosk = await startTestKiosk({
    ...remoteScreenOptions(),
    otherKioskIds: ['K02'],
    clock,
    pairingAttempts: { limit: ATTEMPTS, windowMs: 10 * 60_000 },
  });
  url = kiosk.server.url;
  cookie = await staffCookie(url);
});

afterAll(async () => {
  for (const socket of open) socket.close();
  await kiosk.stop();
});

/** A screen with its `kiosk:not-paired` and `kiosk:hello` news recorded. */
async function screen(auth: Record<string, string> = {}) {
  const news: { notPaired: NotPaired[]; hello: string[] } = { notPaired: [], hello: [] };
  const socket = await connectScreen(url, auth, (s) => {
    s.on('kiosk:not-paired', (n) => news.notPaired.push(n));
    s.on('kiosk:hello', (h) => news.hello.push(h.kioskId));
  });
  open.push(socket);
  return { socket, news };
}

const auditRows = () =>
  kiosk.server.db.all<{ staff_login: string; action: string; kiosk_id: string | null; detail: string | null }>(
    "SELECT staff_login, action, kiosk_id, detail FROM audit_log WHERE action LIKE 'pairing-%' ORDER BY id",
  );

describe('kiosk pairing', () => {
  it('an unpaired screen on another machine is told so and refused every event but pairing', async () => {
    const { socket, news } = await screen({ kioskId: 'K02' });
    await eventually(() => news.notPaired.length > 0);
    expect(news).toEqual({ notPaired: [{ reason: 'none' }], hello: [] });
    for (const event of Object.keys(ClientPayloads).filter((e) => e !== 'kiosk:pair')) {
      const ack = await request(socket, event as 'visit:start', { lang: 'uk' });
      expect(ack, event).toEqual({ ok: false, error: { code: 'not_paired', message: ERROR_MESSAGES.not_paired } });
    }
    expect(kiosk.server.visits.activeCount).toBe(0);
    // A made-up secret is no pairing either.
    const stranger = await screen({ secret: 'made-up-secret' });
    await eventually(() => stranger.news.notPaired.length > 0);
    expect(stranger.news.notPaired).toEqual([{ reason: 'unknown' }]);
  });

  it('codes are issued only to a logged-in member of staff, for a kiosk this server serves', async () => {
    expect((await pairingApi(url, undefined, '/codes', { kioskId: 'K02' })).status).toBe(401);
    expect((await pairingApi(url, undefined, '')).status).toBe(401);
    expect((await pairingApi(url, cookie, '/codes', { kioskId: 'K09' })).status).toBe(404);
    expect((await pairingApi(url, cookie, '/codes', { kioskId: 'k 02' })).status).toBe(400);
    const code = await issueCode(url, cookie, 'K02');
    expect(code.code).toMatch(/^\d{4} \d{4}$/);
    expect(code).toMatchObject({ kioskId: 'K02', expiresAt: new Date(clock.now().getTime() + PAIRING_CODE_TTL_MS).toISOString() });
    const overview = (await (await pairingApi(url, cookie, '')).json()) as PairingOverview;
    expect(overview.kioskIds).toEqual(['K01', 'K02']);
  });

  it('a code pairs one screen once; its secret lets the screen work as that kiosk; unpairing lets it go at once', async () => {
    const { code } = await issueCode(url, cookie, 'K02');
    const first = await screen();
    const paired = await request(first.socket, 'kiosk:pair', { code: code.replace(' ', '') });
    expect(paired.ok).toBe(true);
    expect(paired.data.kioskId).toBe('K02');
    expect(paired.data.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The pairing socket itself stays unpaired: the screen connects again with its secret.
    expect((await request(first.socket, 'visit:start', { lang: 'uk' })).error?.code).toBe('not_paired');
    // Used once: the same code on another screen is a wrong code.
    const second = await screen();
    expect(await request(second.socket, 'kiosk:pair', { code })).toEqual({ ok: false, error: { code: 'wrong_code', message: ERROR_MESSAGES.wrong_code } });
    expect(ERROR_MESSAGES.wrong_code.uk).toMatch(/^Код не підходить\. Перевірте цифри/);
    // The database keeps only the secret's hash.
    expect(JSON.stringify(await kiosk.server.db.all('SELECT * FROM paired_screens'))).not.toContain(paired.data.secret);

    const kioskScreen = await screen({ secret: paired.data.secret });
    await eventually(() => kioskScreen.news.hello.length > 0);
    expect(kioskScreen.news).toEqual({ notPaired: [], hello: ['K02'] });
    const started = await request(kioskScreen.socket, 'visit:start', { lang: 'uk' });
    expect(started.ok).toBe(true);
    expect((await request(kioskScreen.socket, 'kiosk:pair', { code })).error?.code).toBe('already_paired');

    const overview = (await (await pairingApi(url, cookie, '')).json()) as PairingOverview;
    const listed = overview.screens.find((s) => s.kioskId === 'K02');
    expect(listed).toMatchObject({ kioskId: 'K02', pairedBy: 'olena.staff', pairedAt: clock.now().toISOString(), online: true });

    const gone = new Promise<string>((resolve) => kioskScreen.socket.once('disconnect', resolve));
    expect((await pairingApi(url, cookie, `/screens/${listed!.id}/unpair`, {})).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect(kioskScreen.news.notPaired).toEqual([{ reason: 'unpaired' }]);
    // The visit on it ends here too (the page forgets it): its answers are not kept.
    expect(kiosk.server.visits.has(started.data.sessionId)).toBe(false);
    expect((await pairingApi(url, cookie, `/screens/${listed!.id}/unpair`, {})).status).toBe(404);
    // Its secret pairs nothing any more.
    const again = await screen({ secret: paired.data.secret });
    await eventually(() => again.news.notPaired.length > 0);
    expect(again.news).toEqual({ notPaired: [{ reason: 'unknown' }], hello: [] });
    expect(((await (await pairingApi(url, cookie, '')).json()) as PairingOverview).screens).toEqual([]);
  });

  it('a code expires after 10 minutes', async () => {
    const { code } = await issueCode(url, cookie, 'K01');
    clock.advance(PAIRING_CODE_TTL_MS);
    const late = await screen();
    expect((await request(late.socket, 'kiosk:pair', { code })).error?.code).toBe('wrong_code');
  });

  it('wrong codes are counted per address: past the limit even a right code is refused', async () => {
    clock.advance(10 * 60_000); // a window of its own for this test
    const { code } = await issueCode(url, cookie, 'K01');
    const guesser = await screen();
    const wrong = code.startsWith('0') ? '1111 1111' : '0000 0000';
    for (let i = 0; i < ATTEMPTS; i++)
      expect((await request(guesser.socket, 'kiosk:pair', { code: i === 0 ? 'not a code' : wrong })).error?.code).toBe('wrong_code');
    // The first refusal's audit line refused by the disk: that try fails, and the line is written at the next refusal.
    await kiosk.server.db.exec(
      "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.action = 'pairing-too-many-codes' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    try {
      expect((await request(guesser.socket, 'kiosk:pair', { code })).error?.code).toBe('internal');
    } finally {
      await kiosk.server.db.exec('DROP TRIGGER refuse_audit');
    }
    const refused = await request(guesser.socket, 'kiosk:pair', { code });
    expect(refused).toEqual({ ok: false, error: { code: 'too_many_codes', message: ERROR_MESSAGES.too_many_codes } });
    // Audited once for the window, however many tries follow.
    expect((await request(guesser.socket, 'kiosk:pair', { code })).error?.code).toBe('too_many_codes');
    const refusals = (await auditRows()).filter((r) => r.action === 'pairing-too-many-codes');
    expect(refusals).toEqual([{ staff_login: SCREEN_ACTOR, action: 'pairing-too-many-codes', kiosk_id: null, detail: expect.stringMatching(/^from /) }]);
    // The window passes: a new code pairs.
    clock.advance(10 * 60_000);
    const fresh = await issueCode(url, cookie, 'K01');
    expect((await request(guesser.socket, 'kiosk:pair', { code: fresh.code })).ok).toBe(true);
  });

  it('a pairing or an unpairing whose audit line cannot be written is not done: the code still pairs, the screen stays', async () => {
    clock.advance(10 * 60_000); // a window of its own for this test
    const { db } = kiosk.server;
    const refuse = (action: string) =>
      db.exec(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const screens = async () => (await db.all('SELECT id FROM paired_screens')).length;
    const before = await screens();
    const { code } = await issueCode(url, cookie, 'K02');
    const first = await screen();
    await refuse('pairing-paired');
    try {
      expect((await request(first.socket, 'kiosk:pair', { code })).error?.code).toBe('internal');
    } finally {
      await db.exec('DROP TRIGGER refuse_audit');
    }
    expect(await screens()).toBe(before);
    const paired = await request(first.socket, 'kiosk:pair', { code });
    expect(paired.ok).toBe(true);
    expect(await screens()).toBe(before + 1);

    const listed = ((await (await pairingApi(url, cookie, '')).json()) as PairingOverview).screens.at(-1)!;
    await refuse('pairing-unpaired');
    try {
      expect((await pairingApi(url, cookie, `/screens/${listed.id}/unpair`, {})).status).toBe(500);
    } finally {
      await db.exec('DROP TRIGGER refuse_audit');
    }
    const kept = await screen({ secret: paired.data.secret });
    await eventually(() => kept.news.hello.length > 0);
    expect((await pairingApi(url, cookie, `/screens/${listed.id}/unpair`, {})).status).toBe(204);
  });

  it('a live code is nowhere on disk: not in the database, not in its journal, so not in any backup', async () => {
    const { code } = await issueCode(url, cookie, 'K01');
    const digits = code.replace(' ', '');
    expect(await kiosk.server.db.all("SELECT name FROM sqlite_master WHERE name LIKE 'pairing_code%'")).toEqual([]);
    const files = (await readdir(kiosk.dataDir)).filter((name) => name.startsWith('kiosk.sqlite'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const bytes = await readFile(path.join(kiosk.dataDir, name));
      for (const form of [digits, code, hashOf(digits)]) expect(bytes.includes(form), `${form} in ${name}`).toBe(false);
    }
  });

  it('every step is in the audit log', async () => {
    const rows = await auditRows();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('pairing-code');
    expect(actions).toContain('pairing-paired');
    expect(actions).toContain('pairing-wrong-code');
    expect(actions).toContain('pairing-unpaired');
    expect(rows.find((r) => r.action === 'pairing-code')).toMatchObject({ staff_login: 'olena.staff', kiosk_id: 'K02' });
    expect(rows.find((r) => r.action === 'pairing-paired')).toMatchObject({ staff_login: 'olena.staff', kiosk_id: 'K02' });
    expect(rows.find((r) => r.action === 'pairing-wrong-code')).toMatchObject({ staff_login: SCREEN_ACTOR, kiosk_id: null });
    expect(rows.find((r) => r.action === 'pairing-unpaired')).toMatchObject({ staff_login: 'olena.staff', kiosk_id: 'K02' });
  });

  it('a screen on loopback needs no pairing', async () => {
    const local = await startTestKiosk();
    try {
      const socket = await connectClient(local.server.url);
      expect((await request(socket, 'visit:start', { lang: 'uk' })).ok).toBe(true);
      expect((await request(socket, 'kiosk:pair', { code: '1234 5678' })).error?.code).toBe('already_paired');
      socket.close();
    } finally {
      await local.stop();
    }
  });
});
