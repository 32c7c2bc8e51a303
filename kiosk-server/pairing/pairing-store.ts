// The pairing tables (migration 9): codes waiting to be typed, and the screens paired with them.
import type { Database, Sql } from '../store/database.ts';

export interface PairingCodeRow {
  kiosk_id: string;
  issued_by: string;
  expires_at: string;
}

export interface PairedScreenRow {
  id: number;
  kiosk_id: string;
  paired_by: string;
  paired_at: string;
  last_seen_at: string | null;
}

/** Codes used or expired are of no more use: dropped whenever a new one is issued. */
export async function dropDeadCodes(db: Sql, now: Date): Promise<void> {
  await db.run('DELETE FROM pairing_codes WHERE used_at IS NOT NULL OR expires_at <= ?', [now.toISOString()]);
}

/** Saves a code; false when a live code already has the same hash (the caller draws another). */
export async function saveCode(db: Sql, codeHash: string, kioskId: string, issuedBy: string, now: Date, expiresAt: Date): Promise<boolean> {
  const { changes } = await db.run('INSERT OR IGNORE INTO pairing_codes (code_hash, kiosk_id, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
    codeHash,
    kioskId,
    issuedBy,
    now.toISOString(),
    expiresAt.toISOString(),
  ]);
  return changes === 1;
}

/** Marks a live code used and pairs the screen in one transaction; undefined when the code is not (or no longer) live. */
export async function useCode(
  db: Database,
  codeHash: string,
  secretHash: string,
  now: Date,
): Promise<{ screenId: number; kioskId: string; pairedBy: string } | undefined> {
  return db.transaction(async (tx) => {
    const code = await tx.get<PairingCodeRow>('SELECT kiosk_id, issued_by, expires_at FROM pairing_codes WHERE code_hash = ? AND used_at IS NULL', [codeHash]);
    if (!code || Date.parse(code.expires_at) <= now.getTime()) return undefined;
    await tx.run('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?', [now.toISOString(), codeHash]);
    const at = now.toISOString();
    const { lastID } = await tx.run('INSERT INTO paired_screens (secret_hash, kiosk_id, paired_by, paired_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [
      secretHash,
      code.kiosk_id,
      code.issued_by,
      at,
      at,
    ]);
    return { screenId: lastID, kioskId: code.kiosk_id, pairedBy: code.issued_by };
  });
}

export const screenBySecret = (db: Sql, secretHash: string) =>
  db.get<PairedScreenRow>('SELECT id, kiosk_id, paired_by, paired_at, last_seen_at FROM paired_screens WHERE secret_hash = ?', [secretHash]);

export const screenById = (db: Sql, id: number) =>
  db.get<PairedScreenRow>('SELECT id, kiosk_id, paired_by, paired_at, last_seen_at FROM paired_screens WHERE id = ?', [id]);

export const allScreens = (db: Sql) =>
  db.all<PairedScreenRow>('SELECT id, kiosk_id, paired_by, paired_at, last_seen_at FROM paired_screens ORDER BY kiosk_id, paired_at');

export async function touchScreen(db: Sql, id: number, now: Date): Promise<void> {
  await db.run('UPDATE paired_screens SET last_seen_at = ? WHERE id = ?', [now.toISOString(), id]);
}

export async function deleteScreen(db: Sql, id: number): Promise<boolean> {
  return (await db.run('DELETE FROM paired_screens WHERE id = ?', [id])).changes === 1;
}
