// The key that seals personal data in the kiosk's database: from KIOSK_DATA_KEY, or from a key file made on first start.
// A key that is missing or wrong stops the start with a message; it never starts over with a new key (the data sealed
// with the old one would be lost without a word).
import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './database.ts';
import { DATA_KEY_BYTES, sealerFor, SealError, type Sealer } from './sealed.ts';

/** What the key check seals: opening it proves the key is the one the data was sealed with. */
const KEY_CHECK_TEXT = 'vikno data key check';
const KEY_CHECK_BINDING = 'kiosk_meta:data_key_check';
const OWNER_ONLY = 0o600;

export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

/** 64 hex digits or base64 of 32 bytes. */
export function parseDataKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)
      ? Buffer.from(trimmed, 'base64')
      : undefined;
  if (!key || key.length !== DATA_KEY_BYTES) {
    throw new DataKeyError(
      `${where} is not a data key: it must be ${DATA_KEY_BYTES} random bytes written as 64 hex digits or in base64 (make one with: openssl rand -hex 32)`,
    );
  }
  return key;
}

export interface DataKeySource {
  /** KIOSK_DATA_KEY, when set. */
  envKey: string | undefined;
  /** Where the key is kept when KIOSK_DATA_KEY is not set. */
  keyFile: string;
}

export type DataKeyOrigin = 'KIOSK_DATA_KEY' | 'key file' | 'new key file';

async function readKeyFile(keyFile: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataKeyError(`the data key file ${keyFile} cannot be read: ${(error as Error).message}`);
  }
  // Only the kiosk's own user may read it: tighten a copy restored with looser rights.
  if (((await stat(keyFile)).mode & 0o077) !== 0) await chmod(keyFile, OWNER_ONLY);
  return parseDataKey(text, `the data key file ${keyFile}`);
}

async function readKeyCheck(db: Database): Promise<string | undefined> {
  const table = await db.get<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kiosk_meta'");
  if (!table) return undefined;
  return (await db.get<{ value: string }>("SELECT value FROM kiosk_meta WHERE name = 'data_key_check'"))?.value;
}

/** Anything sealed already (even without a key check, which a crash could have kept from being written)? */
async function holdsSealedData(db: Database): Promise<boolean> {
  const columns = await db.all<{ name: string }>("SELECT name FROM pragma_table_info('applications')");
  if (!columns.some((c) => c.name === 'answers_sealed')) return false;
  const row = await db.get<{ sealed: number }>(
    'SELECT EXISTS (SELECT 1 FROM applications WHERE answers_sealed IS NOT NULL) OR EXISTS (SELECT 1 FROM outbox WHERE payload_sealed IS NOT NULL) AS sealed',
  );
  return row?.sealed === 1;
}

/** Writes the new key and makes sure it is on disk, with its directory entry, before anything is sealed with it. */
async function writeKeyFile(keyFile: string, key: Buffer): Promise<void> {
  // 'wx': never overwrite a key file that appeared meanwhile.
  const file = await open(keyFile, 'wx', OWNER_ONLY);
  try {
    await file.writeFile(`${key.toString('hex')}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  const folder = await open(path.dirname(keyFile), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * Finds the data key and proves it opens this database. A new key file (mode 0600) is made only for a database that has
 * never sealed anything. Call `recordKeyCheck` once the schema is migrated.
 */
export async function openDataKey(
  db: Database,
  source: DataKeySource,
): Promise<{ sealer: Sealer; origin: DataKeyOrigin; keyCheck: string; recordKeyCheck: () => Promise<void> }> {
  const check = await readKeyCheck(db);
  let key: Buffer | undefined;
  let origin: DataKeyOrigin;
  if (source.envKey) {
    key = parseDataKey(source.envKey, 'KIOSK_DATA_KEY');
    origin = 'KIOSK_DATA_KEY';
  } else {
    key = await readKeyFile(source.keyFile);
    origin = 'key file';
    if (!key && (check || (await holdsSealedData(db)))) {
      throw new DataKeyError(
        `the data in this kiosk's database is sealed, and its key is not here: put back the key file ${source.keyFile} or set KIOSK_DATA_KEY to the key it was set up with`,
      );
    }
    if (!key) {
      key = randomBytes(DATA_KEY_BYTES);
      await writeKeyFile(source.keyFile, key);
      origin = 'new key file';
    }
  }
  const sealer = sealerFor(key);
  if (check) {
    try {
      sealer.open(check, KEY_CHECK_BINDING);
    } catch (error) {
      if (!(error instanceof SealError)) throw error;
      throw new DataKeyError(
        `the data key (${origin === 'KIOSK_DATA_KEY' ? 'KIOSK_DATA_KEY' : source.keyFile}) is not the key this kiosk's data was sealed with: set the key it was set up with`,
      );
    }
  }
  const keyCheck = check ?? sealer.seal(KEY_CHECK_TEXT, KEY_CHECK_BINDING);
  return {
    sealer,
    origin,
    // Migration 5 writes it in the transaction that first seals anything; this is for a store migrated without it.
    keyCheck,
    recordKeyCheck: async () => {
      if (!check) await db.run("INSERT OR IGNORE INTO kiosk_meta (name, value) VALUES ('data_key_check', ?)", [keyCheck]);
    },
  };
}
