// The outbox: one row per application from its commit until the central case system has accepted it. Workers claim rows
// for a short lease, so two workers never send one application at the same time; every retry carries the same key.
import type { ApplicationPayload } from '../forwarding/payload.ts';
import type { CentralErrorKind } from '../forwarding/central-case-system.ts';
import { payloadBinding } from './applications.ts';
import type { Database } from './database.ts';
import type { KioskStore } from './kiosk-store.ts';

export interface OutboxItem {
  id: number;
  applicationId: string;
  applicationNumber: string;
  idempotencyKey: string;
  /** Null when the stored payload does not open (`unreadable` says why): it is not sent, and staff are told. */
  payload: ApplicationPayload | null;
  unreadable?: string;
  attempts: number;
}

interface ClaimedRow {
  id: number;
  applicationId: string;
  applicationNumber: string;
  idempotencyKey: string;
  payloadSealed: string;
  attempts: number;
}

/** Claims up to `limit` items that are due and not claimed by a live lease, longest due first (the index's own order). */
export async function claimDueItems({ db, sealer }: KioskStore, claim: { workerId: string; now: Date; leaseMs: number; limit: number }): Promise<OutboxItem[]> {
  const now = claim.now.toISOString();
  const rows = await db.transaction(async (tx) => {
    const due = await tx.all<ClaimedRow>(
      `SELECT outbox.id, outbox.application_id AS applicationId, applications.number AS applicationNumber,
              outbox.idempotency_key AS idempotencyKey, outbox.payload_sealed AS payloadSealed, outbox.attempts
       FROM outbox JOIN applications ON applications.id = outbox.application_id
       WHERE outbox.forwarded_at IS NULL AND outbox.next_attempt_at <= ? AND (outbox.claimed_until IS NULL OR outbox.claimed_until <= ?)
       ORDER BY outbox.next_attempt_at, outbox.id LIMIT ?`,
      [now, now, claim.limit],
    );
    if (due.length) {
      await tx.run(`UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id IN (${due.map(() => '?').join(',')})`, [
        claim.workerId,
        new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
        ...due.map((row) => row.id),
      ]);
    }
    return due;
  });
  return rows.map((row) => {
    const item = {
      id: row.id,
      applicationId: row.applicationId,
      applicationNumber: row.applicationNumber,
      idempotencyKey: row.idempotencyKey,
      attempts: row.attempts,
    };
    // One row that does not open must not hold up all the others behind it.
    try {
      return { ...item, payload: JSON.parse(sealer.open(row.payloadSealed, payloadBinding(row.applicationId))) as ApplicationPayload };
    } catch (error) {
      return { ...item, payload: null, unreadable: `the stored application cannot be opened: ${(error as Error).message}` };
    }
  });
}

/** Gives claims back before their lease ends (items a worker took but will not send now). */
export async function releaseClaims(db: Database, workerId: string, itemIds: readonly number[]): Promise<void> {
  if (!itemIds.length) return;
  await db.run(`UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ? AND id IN (${itemIds.map(() => '?').join(',')})`, [
    workerId,
    ...itemIds,
  ]);
}

export type OutboxOutcome =
  | { itemId: number; applicationId: string; forwarded: true; caseId: string; at: Date; firstStatusCheckAt: Date }
  | { itemId: number; applicationId: string; forwarded: false; error: string; kind: CentralErrorKind; at: Date; nextAttemptAt: Date };

/**
 * Records what became of sent items, all in one transaction (one disk flush for many). A worker whose lease ran out and
 * was taken over records nothing: the item is the other worker's now. Returns, per outcome, whether it was recorded.
 */
export async function recordOutcomes(db: Database, workerId: string, outcomes: readonly OutboxOutcome[]): Promise<boolean[]> {
  return db.transaction(async (tx) => {
    const recorded: boolean[] = [];
    const forwarded: number[] = [];
    let firstStatusCheckAt: Date | undefined;
    for (const outcome of outcomes) {
      const at = outcome.at.toISOString();
      if (outcome.forwarded) {
        // The payload went with the application; what stays is its sealed copy in `applications`, until retention ends.
        const { changes } = await tx.run(
          `UPDATE outbox SET forwarded_at = ?, central_case_id = ?, attempts = attempts + 1, last_error = NULL, last_error_kind = NULL,
             failing_since = NULL, alerted_at = NULL, claimed_by = NULL, claimed_until = NULL, payload_sealed = NULL
           WHERE id = ? AND claimed_by = ?`,
          [at, outcome.caseId, outcome.itemId, workerId],
        );
        recorded.push(changes > 0);
        forwarded.push(outcome.itemId);
        if (!firstStatusCheckAt || outcome.firstStatusCheckAt > firstStatusCheckAt) firstStatusCheckAt = outcome.firstStatusCheckAt;
      } else {
        const { changes } = await tx.run(
          `UPDATE outbox SET attempts = attempts + 1, last_error = ?, last_error_kind = ?, next_attempt_at = ?, failing_since = COALESCE(failing_since, ?),
             claimed_by = NULL, claimed_until = NULL
           WHERE id = ? AND claimed_by = ?`,
          [outcome.error.slice(0, 1000), outcome.kind, outcome.nextAttemptAt.toISOString(), at, outcome.itemId, workerId],
        );
        recorded.push(changes > 0);
      }
    }
    // The central system has them: each is "received" from when it was forwarded, and its status is asked for later.
    if (forwarded.length) {
      await tx.run(
        `UPDATE applications SET central_status = 'received', status_changed_at = outbox.forwarded_at, status_next_check_at = ?
         FROM outbox WHERE outbox.application_id = applications.id AND outbox.id IN (${forwarded.map(() => '?').join(',')})
           AND outbox.forwarded_at IS NOT NULL AND applications.central_status IS NULL`,
        [firstStatusCheckAt!.toISOString(), ...forwarded],
      );
    }
    return recorded;
  });
}

