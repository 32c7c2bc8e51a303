// Backups that restore: the database copied online into BACKUP_DIR, pruned, without the data key; a failing backup told to
// staff and /healthz until the next one works; and `npm run restore -- FILE` putting one back into an empty data folder,
// after which the application is there and reaches the central system exactly once.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { BackupState } from '../../protocol/staff-events.ts';
import type { BackupSettings } from '../../kiosk-server/backup/backups.ts';
import { RESTORE_NUMBER_GAP } from '../../kiosk-server/backup/restore.ts';
import { kyivYear } from '../../content/kyiv-time.ts';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { NO_FAULTS } from '../../kiosk-server/central/faults.ts';
import { startKioskServer, type KioskServer, type KioskServerOptions } from '../../kiosk-server/server.ts';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { DATA_KEY_FILE, DATABASE_FILE, openKioskStore } from '../../kiosk-server/store/kiosk-store.ts';
import { commitMany } from '../support/applications.ts';
import { connectClient, connectStaff, eventually, request, startTestSimulator, TEST_STAFF, testKioskOptions } from '../support/kiosk.ts';
import { saveHashedStaffAccount } from '../../kiosk-server/staff/accounts.ts';
import { hashPassword } from '../../kiosk-server/staff/passwords.ts';
import { REPO_ROOT } from '../support/node-process.ts';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';
import { TestClock } from '../support/test-clock.ts';

/** Backups only when a test asks (an hour apart: the tests make them with backupNow). */
const HOURLY = 3_600_000;

let dir: string;
let simulator: RunningSimulator;
let catalogue: Catalogue;
const servers: KioskServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-backup-'));
  simulator = await startTestSimulator(dir);
  catalogue = await loadCatalogue();
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  simulator.setFaults(NO_FAULTS);
});
afterAll(async () => {
  await simulator.close();
  await rm(dir, { recursive: true, force: true });
});

/** A folder of its own under the test's folder. */
async function folder(name: string): Promise<string> {
  const made = path.join(dir, `${name}-${randomBytes(4).toString('hex')}`);
  await mkdir(made, { recursive: true });
  return made;
}

/** A kiosk server on `dataDir`, forwarding to the shared simulator (which outlives it, as the central system does). */
async function startKiosk(dataDir: string, dataKey: string | undefined, backup: BackupSettings | undefined, more: Partial<KioskServerOptions> = {}) {
  const server = await startKioskServer({
    ...testKioskOptions(dataDir, simulator.url),
    forwarding: { backoff: { baseMs: 20, maxMs: 200 } },
    ...(dataKey && { dataKey }),
    ...(backup && { backup }),
    ...more,
  });
  servers.push(server);
  return server;
}

async function stopKiosk(server: KioskServer): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.close();
}

