// What the central case system last said about each forwarded application, and what anyone with its number may see.
import type { AcceptanceState } from '../../protocol/acceptance.ts';
import { FINAL_STATUSES, isRefusalReason, type ApplicationStatus, type CaseStatus, type RefusalReason } from '../../protocol/application-status.ts';
import type { DecisionFrequency, GrantDecision } from '../../protocol/decision.ts';
import type { Database } from './database.ts';

/** A grant's decision as `applications` keeps it (migration 8): one column a part, each null when it was not said. */
export interface DecisionColumns {
  decision_amount: string | null;
  decision_frequency: DecisionFrequency | null;
  decision_from: string | null;
  decision_to: string | null;
}

export const DECISION_COLUMNS = 'decision_amount, decision_frequency, decision_from, decision_to';

/** The parts in the order of DECISION_COLUMNS, for a statement's parameters (nulls for no decision). */
const decisionParameters = (decision: GrantDecision | null | undefined): (string | null)[] => [
  decision?.amount ?? null,
  decision?.frequency ?? null,
  decision?.from ?? null,
  decision?.to ?? null,
];

/** The decision kept with an application, or null when none of it is known. */
export function decisionOfRow(row: DecisionColumns): GrantDecision | null {
  const decision: GrantDecision = {
    ...(row.decision_amount !== null && { amount: row.decision_amount }),
    ...(row.decision_frequency !== null && { frequency: row.decision_frequency }),
    ...(row.decision_from !== null && { from: row.decision_from }),
    ...(row.decision_to !== null && { to: row.decision_to }),
  };
  return Object.keys(decision).length ? decision : null;
}

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
  | { kind: 'status'; status: CaseStatus; reason: RefusalReason | null; decision: GrantDecision | null; changedAt: string; nextCheckAt: Date | null }
  | { kind: 'failed'; nextCheckAt: Date };

/** Keeps the latest status (with what a grant decided); a final one (granted, refused) is not asked again. */
export async function recordStatusCheck(db: Database, applicationId: string, at: Date, result: StatusCheckResult): Promise<boolean> {
  if (result.kind === 'failed') {
    await db.run(
      'UPDATE applications SET status_checked_at = ?, status_next_check_at = ?, status_unchanged_checks = status_unchanged_checks + 1 WHERE id = ?',
      [at.toISOString(), result.nextCheckAt.toISOString(), applicationId],
    );
    return false;
  }
  const nextCheckAt = FINAL_STATUSES.includes(result.status) ? null : (result.nextCheckAt?.toISOString() ?? null);
  const decision = result.status === 'granted' ? decisionParameters(result.decision) : decisionParameters(null);
  const { changes } = await db.run(
    `UPDATE applications SET central_status = ?, status_reason = ?, status_changed_at = ?, status_checked_at = ?, status_next_check_at = ?,
       status_unchanged_checks = 0, decision_amount = ?, decision_frequency = ?, decision_from = ?, decision_to = ?
     WHERE id = ? AND (central_status IS NOT ? OR status_reason IS NOT ?
       OR decision_amount IS NOT ? OR decision_frequency IS NOT ? OR decision_from IS NOT ? OR decision_to IS NOT ?)`,
    [result.status, result.reason, result.changedAt, at.toISOString(), nextCheckAt, ...decision, applicationId, result.status, result.reason, ...decision],
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
  /** Only for a grant: what it decided, as far as the central system said. */
  decision: GrantDecision | null;
}

/** The status by application number: no answers, no names, nothing but the number, the service, dates and status. */
export async function statusByNumber(db: Database, applicationNumber: string): Promise<KnownStatus | undefined> {
  const row = await db.get<
    DecisionColumns & {
      number: string;
      service_id: string;
      submitted_at: string;
      central_status: CaseStatus | null;
      status_reason: RefusalReason | null;
      status_changed_at: string | null;
      acceptance: AcceptanceState;
      acceptance_refusal: RefusalReason | null;
      acceptance_changed_at: string | null;
    }
  >(
    `SELECT number, service_id, submitted_at, central_status, status_reason, status_changed_at, acceptance, acceptance_refusal, acceptance_changed_at,
            ${DECISION_COLUMNS}
     FROM applications WHERE number = ?`,
    [applicationNumber],
  );
  if (!row) return undefined;
  const known = { applicationNumber: row.number, serviceId: row.service_id, submittedAt: row.submitted_at };
  // Before the desk accepted it, the status is the desk's; never forwarded, the central system has none.
  if (row.acceptance === 'waiting') return { ...known, status: 'awaiting_acceptance', statusChangedAt: row.submitted_at, reason: null, decision: null };
  if (row.acceptance === 'refused' || row.acceptance === 'expired') {
    const reason = row.acceptance === 'expired' ? 'not_accepted_in_time' : isRefusalReason(row.acceptance_refusal) ? row.acceptance_refusal : 'other';
    return { ...known, status: 'not_accepted', statusChangedAt: row.acceptance_changed_at ?? row.submitted_at, reason, decision: null };
  }
  return {
    ...known,
    status: row.central_status ?? 'submitted',
    statusChangedAt: row.status_changed_at ?? row.acceptance_changed_at ?? row.submitted_at,
    reason: row.central_status === 'refused' ? row.status_reason : null,
    decision: row.central_status === 'granted' ? decisionOfRow(row) : null,
  };
}