/** The soonest time a pending item is due (or its lease ends), so the worker can sleep until then. */
export async function nextDueAt(db: Database): Promise<Date | undefined> {
  const row = await db.get<{ at: string | null }>(
    'SELECT MIN(MAX(next_attempt_at, COALESCE(claimed_until, next_attempt_at))) AS at FROM outbox WHERE forwarded_at IS NULL',
  );
  return row?.at ? new Date(row.at) : undefined;
}

/** An application the kiosk could not hand on for too long, or that needs someone to act: staff are told. */
export interface StuckItem {
  applicationNumber: string;
  /** When sending it first failed (ISO). */
  failingSince: string;
  attempts: number;
  lastError: string;
  kind: CentralErrorKind;
}

/**
 * Items failing for longer than `alertAfterMs`, or failing in a way only staff can mend, that staff have not been told
 * about yet; they are marked as told. They stay in the outbox and keep being retried: nothing is ever dropped.
 */
export async function takeNewlyStuckItems(db: Database, now: Date, alertAfterMs: number): Promise<StuckItem[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.all<StuckItem & { id: number }>(
      `SELECT outbox.id, applications.number AS applicationNumber, outbox.failing_since AS failingSince, outbox.attempts,
              outbox.last_error AS lastError, outbox.last_error_kind AS kind
       FROM outbox JOIN applications ON applications.id = outbox.application_id
       WHERE outbox.forwarded_at IS NULL AND outbox.alerted_at IS NULL AND outbox.failing_since IS NOT NULL
         AND (outbox.failing_since <= ? OR outbox.last_error_kind IN ('configuration', 'rejected'))
       ORDER BY outbox.id`,
      [new Date(now.getTime() - alertAfterMs).toISOString()],
    );
    if (rows.length)
      await tx.run(`UPDATE outbox SET alerted_at = ? WHERE id IN (${rows.map(() => '?').join(',')})`, [now.toISOString(), ...rows.map((r) => r.id)]);
    return rows.map(({ id: _id, ...item }) => item);
  });
}

export interface OutboxCounts {
  pending: number;
  forwarded: number;
  /** Pending items whose last attempt failed. */
  failing: number;
  /** When the oldest pending item was submitted (ISO), or null. */
  oldestPendingSince: string | null;
}

export async function outboxCounts(db: Database): Promise<OutboxCounts> {
  const row = await db.get<OutboxCounts>(
    `SELECT COALESCE(SUM(forwarded_at IS NULL), 0) AS pending, COALESCE(SUM(forwarded_at IS NOT NULL), 0) AS forwarded,
            COALESCE(SUM(forwarded_at IS NULL AND failing_since IS NOT NULL), 0) AS failing,
            MIN(CASE WHEN forwarded_at IS NULL THEN created_at END) AS oldestPendingSince
     FROM outbox`,
  );
  return row ?? { pending: 0, forwarded: 0, failing: 0, oldestPendingSince: null };
}

/** Staff asked to send failing applications again now: each becomes due at once (the worker is woken by the caller). */
export async function makeFailingDue(db: Database, now: Date): Promise<number> {
  const { changes } = await db.run('UPDATE outbox SET next_attempt_at = ? WHERE forwarded_at IS NULL AND failing_since IS NOT NULL AND next_attempt_at > ?', [
    now.toISOString(),
    now.toISOString(),
  ]);
  return changes;
}

/** Applications failing now, oldest first, with their last error: for the staff dashboard (a logged-in view). */
export async function failingItems(db: Database, limit: number): Promise<StuckItem[]> {
  return db.all<StuckItem>(
    `SELECT applications.number AS applicationNumber, outbox.failing_since AS failingSince, outbox.attempts,
            outbox.last_error AS lastError, outbox.last_error_kind AS kind
     FROM outbox JOIN applications ON applications.id = outbox.application_id
     WHERE outbox.forwarded_at IS NULL AND outbox.failing_since IS NOT NULL
     ORDER BY outbox.failing_since, outbox.id LIMIT ?`,
    [limit],
  );
}
