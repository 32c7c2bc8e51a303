// What the desk reads and writes: a visit's applications waiting for acceptance, the corrections made to them, and
// acceptance itself — which, in one transaction with the outbox rows and the audit log, is what lets them be forwarded.
import type { AnswerValue } from '../../content/conditions.ts';
import type { ApplicantIdentifier } from '../../content/applicant.ts';
import type { Language } from '../../content/localized.ts';
import type { AcceptanceQueueState, AcceptanceRecord, AcceptanceState, Correction, DeskRefusal } from '../../protocol/acceptance.ts';
import { writeAudit, type AuditEntry } from '../staff/audit.ts';
import { addToOutbox, answersBinding } from '../store/applications.ts';
import type { StoredApplication } from '../store/application-record.ts';
import type { Database, Sql } from '../store/database.ts';
import type { KioskStore } from '../store/kiosk-store.ts';

export const acceptanceBinding = (applicationId: string) => `acceptance:${applicationId}`;

/** An application of a visit at the desk, with its answers opened (only while its personal data is kept). */
export interface DeskApplication extends StoredApplication {
  acceptance: AcceptanceState;
  formsPrintedAt: Date | null;
  corrections: Correction[];
  personalDataDeleted: boolean;
}

interface Row {
  id: string;
  number: string;
  visit_id: string | null;
  kiosk_id: string;
  service_id: string;
  service_version: number;
  language: Language;
  answers_sealed: string | null;
  documents_json: string;
  submitted_at: string;
  acceptance: AcceptanceState;
  acceptance_sealed: string | null;
  forms_printed_at: string | null;
}

interface SealedAnswers {
  answers: Record<string, AnswerValue>;
  applicant: ApplicantIdentifier | null;
}

/** The visit an application number belongs to, or undefined when this centre has no such application. */
export async function visitOfNumber(db: Database, number: string): Promise<{ visitId: string; acceptance: AcceptanceState } | undefined> {
  const row = await db.get<{ visit_id: string | null; id: string; acceptance: AcceptanceState }>(
    'SELECT visit_id, id, acceptance FROM applications WHERE number = ?',
    [number],
  );
  return row && { visitId: row.visit_id ?? row.id, acceptance: row.acceptance };
}

/** Every application of a visit, in the order they were numbered. */
export async function visitApplications({ db, sealer }: KioskStore, visitId: string): Promise<DeskApplication[]> {
  const rows = await db.all<Row>('SELECT * FROM applications WHERE visit_id = ? OR (visit_id IS NULL AND id = ?) ORDER BY number', [visitId, visitId]);
  return rows.map((row) => {
    const sealed = row.answers_sealed ? (JSON.parse(sealer.open(row.answers_sealed, answersBinding(row.id))) as SealedAnswers) : undefined;
    const record = row.acceptance_sealed ? (JSON.parse(sealer.open(row.acceptance_sealed, acceptanceBinding(row.id))) as AcceptanceRecord) : undefined;
    return {
      id: row.id,
      number: row.number,
      visitId: row.visit_id ?? row.id,
      kioskId: row.kiosk_id,
      serviceId: row.service_id,
      serviceVersion: row.service_version,
      language: row.language,
      answers: sealed?.answers ?? {},
      applicant: sealed?.applicant ?? null,
      documentIds: JSON.parse(row.documents_json) as string[],
      submittedAt: new Date(row.submitted_at),
      acceptance: row.acceptance,
      formsPrintedAt: row.forms_printed_at ? new Date(row.forms_printed_at) : null,
      corrections: record?.corrections ?? [],
      personalDataDeleted: !sealed,
    };
  });
}

/** Visits with applications waiting, oldest first (a visit's applications share one submit time). */
export async function waitingVisits(
  db: Database,
  limit = 200,
): Promise<{ visitId: string; kioskId: string; submittedAt: string; numbers: string[]; serviceIds: string[] }[]> {
  const rows = await db.all<{ visit_id: string; kiosk_id: string; submitted_at: string; numbers: string; services: string }>(
    `SELECT COALESCE(visit_id, id) AS visit_id, kiosk_id, MIN(submitted_at) AS submitted_at,
            json_group_array(number) AS numbers, json_group_array(service_id) AS services
     FROM (SELECT * FROM applications WHERE acceptance = 'waiting' ORDER BY number)
     GROUP BY COALESCE(visit_id, id) ORDER BY MIN(submitted_at) LIMIT ?`,
    [limit],
  );
  return rows.map((row) => ({
    visitId: row.visit_id,
    kioskId: row.kiosk_id,
    submittedAt: row.submitted_at,
    numbers: JSON.parse(row.numbers) as string[],
    serviceIds: JSON.parse(row.services) as string[],
  }));
}

export async function acceptanceQueueState(db: Database): Promise<AcceptanceQueueState> {
  const row = await db.get<{ waiting: number; oldest: string | null }>(
    "SELECT COUNT(DISTINCT COALESCE(visit_id, id)) AS waiting, MIN(submitted_at) AS oldest FROM applications WHERE acceptance = 'waiting'",
  );
  return { waiting: row?.waiting ?? 0, oldestSubmittedAt: row?.oldest ?? null };
}

/**
 * Corrects one answer in every waiting application of the visit that has it, and keeps the correction (sealed, with the
 * application) for the acceptance record; the audit row names the field and the reason, never the values.
 */
