// The paired screens (migration 9; the codes waiting to be typed are kept in memory only: pairing-codes.ts).
import type { Sql } from '../store/database.ts';

export interface PairedScreenRow {
  id: number;
  kiosk_id: string;
  paired_by: string;
  paired_at: string;
  last_seen_at: string | null;
}

/** A screen paired with a code: its id. */
export async function addScreen(db: Sql, secretHash: string, kioskId: string, pairedBy: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const { lastID } = await db.run('INSERT INTO paired_screens (secret_hash, kiosk_id, paired_by, paired_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [
    secretHash,
    kioskId,
    pairedBy,
    at,
    at,
  ]);
  return lastID;
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
