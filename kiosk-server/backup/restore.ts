// Puts a backup back as the kiosk's database, into an empty data folder, after checking it: it opens as SQLite, passes
// SQLite's integrity check, is a kiosk's database this version of Vikno can run, and opens with the data key. The copy
// is checked under a temporary name in the data folder and linked to the database's name only when every check passed.
import { copyFile, link, mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { kyivYear } from '../../content/kyiv-time.ts';
import { Database } from '../store/database.ts';
import { DataKeyError, openDataKey, type DataKeyOrigin } from '../store/data-key.ts';
import { DATA_KEY_FILE, DATABASE_FILE } from '../store/kiosk-store.ts';
import { MIGRATIONS } from '../store/migrations.ts';

/** The name the copy is checked under: not the database's, so a kiosk started meanwhile never sees a half-checked one. */
const CHECKING_FILE = `.${DATABASE_FILE}.restoring`;
/**
 * Numbers given after the backup was made are not in it: the restored kiosk goes on this far past the last one it knows,
 * so no number a person was given is ever given again (a kiosk makes far fewer than this between two backups).
 */
export const RESTORE_NUMBER_GAP = 1000;
/** Integrity problems named in the message (SQLite may list many). */
const PROBLEMS_SHOWN = 3;

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface RestoreRequest {
  /** The backup file. */
  file: string;
  /** KIOSK_DATA_DIR: must hold no database. */
  dataDir: string;
  /** KIOSK_DATA_KEY; without it, data.key must already be in the data folder. */
  envKey: string | undefined;
}

export interface RestoreResult {
  database: string;
  schemaVersion: number;
  applications: number;
  /** Applications whose outbox row is not forwarded yet: the kiosk sends them again (the central system keeps one case a key). */
  notForwarded: number;
  /** How far application numbers were moved on (RESTORE_NUMBER_GAP). */
  numbersSkipped: number;
  /** Visits that were in progress when the backup was made, dropped: their people have left (or start again). */
  visitsDropped: number;
  keyOrigin: DataKeyOrigin;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function removeChecking(dataDir: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm', '-journal']) await unlink(path.join(dataDir, `${CHECKING_FILE}${suffix}`)).catch(() => undefined);
}

/** SQLite could not read the file at all: not a database, or one too damaged to open. */
function unreadable(file: string, error: unknown): RestoreError {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'SQLITE_CORRUPT') return new RestoreError(`${file} is damaged: SQLite cannot read it (${message})`);
  return new RestoreError(`${file} is not an SQLite database (${message})`);
}

/**
 * Drops the visits the backup caught in progress (migration 10 keeps them sealed): they are from before whatever made a
 * restore necessary, so nobody is still at that screen, and a visit's answers are kept no longer than the visit.
 */
async function dropVisitsInProgress(db: Database): Promise<number> {
  const table = await db.get<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'visits_in_progress'");
  if (!table) return 0;
  const { count } = (await db.get<{ count: number }>('SELECT COUNT(*) AS count FROM visits_in_progress'))!;
  await db.run('DELETE FROM visits_in_progress');
  return count;
}

/** Moves each kiosk's numbering for this year on by RESTORE_NUMBER_GAP (from 0 when the backup is from last year). */
async function skipNumbersAhead(db: Database, now: Date): Promise<void> {
  await db.run(
    `INSERT INTO application_numbers (kiosk_id, year, last) SELECT DISTINCT kiosk_id, ?, ? FROM application_numbers WHERE true
     ON CONFLICT (kiosk_id, year) DO UPDATE SET last = last + ?`,
    [kyivYear(now), RESTORE_NUMBER_GAP, RESTORE_NUMBER_GAP],
  );
}

const alreadyHasDatabase = (dataDir: string, name: string) =>
  new RestoreError(
    `the data folder ${dataDir} already has a database (${name}): a backup is restored only into an empty data folder. Stop the kiosk, move ${DATABASE_FILE} and its -wal and -shm files out of ${dataDir}, and run the restore again`,
  );

async function checkRequest({ file, dataDir, envKey }: RestoreRequest): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new RestoreError(`the backup file ${file} does not exist`);
  if (!info.isFile()) throw new RestoreError(`${file} is not a file: name one backup, e.g. vikno-K01-2026-12-03T071502Z.sqlite`);
  for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) if (await exists(path.join(dataDir, name))) throw alreadyHasDatabase(dataDir, name);
  if (!envKey && !(await exists(path.join(dataDir, DATA_KEY_FILE)))) {
    throw new RestoreError(
      `no data key: put the key this kiosk's data was sealed with into ${path.join(dataDir, DATA_KEY_FILE)} (or set KIOSK_DATA_KEY) first. The restore never makes a new key: the backup's personal data opens only with the old one`,
    );
  }
}

