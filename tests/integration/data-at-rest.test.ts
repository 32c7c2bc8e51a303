// Personal data at rest: sealed in SQLite, under a key that must be the right one, and deleted after retention.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { DataKeyError } from '../../kiosk-server/store/data-key.ts';
import { DATA_KEY_FILE, DATABASE_FILE, openKioskStore } from '../../kiosk-server/store/kiosk-store.ts';
import { MIGRATIONS } from '../../kiosk-server/store/migrations.ts';
import { commitMany } from '../support/applications.ts';
import { connectClient, eventually, request, startTestKiosk, type TestKiosk } from '../support/kiosk.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';
import { TestClock } from '../support/test-clock.ts';

let kiosk: TestKiosk | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The database and its write-ahead log, as bytes on disk. */
async function databaseBytes(dataDir: string): Promise<Buffer> {
  const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((f) => path.join(dataDir, f)).filter((f) => existsSync(f));
  return Buffer.concat(await Promise.all(files.map((f) => readFile(f))));
}

describe('personal data in the database', () => {
  it('is sealed: no РНОКПП, name or IBAN in clear in the file after submissions', async () => {
    kiosk = await startTestKiosk();
    const client = await connectClient(kiosk.server.url);
    const catalogue = await loadCatalogue();
    const numbers: string[] = [];
    try {
      for (const services of [['one-time-aid'], ['housing-subsidy', 'low-income']]) {
        const { sessionId, view } = await startVisit(client, services);
        await answerUntilCheck(client, catalogue, sessionId, view);
        const submitted = await request(client, 'application:submit', { sessionId });
        numbers.push(...submitted.data.applications.map((a: { applicationNumber: string }) => a.applicationNumber));
      }
    } finally {
      client.disconnect();
    }
    // The kiosk itself can open them (with its key) …
    const application = (await findApplicationByNumber(kiosk.server.store, numbers[0]!))!;
    const answers = application.answers!;
    const secrets = Object.entries(answers)
      .filter(([id, value]) => typeof value === 'string' && /rnokpp|surname|firstName|name|iban|phone|street/i.test(id) && value.length >= 5)
      .map(([, value]) => value as string);
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    expect(secrets).toContain(application.applicant!.id);
    expect(secrets.some((s) => s.startsWith('UA'))).toBe(true);
    const k = kiosk;
    await eventually(async () => (await k.server.forwardingState()).pending === 0);
    // … but the file holds none of it in clear.
    const bytes = await databaseBytes(kiosk.dataDir);
    for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8')), `"${secret}" is in the database file`).toBe(false);
    expect(bytes.includes(Buffer.from(numbers[0]!))).toBe(true); // the number is not personal, and is there
  });

  it('is deleted after the retention period once the central system has the case; number, service, dates and status stay', async () => {
    const clock = new TestClock(new Date('2026-11-22T10:00:00Z'));
    const day = 86_400_000;
    kiosk = await startTestKiosk({ clock, forwarding: { backoff: { baseMs: 10, maxMs: 100 }, retentionMs: 30 * day } });
    const [forwarded] = await commitMany(kiosk.server.store, 1, () => clock.now());
    kiosk.server.worker.wake();
    const k = kiosk;
    await eventually(async () => (await k.server.forwardingState()).pending === 0);
    // One the central system never confirmed: kept, however old.
    await fetch(`${kiosk.simulator.url}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"down": true}' });
    const [unsent] = await commitMany(kiosk.server.store, 1, () => clock.now());

    clock.advance(29 * day);
    expect(await kiosk.server.applyRetention()).toBe(0);
    expect((await findApplicationByNumber(kiosk.server.store, forwarded!.number))!.answers).not.toBeNull();

    clock.advance(2 * day);
    expect(await kiosk.server.applyRetention()).toBe(1);
    const after = (await findApplicationByNumber(kiosk.server.store, forwarded!.number))!;
    expect(after).toMatchObject({ number: forwarded!.number, serviceId: 'one-time-aid', answers: null, applicant: null });
    expect(after.submittedAt.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect((await findApplicationByNumber(kiosk.server.store, unsent!.number))!.answers).toEqual(unsent!.answers);
    expect(
      await kiosk.server.db.get('SELECT central_status, personal_data_deleted_at IS NOT NULL AS deleted FROM applications WHERE number = ?', [
        forwarded!.number,
      ]),
    ).toEqual({
      central_status: 'received',
      deleted: 1,
    });
    // The status can still be checked by number.
    const client = await connectClient(kiosk.server.url);
    try {
      expect(await request(client, 'status:lookup', { text: forwarded!.number })).toMatchObject({
        ok: true,
        data: { status: 'received', applicationNumber: forwarded!.number },
      });
    } finally {
      client.disconnect();
    }
  });
});

describe('the data key', () => {
  async function freshDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-key-'));
    dirs.push(dir);
    return dir;
  }

  it('is made on first start in a file only the kiosk user can read, and used again after', async () => {
    const dir = await freshDir();
    const first = await openKioskStore(dir, undefined);
    expect(first.keyOrigin).toBe('new key file');
    const [stored] = await commitMany(first.store, 1);
    await first.store.db.close();
    expect((await stat(path.join(dir, DATA_KEY_FILE))).mode & 0o777).toBe(0o600);
    const again = await openKioskStore(dir, undefined);
    expect(again.keyOrigin).toBe('key file');
    expect((await findApplicationByNumber(again.store, stored!.number))!.answers).toEqual(stored!.answers);
    await again.store.db.close();
  });

  it('refuses a wrong key or a missing key file with a clear message, and loses nothing', async () => {
    const dir = await freshDir();
    const key = 'ab'.repeat(32);
    const first = await openKioskStore(dir, key);
    expect(first.keyOrigin).toBe('KIOSK_DATA_KEY');
    const [stored] = await commitMany(first.store, 1);
    await first.store.db.close();

    await expect(openKioskStore(dir, 'cd'.repeat(32))).rejects.toThrow(/KIOSK_DATA_KEY\) is not the key this kiosk's data was sealed with/);
    await expect(openKioskStore(dir, 'short')).rejects.toThrow(/KIOSK_DATA_KEY is not a data key.*64 hex digits/);
    // Without KIOSK_DATA_KEY and without a key file, it does not start over with a new key.
    await expect(openKioskStore(dir, undefined)).rejects.toThrow(DataKeyError);
    await expect(openKioskStore(dir, undefined)).rejects.toThrow(/put back the key file .*data\.key or set KIOSK_DATA_KEY/);
    expect(existsSync(path.join(dir, DATA_KEY_FILE))).toBe(false);

    const reopened = await openKioskStore(dir, key);
    expect((await findApplicationByNumber(reopened.store, stored!.number))!.answers).toEqual(stored!.answers);
    await reopened.store.db.close();
  });

  it('is never made anew for a database that holds sealed data, even if its key check was lost', async () => {
    const dir = await freshDir();
    const first = await openKioskStore(dir, undefined);
    await commitMany(first.store, 1);
    await first.store.db.run("DELETE FROM kiosk_meta WHERE name = 'data_key_check'");
    await first.store.db.close();
    await unlink(path.join(dir, DATA_KEY_FILE));
    await expect(openKioskStore(dir, undefined)).rejects.toThrow(/put back the key file/);
    expect(existsSync(path.join(dir, DATA_KEY_FILE))).toBe(false);
  });

  it('a key file that is not this data key is refused too', async () => {
    const dir = await freshDir();
    const first = await openKioskStore(dir, undefined);
    await commitMany(first.store, 1);
    await first.store.db.close();
    await unlink(path.join(dir, DATA_KEY_FILE));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, DATA_KEY_FILE), `${'0'.repeat(64)}\n`, { mode: 0o600 });
    await expect(openKioskStore(dir, undefined)).rejects.toThrow(/data\.key\) is not the key/);
  });

  it('a database from before sealing is sealed on upgrade, and its clear text leaves the file', async () => {
    const dir = await freshDir();
    const db = await Database.open(path.join(dir, DATABASE_FILE));
    await db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (let version = 1; version <= 4; version++) {
      for (const statement of (MIGRATIONS[version - 1] as string)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await db.run(statement);
      await db.run('INSERT INTO schema_migrations VALUES (?, ?)', [version, new Date().toISOString()]);
    }
    const answers = JSON.stringify({ surname: 'Коваленко-Старий', rnokpp: '2945109876' });
    await db.run(
      `INSERT INTO applications (id, number, kiosk_id, service_id, service_version, language, answers_json, documents_json, submitted_at, visit_id)
                  VALUES ('old-1', 'K01-2025-000001', 'K01', 'one-time-aid', 1, 'uk', ?, '[]', '2025-06-01T10:00:00Z', 'v-old')`,
      [answers],
    );
    await db.run(
      `INSERT INTO outbox (application_id, idempotency_key, payload_json, created_at, next_attempt_at) VALUES ('old-1', 'old-1', ?, '2025-06-01T10:00:00Z', '2025-06-01T10:00:00Z')`,
      [JSON.stringify({ schema: 'vikno.application/1', answers: JSON.parse(answers) })],
    );
    // One already forwarded before the upgrade: it counts as received, and its status is asked for.
    await db.run(`INSERT INTO applications (id, number, kiosk_id, service_id, service_version, language, answers_json, documents_json, submitted_at, visit_id)
                  VALUES ('old-2', 'K01-2025-000002', 'K01', 'one-time-aid', 1, 'uk', '{}', '[]', '2025-06-01T11:00:00Z', 'v-old2')`);
    await db.run(`INSERT INTO outbox (application_id, idempotency_key, payload_json, created_at, next_attempt_at, forwarded_at, central_case_id)
                  VALUES ('old-2', 'old-2', '{}', '2025-06-01T11:00:00Z', '2025-06-01T11:00:00Z', '2025-06-01T11:00:05Z', 'CASE-9')`);
    await db.close();

    const { store } = await openKioskStore(dir, undefined);
    expect((await findApplicationByNumber(store, 'K01-2025-000001'))!.answers).toEqual(JSON.parse(answers));
    expect(await store.db.all('SELECT id, central_status, status_changed_at, status_next_check_at FROM applications ORDER BY id')).toEqual([
      { id: 'old-1', central_status: null, status_changed_at: null, status_next_check_at: null },
      { id: 'old-2', central_status: 'received', status_changed_at: '2025-06-01T11:00:05Z', status_next_check_at: '2025-06-01T11:00:05Z' },
    ]);
    await store.db.close();
    const bytes = await databaseBytes(dir);
    expect(bytes.includes(Buffer.from('Коваленко-Старий'))).toBe(false);
    expect(bytes.includes(Buffer.from('2945109876'))).toBe(false);
  });
});