export async function saveCorrection(
  { db, sealer }: KioskStore,
  applications: DeskApplication[],
  correction: Correction,
  applicantOf: (answers: Record<string, AnswerValue>) => ApplicantIdentifier | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const application of applications) {
      if (application.acceptance !== 'waiting' || !(correction.fieldId in application.answers)) continue;
      const answers = { ...application.answers, [correction.fieldId]: correction.to };
      const sealedAnswers = sealer.seal(JSON.stringify({ answers, applicant: applicantOf(answers) } satisfies SealedAnswers), answersBinding(application.id));
      const record: AcceptanceRecord = { policy: 'desk', corrections: [...application.corrections, correction] };
      const { changes } = await tx.run("UPDATE applications SET answers_sealed = ?, acceptance_sealed = ? WHERE id = ? AND acceptance = 'waiting'", [
        sealedAnswers,
        sealer.seal(JSON.stringify(record), acceptanceBinding(application.id)),
        application.id,
      ]);
      if (!changes) throw new AcceptanceConflict('the application is no longer waiting');
      await writeAudit(
        tx,
        {
          staffLogin: correction.staffLogin,
          action: 'desk-correct',
          applicationNumber: application.number,
          kioskId: application.kioskId,
          detail: `${correction.fieldId}: ${correction.reason}`,
        },
        new Date(correction.at),
      );
    }
  });
}

/** Two desks acted on one visit at once, or it was accepted, refused or expired meanwhile: nothing was written. */
export class AcceptanceConflict extends Error {
  override name = 'AcceptanceConflict';
}

export async function markFormsPrinted(db: Database, applications: DeskApplication[], at: Date): Promise<void> {
  const ids = applications.map((a) => a.id);
  await db.run(`UPDATE applications SET forms_printed_at = ? WHERE id IN (${ids.map(() => '?').join(',')})`, [at.toISOString(), ...ids]);
}

/**
 * Accepts the visit's applications: each is marked accepted, its acceptance record sealed with it, its outbox row
 * written and the audit row added, in one transaction. A crash before the commit leaves all of them waiting; after it,
 * the outbox forwards each exactly once.
 */
export async function acceptApplications(
  { db, sealer }: KioskStore,
  accepted: { application: DeskApplication; record: AcceptanceRecord }[],
  audit: Omit<AuditEntry, 'action' | 'applicationNumber' | 'kioskId'>,
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { application, record } of accepted) {
      const { changes } = await tx.run(
        "UPDATE applications SET acceptance = 'accepted', acceptance_changed_at = ?, acceptance_by = ?, acceptance_sealed = ? WHERE id = ? AND acceptance = 'waiting'",
        [at.toISOString(), record.staffLogin ?? null, sealer.seal(JSON.stringify(record), acceptanceBinding(application.id)), application.id],
      );
      if (!changes) throw new AcceptanceConflict('the application is no longer waiting');
      await addToOutbox(tx, sealer, application, record, at);
      await writeAudit(tx, { ...audit, action: 'desk-accept', applicationNumber: application.number, kioskId: application.kioskId }, at);
    }
  });
}

/** Refuses the visit's waiting applications: never forwarded; their personal data goes when retention deletes it. */
export async function refuseApplications(
  db: Database,
  applications: DeskApplication[],
  reason: DeskRefusal,
  audit: { staffLogin: string; detail: string },
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const application of applications) {
      const { changes } = await tx.run(
        "UPDATE applications SET acceptance = 'refused', acceptance_changed_at = ?, acceptance_by = ?, acceptance_refusal = ? WHERE id = ? AND acceptance = 'waiting'",
        [at.toISOString(), audit.staffLogin, reason, application.id],
      );
      if (!changes) throw new AcceptanceConflict('the application is no longer waiting');
      await writeAudit(
        tx,
        { staffLogin: audit.staffLogin, action: 'desk-refuse', applicationNumber: application.number, kioskId: application.kioskId, detail: audit.detail },
        at,
      );
    }
  });
}

/** The login the audit log names for what the kiosk server does by itself. */
export const SYSTEM_LOGIN = 'system';

/**
 * Applications nobody brought to the desk in time expire: never forwarded, their personal data deleted at once (as
 * retention deletes it), each expiry in the audit log. Returns the numbers that expired.
 */
export async function expireWaiting(db: Sql & Pick<Database, 'transaction'>, now: Date, expireAfterMs: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    const due = await tx.all<{ id: string; number: string; kiosk_id: string }>(
      "SELECT id, number, kiosk_id FROM applications WHERE acceptance = 'waiting' AND submitted_at <= ? ORDER BY number",
      [new Date(now.getTime() - expireAfterMs).toISOString()],
    );
    for (const row of due) {
      await tx.run(
        `UPDATE applications SET acceptance = 'expired', acceptance_changed_at = ?, acceptance_refusal = 'not_accepted_in_time',
           answers_sealed = NULL, acceptance_sealed = NULL, personal_data_deleted_at = ? WHERE id = ?`,
        [now.toISOString(), now.toISOString(), row.id],
      );
      await writeAudit(tx, { staffLogin: SYSTEM_LOGIN, action: 'desk-expired', applicationNumber: row.number, kioskId: row.kiosk_id }, now);
    }
    return due.map((row) => row.number);
  });
}