/** The checks on the copy; resolves with what the restored database holds. */
async function checkCopy(db: Database, request: RestoreRequest): Promise<CheckedCopy> {
  let problems: { integrity_check: string }[];
  try {
    problems = await db.all<{ integrity_check: string }>('PRAGMA integrity_check');
  } catch (error) {
    throw unreadable(request.file, error);
  }
  if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok') {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => p.integrity_check);
    throw new RestoreError(`${request.file} is damaged: SQLite's integrity check found ${problems.length} problem(s): ${shown.join('; ')}`);
  }
  const migrations = await db.get<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
  if (!migrations) throw new RestoreError(`${request.file} is an SQLite database, but not a Vikno kiosk's (it has no schema_migrations table)`);
  const schemaVersion = (await db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations'))?.version ?? 0;
  if (schemaVersion > MIGRATIONS.length) {
    throw new RestoreError(`${request.file} was made by a newer Vikno (schema ${schemaVersion}; this one knows ${MIGRATIONS.length}): update Vikno first`);
  }
  let keyOrigin: DataKeyOrigin;
  try {
    // The store's own check: the key must open the key check sealed in the database.
    ({ origin: keyOrigin } = await openDataKey(db, { envKey: request.envKey, keyFile: path.join(request.dataDir, DATA_KEY_FILE) }));
  } catch (error) {
    if (error instanceof DataKeyError) throw new RestoreError(`the backup does not open with this key: ${error.message}`);
    throw error;
  }
  const counts = await db.get<{ applications: number; notForwarded: number }>(
    'SELECT (SELECT COUNT(*) FROM applications) AS applications, (SELECT COUNT(*) FROM outbox WHERE forwarded_at IS NULL) AS notForwarded',
  );
  return { schemaVersion, keyOrigin, applications: counts?.applications ?? 0, notForwarded: counts?.notForwarded ?? 0 };
}

type CheckedCopy = Omit<RestoreResult, 'database' | 'numbersSkipped' | 'visitsDropped'>;

export async function restoreBackup(request: RestoreRequest): Promise<RestoreResult> {
  const { dataDir } = request;
  await mkdir(dataDir, { recursive: true });
  await checkRequest(request);
  await removeChecking(dataDir);
  const checking = path.join(dataDir, CHECKING_FILE);
  // A copy: the backup itself is never opened for writing (opening sets WAL mode, and its folder may be read-only).
  await copyFile(request.file, checking);
  try {
    let result: CheckedCopy;
    let visitsDropped: number;
    let db: Database;
    try {
      db = await Database.open(checking);
    } catch (error) {
      throw unreadable(request.file, error);
    }
    try {
      result = await checkCopy(db, request);
      // Only into the copy that passed every check; the backup itself is never written.
      await skipNumbersAhead(db, new Date());
      visitsDropped = await dropVisitsInProgress(db);
      // Everything into the file itself: its -wal, under the checking name, is not renamed with it.
      await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      await db.close().catch(() => undefined);
    }
    const handle = await open(checking, 'r+');
    await handle.sync().finally(() => handle.close());
    // Checked again just before: a kiosk started meanwhile may have made a database of its own.
    await checkRequest(request);
    // A link, not a rename: it never replaces a database that appeared after that check (the checking name goes below).
    await link(checking, path.join(dataDir, DATABASE_FILE)).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? alreadyHasDatabase(dataDir, DATABASE_FILE) : error;
    });
    const folder = await open(dataDir, 'r');
    await folder.sync().finally(() => folder.close());
    return { database: path.join(dataDir, DATABASE_FILE), ...result, numbersSkipped: RESTORE_NUMBER_GAP, visitsDropped };
  } finally {
    await removeChecking(dataDir);
  }
}
