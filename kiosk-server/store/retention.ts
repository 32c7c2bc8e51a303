// Personal data is kept only as long as it may be needed after the central system has the case: then it is deleted.
// The number, service, dates and status stay, so the status can still be checked.
import type { Database } from './database.ts';

export const DEFAULT_RETENTION_DAYS = 30;

/** Deletes the answers of applications the central system accepted more than `retentionMs` ago; returns how many. */
export async function deleteExpiredPersonalData(db: Database, now: Date, retentionMs: number): Promise<number> {
  const { changes } = await db.run(
    `UPDATE applications SET answers_sealed = NULL, personal_data_deleted_at = ?
     WHERE answers_sealed IS NOT NULL
       AND id IN (SELECT application_id FROM outbox WHERE forwarded_at IS NOT NULL AND forwarded_at <= ?)`,
    [now.toISOString(), new Date(now.getTime() - retentionMs).toISOString()],
  );
  return changes;
}
