// What the central case system last said about each forwarded application, and what anyone with its number may see.
import type { AcceptanceState } from '../../protocol/acceptance.ts';
import { FINAL_STATUSES, isRefusalReason, type ApplicationStatus, type CaseStatus, type RefusalReason } from '../../protocol/application-status.ts';
import type { Database } from './database.ts';

export interface DueStatusCheck {
  applicationId: string;
  caseId: string;
  status: CaseStatus;
  /** Checks in a row that found no change (the next one waits longer). */
  unchangedChecks: number;
}

export async function dueStatusChecks(db: Database, now: Date, limit: number): Promise<DueStatusCheck[]> {
  return db.all<DueStatusCheck>(
    `SELECT applications.id AS applicationId, outbox.central_case_id AS caseId, applications.central_status AS status,
            applications.status_unchanged_checks AS unchangedChecks
     FROM applications JOIN outbox ON outbox.application_id = applications.id
     WHERE applications.status_next_check_at IS NOT NULL AND applications.status_next_check_at <= ? AND outbox.central_case_id IS NOT NULL
     ORDER BY applications.status_next_check_at LIMIT ?`,
    [now.toISOString(), limit],
  );
}

export type StatusCheckResult =
  { kind: 'status'; status: CaseStatus; reason: RefusalReason | null; changedAt: string; nextCheckAt: Date | null } | { kind: 'failed'; nextCheckAt: Date };

/** Keeps the latest status; a final one (granted, refused) is not asked again. */
export async function recordStatusCheck(db: Database, applicationId: string, at: Date, result: StatusCheckResult): Promise<boolean> {
  if (result.kind === 'failed') {
    await db.run(
      'UPDATE applications SET status_checked_at = ?, status_next_check_at = ?, status_unchanged_checks = status_unchanged_checks + 1 WHERE id = ?',
      [at.toISOString(), result.nextCheckAt.toISOString(), applicationId],
    );
    return false;
  }
  const nextCheckAt = FINAL_STATUSES.includes(result.status) ? null : (result.nextCheckAt?.toISOString() ?? null);
  const { changes } = await db.run(
    `UPDATE applications SET central_status = ?, status_reason = ?, status_changed_at = ?, status_checked_at = ?, status_next_check_at = ?,
       status_unchanged_checks = 0
     WHERE id = ? AND (central_status IS NOT ? OR status_reason IS NOT ?)`,
    [result.status, result.reason, result.changedAt, at.toISOString(), nextCheckAt, applicationId, result.status, result.reason],
  );
  if (!changes) {
    await db.run(
      'UPDATE applications SET status_checked_at = ?, status_next_check_at = ?, status_unchanged_checks = status_unchanged_checks + 1 WHERE id = ?',
      [at.toISOString(), nextCheckAt, applicationId],
    );
  }
  return changes > 0;
}

export async function nextStatusCheckAt(db: Database): Promise<Date | undefined> {
  const row = await db.get<{ at: string | null }>('SELECT MIN(status_next_check_at) AS at FROM applications');
  return row?.at ? new Date(row.at) : undefined;
}

export interface KnownStatus {
  applicationNumber: string;
  serviceId: string;
  submittedAt: string;
  status: ApplicationStatus;
  statusChangedAt: string;
  reason: RefusalReason | null;
}

/** The status by application number: no answers, no names, nothing but the number, the service, dates and status. */
export async function statusByNumber(db: Database, applicationNumber: string): Promise<KnownStatus | undefined> {
  const row = await db.get<{
    number: string;
    service_id: string;
    submitted_at: string;
    central_status: CaseStatus | null;
    status_reason: RefusalReason | null;
    status_changed_at: string | null;
    acceptance: AcceptanceState;
    acceptance_refusal: RefusalReason | null;
    acceptance_changed_at: string | null;
  }>(
    `SELECT number, service_id, submitted_at, central_status, status_reason, status_changed_at, acceptance, acceptance_refusal, acceptance_changed_at
     FROM applications WHERE number = ?`,
    [applicationNumber],
  );
  if (!row) return undefined;
  const known = { applicationNumber: row.number, serviceId: row.service_id, submittedAt: row.submitted_at };
  // Before the desk accepted it, the status is the desk's; never forwarded, the central system has none.
  if (row.acceptance === 'waiting') return { ...known, status: 'awaiting_acceptance', statusChangedAt: row.submitted_at, reason: null };
  if (row.acceptance === 'refused' || row.acceptance === 'expired') {
    const reason = row.acceptance === 'expired' ? 'not_accepted_in_time' : isRefusalReason(row.acceptance_refusal) ? row.acceptance_refusal : 'other';
    return { ...known, status: 'not_accepted', statusChangedAt: row.acceptance_changed_at ?? row.submitted_at, reason };
  }
  return {
    ...known,
    status: row.central_status ?? 'submitted',
    statusChangedAt: row.status_changed_at ?? row.acceptance_changed_at ?? row.submitted_at,
    reason: row.central_status === 'refused' ? row.status_reason : null,
  };
}