/** `npm run restore -- FILE` as its own process; resolves with its exit code and what it printed. */
function runRestore(file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'kiosk-server/backup/restore-cli.ts', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, KIOSK_DATA_KEY: '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const health = async (server: KioskServer) =>
  ((await (await fetch(`${server.url}/healthz`)).json()) as { status: string; backup: Omit<BackupState, 'kioskId'> }).backup;
const casesFor = async (number: string) => (await simulator.cases()).filter((c) => c.applicationNumber === number);

/** The backup's two gauges as /metrics has them. */
async function backupMetrics(server: KioskServer): Promise<{ failing: number | undefined; ageSeconds: number | undefined }> {
  const families = parsePrometheusText(await (await fetch(`${server.url}/metrics`)).text());
  return { failing: sampleValue(families, 'vikno_backup_failing'), ageSeconds: sampleValue(families, 'vikno_backup_age_seconds') };
}

describe('a backup restored after the data folder is lost', () => {
  it('brings the application back, forwarded exactly once, and holds neither the key nor any answer in clear', { timeout: 90_000 }, async () => {
    const key = randomBytes(32);
    const dataDir = path.join(await folder('kiosk'), 'var');
    const backupDir = await folder('backups');
    // The central system is down: the application is backed up before it is forwarded.
    simulator.setFaults({ ...NO_FAULTS, down: true });
    const first = await startKiosk(dataDir, key.toString('hex'), { dir: backupDir, intervalMs: HOURLY, keep: 10 });

    const client = await connectClient(first.url);
    let number: string;
    try {
      const { sessionId, view } = await startVisit(client, ['one-time-aid']);
      await answerUntilCheck(client, catalogue, sessionId, view);
      const submitted = await request(client, 'application:submit', { sessionId });
      expect(submitted.ok).toBe(true);
      number = submitted.data.applications[0].applicationNumber;
    } finally {
      client.disconnect();
    }
    const applied = (await findApplicationByNumber(first.store, number))!;
    const rnokpp = applied.applicant!.id;
    expect(rnokpp).toMatch(/^\d{10}$/);

    const backedUp = await first.backupNow();
    expect(backedUp).toMatchObject({ state: 'ok', lastFile: expect.stringMatching(/vikno-K01-\d{4}-\d{2}-\d{2}T\d{6}Z\.sqlite$/) });
    const backupFile = backedUp.lastFile!;
    expect(await health(first)).toMatchObject({ state: 'ok', lastSuccessAt: backedUp.lastSuccessAt!.toISOString(), error: null });

    // The backup holds the number, but not the key (in any spelling) nor the person's РНОКПП or name.
    const bytes = await readFile(backupFile);
    expect(bytes.includes(Buffer.from(number))).toBe(true);
    for (const secret of [key.toString('hex'), key.toString('hex').toUpperCase(), key.toString('base64'), key.toString('base64url'), rnokpp]) {
      expect(bytes.includes(Buffer.from(secret)), `"${secret}" is in the backup`).toBe(false);
    }
    expect(bytes.includes(key), 'the raw key is in the backup').toBe(false);
    const surname = String(applied.answers!['surname'] ?? '');
    if (surname.length >= 3) expect(bytes.includes(Buffer.from(surname))).toBe(false);

    // The central system comes back and gets it; then the disk dies.
    simulator.setFaults(NO_FAULTS);
    first.worker.wake();
    await eventually(async () => (await first.forwardingState()).pending === 0, 30_000);
    expect(await casesFor(number)).toHaveLength(1);
    await stopKiosk(first);
    await rm(dataDir, { recursive: true, force: true });

    // Restored with the key kept elsewhere: the backup still has it waiting to be forwarded.
    const restored = await runRestore(backupFile, { KIOSK_DATA_DIR: dataDir, KIOSK_DATA_KEY: key.toString('base64') });
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toContain('Restored');
    expect(restored.output).toMatch(/applications: +1 \(1 not yet forwarded/);
    expect(existsSync(path.join(dataDir, DATA_KEY_FILE))).toBe(false); // no new key was made

    const second = await startKiosk(dataDir, key.toString('hex'), undefined);
    const back = (await findApplicationByNumber(second.store, number))!;
    expect(back.answers).toEqual(applied.answers);
    second.worker.wake();
    await eventually(async () => (await second.forwardingState()).pending === 0, 30_000);
    // Sent again under its idempotency key: still one case for that number.
    const cases = await casesFor(number);
    expect(cases).toHaveLength(1);
    expect(new Set((await simulator.cases()).map((c) => c.idempotencyKey)).size).toBe((await simulator.cases()).length);
  });
});

describe('the backup folder', () => {
  it('keeps the last BACKUP_KEEP backups, and is read at start for when the newest was made', async () => {
    const clock = new TestClock(new Date('2026-12-03T07:15:00Z'));
    const backupDir = await folder('keep');
    const settings = { dir: backupDir, intervalMs: HOURLY, keep: 3 };
    const server = await startKiosk(await folder('data'), undefined, settings, { clock });
    await commitMany(server.store, 3);
    await server.backupNow(); // the one made at start is under way or done: this one follows it
    for (let i = 1; i <= 4; i++) {
      clock.advance(60_000);
      await server.backupNow();
    }
    const names = (await readdir(backupDir)).sort();
    expect(names).toEqual(['vikno-K01-2026-12-03T071700Z.sqlite', 'vikno-K01-2026-12-03T071800Z.sqlite', 'vikno-K01-2026-12-03T071900Z.sqlite']);
    expect(server.backupStatus()).toMatchObject({ state: 'ok', lastSuccessAt: new Date('2026-12-03T07:19:00Z') });
    expect((await stat(path.join(backupDir, names[0]!))).mode & 0o777).toBe(0o600);
    await stopKiosk(server);
    clock.advance(60_000);

    // Another kiosk's files and anything else in the folder are never pruned.
    await writeFile(path.join(backupDir, 'vikno-K02-2026-01-01T000000Z.sqlite'), 'another kiosk');
    await writeFile(path.join(backupDir, 'notes.txt'), 'a person wrote this');
    // Started again: the newest backup's time is known before the next one is made.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const again = await startKiosk(await folder('data'), undefined, { ...settings, copy: { afterStep: () => held, pagesPerStep: 1 } }, { clock });
    // The backup at start is held midway: the time comes from the folder.
    expect(again.backupStatus()).toMatchObject({ state: 'ok', lastSuccessAt: new Date('2026-12-03T07:19:00Z') });
    release();
    expect(await again.backupNow()).toMatchObject({ state: 'ok', lastSuccessAt: new Date('2026-12-03T07:20:00Z') });
    expect((await readdir(backupDir)).sort()).toEqual([
      'notes.txt',
      'vikno-K01-2026-12-03T071800Z.sqlite',
      'vikno-K01-2026-12-03T071900Z.sqlite',
      'vikno-K01-2026-12-03T072000Z.sqlite',
      'vikno-K02-2026-01-01T000000Z.sqlite',
    ]);
  });

  it('a backup that fails is an alert on the staff console and on /healthz, until the next one works', async () => {
    const backupDir = path.join(dir, `not-a-folder-${randomBytes(4).toString('hex')}`);
    await writeFile(backupDir, 'this is a file, not a folder');
    const server = await startKiosk(await folder('data'), undefined, { dir: backupDir, intervalMs: HOURLY, keep: 5 });
    await saveHashedStaffAccount(server.db, TEST_STAFF.login, await hashPassword(TEST_STAFF.password), 'staff', new Date());
    await server.backupNow();
    expect(await health(server)).toMatchObject({ state: 'failing', lastSuccessAt: null, error: expect.stringContaining('is not a folder') });
    expect((await (await fetch(`${server.url}/healthz`)).json()).status).toBe('ok'); // the kiosk still serves people
    expect(await backupMetrics(server)).toEqual({ failing: 1, ageSeconds: expect.any(Number) });

    const states: BackupState[] = [];
    const staff = await connectStaff(server.url, (s) => s.on('backup:status', (state) => states.push(state)));
    try {
      // A console that connects hears the state at once.
      await eventually(() => states.find((s) => s.state === 'failing' && s.error?.includes(backupDir)));
      const failingSince = server.backupStatus().failingSince!;

      // The folder is gone altogether (a stick pulled out): still failing, since the first failure.
      await rm(backupDir);
      expect(await server.backupNow()).toMatchObject({ state: 'failing', lastError: expect.stringContaining('does not exist'), failingSince });
      await eventually(() => states.find((s) => s.error?.includes('does not exist')));
      expect(await health(server)).toMatchObject({ state: 'failing', error: expect.stringContaining('is its disk or USB stick plugged in') });

      // Back: the next backup works, and everybody is told.
      await mkdir(backupDir);
      const ok = await server.backupNow();
      expect(ok).toMatchObject({ state: 'ok', lastSuccessAt: expect.any(Date) });
      expect(ok.lastError).toBeUndefined();
      await eventually(() => states.at(-1)?.state === 'ok');
      expect(states.at(-1)).toEqual({ kioskId: 'K01', state: 'ok', lastSuccessAt: ok.lastSuccessAt!.toISOString(), error: null, failingSince: null });
      expect(await health(server)).toEqual({ state: 'ok', lastSuccessAt: ok.lastSuccessAt!.toISOString(), error: null, failingSince: null });
      expect(await readdir(backupDir)).toHaveLength(1);
      // The region's Prometheus sees the same (the server's own clock: the backup was just made).
      const scraped = await backupMetrics(server);
      expect(scraped.failing).toBe(0);
      expect(scraped.ageSeconds).toBeLessThan(60);
    } finally {
      staff.disconnect();
    }
  });

  it('a backup folder that is full says so, leaves no half file, and works again once there is room', async () => {
    const backupDir = await folder('full');
    // A real small filesystem where the test may mount one (root with the capability); a full disk as a fault otherwise.
    const small = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', backupDir]).status === 0;
    let full = true;
    const server = await startKiosk(await folder('data'), undefined, {
      dir: backupDir,
      intervalMs: HOURLY,
      keep: 5,
      ...(!small && {
        copy: {
          pagesPerStep: 4,
          afterStep: () => {
            if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
        },
      }),
    });
    try {
      await commitMany(server.store, 30);
      expect(await server.backupNow()).toMatchObject({ state: 'failing', lastError: `the backup folder ${backupDir} is full` });
      expect(await health(server)).toMatchObject({ state: 'failing', error: `the backup folder ${backupDir} is full` });
      expect(await readdir(backupDir)).toEqual([]);

      if (small) spawnSync('mount', ['-o', 'remount,size=8m', backupDir]);
      full = false;
      expect(await server.backupNow()).toMatchObject({ state: 'ok' });
      expect(await readdir(backupDir)).toHaveLength(1);
    } finally {
      await stopKiosk(server);
      if (small) spawnSync('umount', [backupDir]);
    }
  });

  it('a copy that fails midway leaves no file behind, and the next one is whole', async () => {
    const backupDir = await folder('atomic');
    let fail = false;
    let steps = 0;
    const server = await startKiosk(await folder('data'), undefined, {
      dir: backupDir,
      intervalMs: HOURLY,
      keep: 5,
      // One page a step, and a step that fails once a few pages are written.
      copy: {
        pagesPerStep: 1,
        afterStep: ({ remaining }) => {
          steps++;
          if (fail && remaining > 0 && steps % 4 === 0) throw new Error('the disk went away midway');
        },
      },
    });
    await server.backupNow();
    await commitMany(server.store, 20);
    await rm(backupDir, { recursive: true });
    await mkdir(backupDir);
    fail = true;
    steps = 0;
    const failed = await server.backupNow();
    expect(failed).toMatchObject({ state: 'failing', lastError: expect.stringContaining('the disk went away midway') });
    expect(steps).toBe(4); // it stopped midway, with pages still to copy
    expect(await readdir(backupDir)).toEqual([]);

    // What a crash in the middle of a copy would leave: cleared by the next backup.
    await writeFile(path.join(backupDir, '.vikno-K01-2026-01-01T000000Z.sqlite.partial'), 'half');
    await writeFile(path.join(backupDir, '.vikno-K01-2026-01-01T000000Z.sqlite.partial-journal'), 'half');
    fail = false;
    const ok = await server.backupNow();
    expect(ok.state).toBe('ok');
    expect(await readdir(backupDir)).toEqual([path.basename(ok.lastFile!)]);
    const checked = await Database.open(ok.lastFile!);
    try {
      expect(await checked.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await checked.get('SELECT COUNT(*) AS n FROM applications')).toEqual({ n: 20 });
    } finally {
      await checked.close();
    }
  });
});

describe('npm run restore', () => {
  let backupFile: string;
  let originalDataDir: string;
  const key = randomBytes(32).toString('hex');
  let numbers: string[];

  beforeAll(async () => {
    originalDataDir = await folder('original');
    const server = await startKiosk(originalDataDir, key, { dir: await folder('made'), intervalMs: HOURLY, keep: 5 });
    numbers = (await commitMany(server.store, 2)).map((a) => a.number);
    // A person in the middle of a visit when the backup is made: the backup has their visit, sealed.
    const kiosk = await connectClient(server.url);
    await startVisit(kiosk, ['one-time-aid']);
    await eventually(async () => ((await server.store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM visits_in_progress'))!.n === 1 ? true : undefined));
    backupFile = (await server.backupNow()).lastFile!;
    kiosk.disconnect();
    await stopKiosk(server);
  });

  it(
    'refuses, with a message for each and exit code 1: a folder with a database, a damaged file, a file that is no database, a wrong key, no key',
    { timeout: 60_000 },
    async () => {
      const damaged = path.join(await folder('damaged'), 'damaged.sqlite');
      const bytes = await readFile(backupFile);
      // The header stays; pages after it are overwritten.
      randomBytes(bytes.length - 8192).copy(bytes, 8192);
      await writeFile(damaged, bytes);
      // Only the applications table's page zeroed: the header and the schema are whole, the integrity check fails.
      const tablePageZeroed = path.join(path.dirname(damaged), 'table-page.sqlite');
      await copyFile(backupFile, tablePageZeroed);
      const probe = await Database.open(tablePageZeroed);
      const { rootpage } = (await probe.get<{ rootpage: number }>("SELECT rootpage FROM sqlite_master WHERE name = 'applications'"))!;
      const { page_size: pageSize } = (await probe.get<{ page_size: number }>('PRAGMA page_size'))!;
      await probe.close();
      const whole = await readFile(tablePageZeroed);
      whole.fill(0, (rootpage - 1) * pageSize, rootpage * pageSize);
      await writeFile(tablePageZeroed, whole);
      const notDatabase = path.join(await folder('text'), 'notes.sqlite');
      await writeFile(notDatabase, 'not a database at all, just some words in a file that is long enough to be read as one '.repeat(20));
      const wrongKeyFileDir = await folder('wrong-key-file');
      await writeFile(path.join(wrongKeyFileDir, DATA_KEY_FILE), `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
      const cases: { name: string; file: string; env: Record<string, string>; message: RegExp; dataDir: string }[] = [
        {
          name: 'non-empty',
          file: backupFile,
          dataDir: originalDataDir,
          env: { KIOSK_DATA_KEY: key },
          message: /already has a database \(kiosk\.sqlite\).*only into an empty data folder/,
        },
        {
          name: 'damaged',
          file: damaged,
          dataDir: await folder('into-damaged'),
          env: { KIOSK_DATA_KEY: key },
          message: /damaged\.sqlite is damaged: SQLite cannot read it/,
        },
        {
          name: 'table page',
          file: tablePageZeroed,
          dataDir: await folder('into-table-page'),
          env: { KIOSK_DATA_KEY: key },
          message: /table-page\.sqlite is damaged/,
        },
        { name: 'not sqlite', file: notDatabase, dataDir: await folder('into-text'), env: { KIOSK_DATA_KEY: key }, message: /is not an SQLite database/ },
        {
          name: 'wrong key',
          file: backupFile,
          dataDir: await folder('into-wrong'),
          env: { KIOSK_DATA_KEY: randomBytes(32).toString('hex') },
          message: /does not open with this key.*KIOSK_DATA_KEY\) is not the key/,
        },
        { name: 'wrong key file', file: backupFile, dataDir: wrongKeyFileDir, env: {}, message: /does not open with this key.*data\.key\) is not the key/ },
        {
          name: 'no key',
          file: backupFile,
          dataDir: await folder('into-nokey'),
          env: {},
          message: /no data key: put the key .*data\.key \(or set KIOSK_DATA_KEY\) first/,
        },
        {
          name: 'missing file',
          file: path.join(dir, 'no-such-backup.sqlite'),
          dataDir: await folder('into-missing'),
          env: { KIOSK_DATA_KEY: key },
          message: /does not exist/,
        },
      ];
      const results = await Promise.all(cases.map((c) => runRestore(c.file, { KIOSK_DATA_DIR: c.dataDir, ...c.env })));
      for (const [i, c] of cases.entries()) {
        const { code, output } = results[i]!;
        expect(code, `${c.name}: ${output}`).toBe(1);
        expect(output, c.name).toMatch(/^Vikno cannot restore: /m);
        expect(output, c.name).toMatch(c.message);
        // Nothing was put in the folder (the one that had a database keeps its own).
        const left = await readdir(c.dataDir);
        expect(
          left.filter((name) => name.startsWith('.')),
          c.name,
        ).toEqual([]);
        if (c.dataDir !== originalDataDir)
          expect(
            left.filter((name) => name.includes(DATABASE_FILE)),
            c.name,
          ).toEqual([]);
      }
    },
  );

  it('restores into an empty folder with the key file the person put there first, and the kiosk opens it', { timeout: 30_000 }, async () => {
    const dataDir = await folder('restored');
    await writeFile(path.join(dataDir, DATA_KEY_FILE), `${key}\n`, { mode: 0o600 });
    const copied = path.join(await folder('stick'), path.basename(backupFile));
    await copyFile(backupFile, copied);
    const before = await readFile(copied);
    const { code, output } = await runRestore(copied, { KIOSK_DATA_DIR: dataDir });
    expect(code, output).toBe(0);
    expect(output).toMatch(/applications: +2 /);
    expect(output).toContain(`go on ${RESTORE_NUMBER_GAP} past the last in the backup`);
    expect(output).toMatch(/visits: +1 in progress when the backup was made, dropped/);
    expect(await readFile(copied)).toEqual(before); // the backup itself is untouched
    expect((await readdir(dataDir)).sort()).toEqual([DATA_KEY_FILE, DATABASE_FILE]);
    const { store, keyOrigin } = await openKioskStore(dataDir, undefined);
    try {
      expect(keyOrigin).toBe('key file');
      // The visit the backup caught in progress is not brought back: nobody is at that screen any more.
      expect(await store.db.get('SELECT COUNT(*) AS n FROM visits_in_progress')).toEqual({ n: 0 });
      for (const number of numbers) expect((await findApplicationByNumber(store, number))!.answers).not.toBeNull();
      // Numbering goes on well past the backup's last number: numbers given after the backup are never given twice.
      const year = kyivYear(new Date());
      const thisYear = numbers.filter((n) => n.startsWith(`K01-${year}-`)).length;
      expect(await store.db.get('SELECT last FROM application_numbers WHERE kiosk_id = ? AND year = ?', ['K01', year])).toEqual({
        last: thisYear + RESTORE_NUMBER_GAP,
      });
    } finally {
      await store.db.close();
    }
  });
});
