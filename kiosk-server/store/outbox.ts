import type { Database } from './database.ts';

export interface OutboxItem {
  id: number;
  applicationId: string;
  idempotencyKey: string;
  payloadJson: string;
  attempts: number;
}

export async function dueOutboxItems(db: Database, now: Date, limit: number): Promise<OutboxItem[]> {
  return db.all<OutboxItem>(
    `SELECT id, application_id AS applicationId, idempotency_key AS idempotencyKey, payload_json AS payloadJson, attempts
     FROM outbox WHERE forwarded_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
    [now.toISOString(), limit],
  );
}

export async function markForwarded(db: Database, id: number, caseId: string, at: Date): Promise<void> {
  await db.run('UPDATE outbox SET forwarded_at = ?, central_case_id = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?', [at.toISOString(), caseId, id]);
}

export async function markAttemptFailed(db: Database, id: number, error: string, nextAttemptAt: Date): Promise<void> {
  await db.run('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?', [error.slice(0, 1000), nextAttemptAt.toISOString(), id]);
}

/** The soonest time a pending item is due, so the worker can sleep until then. */
export async function nextDueAt(db: Database): Promise<Date | undefined> {
  const row = await db.get<{ at: string | null }>('SELECT MIN(next_attempt_at) AS at FROM outbox WHERE forwarded_at IS NULL');
  return row?.at ? new Date(row.at) : undefined;
}

export interface OutboxCounts {
  pending: number;
  forwarded: number;
}

export async function outboxCounts(db: Database): Promise<OutboxCounts> {
  const row = await db.get<OutboxCounts>(
    'SELECT COALESCE(SUM(forwarded_at IS NULL), 0) AS pending, COALESCE(SUM(forwarded_at IS NOT NULL), 0) AS forwarded FROM outbox',
  );
  return row ?? { pending: 0, forwarded: 0 };
}
