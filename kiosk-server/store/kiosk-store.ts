// The kiosk's database and the key that seals the personal data in it, opened together at start.
import path from 'node:path';
import { Database } from './database.ts';
import { openDataKey, type DataKeyOrigin } from './data-key.ts';
import { migrate } from './migrations.ts';
import type { Sealer } from './sealed.ts';

export interface KioskStore {
  db: Database;
  /** Seals answers and payloads; each value is bound to its row (`applications:<id>`, `outbox:<application id>`). */
  sealer: Sealer;
}

export const DATABASE_FILE = 'kiosk.sqlite';
export const DATA_KEY_FILE = 'data.key';

/** Opens (or creates) the store in the data folder; a missing or wrong data key is an error, never a fresh start. */
export async function openKioskStore(dataDir: string, envKey: string | undefined): Promise<{ store: KioskStore; keyOrigin: DataKeyOrigin }> {
  const db = await Database.open(path.join(dataDir, DATABASE_FILE));
  try {
    const { sealer, origin, keyCheck, recordKeyCheck } = await openDataKey(db, { envKey, keyFile: path.join(dataDir, DATA_KEY_FILE) });
    await migrate(db, { sealer, keyCheck });
    await recordKeyCheck();
    // Old page images in the log (from before sealing, or of deleted data) are not left lying in the -wal file.
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return { store: { db, sealer }, keyOrigin: origin };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
