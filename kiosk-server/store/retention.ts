// Personal data is kept only as long as it may be needed after the central system has the case: then it is deleted.
// The number, service, dates and status stay, so the status can still be checked.
import type { Database } from './database.ts';

export const DEFAULT_RETENTION_DAYS = 30;

/**
 * Deletes the answers of applications the central system accepted, or the desk refused, more than `retentionMs` ago
 * (with the acceptance record, which holds corrected values); returns how many.
 */
export async function deleteExpiredPersonalData(db: Database, now: Date, retentionMs: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionMs).toISOString();
  const { changes } = await db.run(
    `UPDATE applications SET answers_sealed = NULL, acceptance_sealed = NULL, personal_data_deleted_at = ?
     WHERE answers_sealed IS NOT NULL
       AND (id IN (SELECT application_id FROM outbox WHERE forwarded_at IS NOT NULL AND forwarded_at <= ?)
            OR (acceptance = 'refused' AND acceptance_changed_at <= ?))`,
    [now.toISOString(), cutoff, cutoff],
  );
  return changes;
}
