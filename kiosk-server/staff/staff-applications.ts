// Applications as the staff console lists them: number, kiosk, service, status and where forwarding is. No answers:
// those come only through `personalData`, which writes to the audit log first.
import type { Catalogue } from '../../content/catalogue.ts';
import { isRefusalReason, REFUSAL_REASONS, type ApplicationStatus } from '../../protocol/application-status.ts';
import type { AcceptanceState } from '../../protocol/acceptance.ts';
import type { ApplicationSummary, PersonalDataView } from '../../protocol/staff-api.ts';
import { kyivDayBounds } from '../../content/kyiv-time.ts';
import { applicationAnswerSections } from '../session/views.ts';
import { decisionOfRow, type DecisionColumns } from '../store/application-status.ts';
import { findApplicationByNumber } from '../store/applications.ts';
import type { KioskStore } from '../store/kiosk-store.ts';
import { writeAudit } from './audit.ts';

interface SummaryRow extends DecisionColumns {
  number: string;
  kiosk_id: string;
  service_id: string;
  submitted_at: string;
  central_status: ApplicationStatus | null;
  status_reason: string | null;
  personal_data_deleted_at: string | null;
  acceptance: AcceptanceState;
  acceptance_refusal: string | null;
  attempts: number | null;
  last_error: string | null;
  failing_since: string | null;
  forwarded_at: string | null;
}

const SELECT = `SELECT a.number, a.kiosk_id, a.service_id, a.submitted_at, a.central_status, a.status_reason, a.personal_data_deleted_at,
                       a.acceptance, a.acceptance_refusal, a.decision_amount, a.decision_frequency, a.decision_from, a.decision_to,
                       o.attempts, o.last_error, o.failing_since, o.forwarded_at
                FROM applications a LEFT JOIN outbox o ON o.application_id = a.id`;

/** The most a list shows: a centre takes a few hundred applications a day. */
const LIST_LIMIT = 500;

/** The status the console shows: the desk's while it has not accepted the application, then the central system's. */
function statusOf(row: SummaryRow): { status: ApplicationStatus; reason: string | null } {
  if (row.acceptance === 'waiting') return { status: 'awaiting_acceptance', reason: null };
  if (row.acceptance === 'refused' || row.acceptance === 'expired') return { status: 'not_accepted', reason: row.acceptance_refusal };
  return { status: row.central_status ?? 'submitted', reason: row.central_status === 'refused' ? row.status_reason : null };
}

function forwardingOf(row: SummaryRow): ApplicationSummary['forwarding'] {
  if (row.acceptance === 'waiting') return { state: 'held', attempts: 0, lastError: null, forwardedAt: null };
  if (row.acceptance === 'refused' || row.acceptance === 'expired') return { state: 'never', attempts: 0, lastError: null, forwardedAt: null };
  // An outbox row is gone only for applications from before the outbox; those were handed on.
  const forwarded = row.forwarded_at !== null || row.attempts === null;
  return {
    state: forwarded ? 'forwarded' : row.failing_since ? 'failing' : 'pending',
    attempts: row.attempts ?? 0,
    lastError: forwarded ? null : row.last_error,
    forwardedAt: row.forwarded_at,
  };
}

function summaryOf(catalogue: Catalogue, row: SummaryRow): ApplicationSummary {
  const { status, reason } = statusOf(row);
  return {
    number: row.number,
    kioskId: row.kiosk_id,
    serviceId: row.service_id,
    serviceTitle: catalogue.get(row.service_id)?.title ?? { uk: row.service_id, en: row.service_id },
    submittedAt: row.submitted_at,
    status,
    statusReason: status === 'refused' || status === 'not_accepted' ? REFUSAL_REASONS[isRefusalReason(reason) ? reason : 'other'] : null,
    decision: status === 'granted' ? decisionOfRow(row) : null,
    forwarding: forwardingOf(row),
    personalDataDeleted: row.personal_data_deleted_at !== null,
  };
}

/** The applications of one Kyiv day, newest first. */
export async function applicationsOfDay({ db }: KioskStore, catalogue: Catalogue, day: string): Promise<ApplicationSummary[]> {
  const { start, end } = kyivDayBounds(day);
  const rows = await db.all<SummaryRow>(`${SELECT} WHERE a.submitted_at >= ? AND a.submitted_at < ? ORDER BY a.submitted_at DESC, a.number DESC LIMIT ?`, [
    start,
    end,
    LIST_LIMIT,
  ]);
  return rows.map((row) => summaryOf(catalogue, row));
}

export async function applicationSummary({ db }: KioskStore, catalogue: Catalogue, number: string): Promise<ApplicationSummary | undefined> {
  const row = await db.get<SummaryRow>(`${SELECT} WHERE a.number = ?`, [number]);
  return row && summaryOf(catalogue, row);
}

/**
 * The answers of one application, for a logged-in member of staff. The look is written to the audit log before the
 * answers are read, so there is no look without a record. `gone` when they were deleted after the retention period.
 */
export async function personalData(
  store: KioskStore,
  catalogue: Catalogue,
  number: string,
  viewer: { login: string; at: Date },
): Promise<PersonalDataView | 'gone' | undefined> {
  const found = await store.db.get<{ personal_data_deleted_at: string | null; kiosk_id: string }>(
    'SELECT personal_data_deleted_at, kiosk_id FROM applications WHERE number = ?',
    [number],
  );
  if (!found) return undefined;
  if (found.personal_data_deleted_at) return 'gone';
  await writeAudit(store.db, { staffLogin: viewer.login, action: 'view-personal-data', applicationNumber: number, kioskId: found.kiosk_id }, viewer.at);
  const application = await findApplicationByNumber(store, number);
  if (!application?.answers) return 'gone';
  return { number, sections: applicationAnswerSections(catalogue, application.serviceId, application.answers) };
}
