// Backups that restore: a backup made while an application waits for the central system, the data folder lost, and
// `npm run restore -- FILE` putting the backup back into an empty folder, after which the application is there and
// reaches the central system exactly once; and each backup the restore refuses, with its message.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';
import { kyivYear } from '../../content/kyiv-time.ts';
import { RESTORE_NUMBER_GAP } from '../../kiosk-server/backup/restore.ts';
import { NO_FAULTS } from '../../kiosk-server/central/faults.ts';
import { findApplicationByNumber } from '../../kiosk-server/store/applications.ts';
import { Database } from '../../kiosk-server/store/database.ts';
import { DATA_KEY_FILE, DATABASE_FILE, openKioskStore } from '../../kiosk-server/store/kiosk-store.ts';
import { commitMany } from '../support/applications.ts';
import { HOURLY, runRestore, useBackupKiosks } from '../support/backup-kiosks.ts';
import { connectClient, eventually, request } from '../support/kiosk.ts';
import { answerUntilCheck, startVisit } from '../support/socket-walk.ts';

const kiosks = useBackupKiosks();

describe('a backup restored after the data folder is lost', () => {
  it('brings the application back, forwarded exactly once, and holds neither the key nor any answer in clear', { timeout: 90_000 }, async () => {
    const key = randomBytes(32);
    const dataDir = path.join(await kiosks.folder('kiosk'), 'var');
    const backupDir = await kiosks.folder('backups');
    // The central system is down: the application is backed up before it is forwarded.
    kiosks.simulator.setFaults({ ...NO_FAULTS, down: true });
    const first = await kiosks.startKiosk(dataDir, key.toString('hex'), { dir: backupDir, intervalMs: HOURLY, keep: 10 });

    const client = await connectClient(first.url);
    let number: string;
    try {
      const { sessionId, view } = await startVisit(client, ['one-time-aid']);
      await answerUntilCheck(client, await loadCatalogue(), sessionId, view);
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
    expect(await kiosks.health(first)).toMatchObject({ state: 'ok', lastSuccessAt: backedUp.lastSuccessAt!.toISOString(), error: null });

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
    kiosks.simulator.setFaults(NO_FAULTS);
    first.worker.wake();
    await eventually(async () => (await first.forwardingState()).pending === 0, 30_000);
    expect(await kiosks.casesFor(number)).toHaveLength(1);
    await kiosks.stopKiosk(first);
    await rm(dataDir, { recursive: true, force: true });

    // Restored with the key kept elsewhere: the backup still has it waiting to be forwarded.
    const restored = await runRestore(backupFile, { KIOSK_DATA_DIR: dataDir, KIOSK_DATA_KEY: key.toString('base64') });
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toContain('Restored');
    expect(restored.output).toMatch(/applications: +1 \(1 not yet forwarded/);
    expect(existsSync(path.join(dataDir, DATA_KEY_FILE))).toBe(false); // no new key was made

    const second = await kiosks.startKiosk(dataDir, key.toString('hex'), undefined);
    const back = (await findApplicationByNumber(second.store, number))!;
    expect(back.answers).toEqual(applied.answers);
    second.worker.wake();
    await eventually(async () => (await second.forwardingState()).pending === 0, 30_000);
    // Sent again under its idempotency key: still one case for that number.
    const cases = await kiosks.casesFor(number);
    expect(cases).toHaveLength(1);
    expect(new Set((await kiosks.simulator.cases()).map((c) => c.idempotencyKey)).size).toBe((await kiosks.simulator.cases()).length);
  });
});

describe('npm run restore', () => {
  let backupFile: string;
  let originalDataDir: string;
  const key = randomBytes(32).toString('hex');
  let numbers: string[];

  beforeAll(async () => {
    originalDataDir = await kiosks.folder('original');
    const server = await kiosks.startKiosk(originalDataDir, key, { dir: await kiosks.folder('made'), intervalMs: HOURLY, keep: 5 });
    numbers = (await commitMany(server.store, 2)).map((a) => a.number);
    // A person in the middle of a visit when the backup is made: the backup has their visit, sealed.
    const kiosk = await connectClient(server.url);
    await startVisit(kiosk, ['one-time-aid']);
    await eventually(async () => ((await server.store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM visits_in_progress'))!.n === 1 ? true : undefined));
    backupFile = (await server.backupNow()).lastFile!;
    kiosk.disconnect();
    await kiosks.stopKiosk(server);
  });

  it(
    'refuses, with a message for each and exit code 1: a folder with a database, a damaged file, a file that is no database, a wrong key, no key',
    { timeout: 60_000 },
    async () => {
      const damaged = path.join(await kiosks.folder('damaged'), 'damaged.sqlite');
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
      const notDatabase = path.join(await kiosks.folder('text'), 'notes.sqlite');
      await writeFile(notDatabase, 'not a database at all, just some words in a file that is long enough to be read as one '.repeat(20));
      const wrongKeyFileDir = await kiosks.folder('wrong-key-file');
      await writeFile(path.join(wrongKeyFileDir, DATA_KEY_FILE), `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
      // A database name that a check by stat misses (a link to nothing): what a kiosk starting during the restore would
      // leave. The restore must not replace it.
      const takenDir = await kiosks.folder('taken');
      await symlink('made-meanwhile.sqlite', path.join(takenDir, DATABASE_FILE));
      const cases: { name: string; file: string; env: Record<string, string>; message: RegExp; dataDir: string }[] = [
        {
          name: 'non-empty',
          file: backupFile,
          dataDir: originalDataDir,
          env: { KIOSK_DATA_KEY: key },
          message: /already has a database \(kiosk\.sqlite\).*only into an empty data folder/,
        },
        {
          name: 'taken meanwhile',
          file: backupFile,
          dataDir: takenDir,
          env: { KIOSK_DATA_KEY: key },
          message: /already has a database \(kiosk\.sqlite\).*only into an empty data folder/,
        },
        {
          name: 'damaged',
          file: damaged,
          dataDir: await kiosks.folder('into-damaged'),
          env: { KIOSK_DATA_KEY: key },
          message: /damaged\.sqlite is damaged: SQLite cannot read it/,
        },
        {
          name: 'table page',
          file: tablePageZeroed,
          dataDir: await kiosks.folder('into-table-page'),
          env: { KIOSK_DATA_KEY: key },
          message: /table-page\.sqlite is damaged/,
        },
        {
          name: 'not sqlite',
          file: notDatabase,
          dataDir: await kiosks.folder('into-text'),
          env: { KIOSK_DATA_KEY: key },
          message: /is not an SQLite database/,
        },
        {
          name: 'wrong key',
          file: backupFile,
          dataDir: await kiosks.folder('into-wrong'),
          env: { KIOSK_DATA_KEY: randomBytes(32).toString('hex') },
          message: /does not open with this key.*KIOSK_DATA_KEY\) is not the key/,
        },
        { name: 'wrong key file', file: backupFile, dataDir: wrongKeyFileDir, env: {}, message: /does not open with this key.*data\.key\) is not the key/ },
        {
          name: 'no key',
          file: backupFile,
          dataDir: await kiosks.folder('into-nokey'),
          env: {},
          message: /no data key: put the key .*data\.key \(or set KIOSK_DATA_KEY\) first/,
        },
        {
          name: 'missing file',
          file: path.join(kiosks.dir, 'no-such-backup.sqlite'),
          dataDir: await kiosks.folder('into-missing'),
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
        if (c.dataDir !== originalDataDir && c.dataDir !== takenDir)
          expect(
            left.filter((name) => name.includes(DATABASE_FILE)),
            c.name,
          ).toEqual([]);
      }
      expect(await readlink(path.join(takenDir, DATABASE_FILE))).toBe('made-meanwhile.sqlite');
    },
  );

  it('restores into an empty folder with the key file the person put there first, and the kiosk opens it', { timeout: 30_000 }, async () => {
    const dataDir = await kiosks.folder('restored');
    await writeFile(path.join(dataDir, DATA_KEY_FILE), `${key}\n`, { mode: 0o600 });
    const copied = path.join(await kiosks.folder('stick'), path.basename(backupFile));
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
