import type { AnswerValue } from '../../content/conditions.ts';
import type { Language } from '../../content/localized.ts';
import { kyivYear } from '../../content/kyiv-time.ts';
import { applicationPayload } from '../forwarding/payload.ts';
import type { VisitReceipt } from '../../printers/printer.ts';
import type { ApplicantIdentifier } from '../../content/applicant.ts';
import type { AcceptancePolicy, AcceptanceRecord } from '../../protocol/acceptance.ts';
import type { Sql } from './database.ts';
import type { KioskStore } from './kiosk-store.ts';
import type { Sealer } from './sealed.ts';
import type { NewApplication, StoredApplication } from './application-record.ts';

export type { NewApplication, StoredApplication } from './application-record.ts';
import { addPrintJob } from './print-jobs.ts';

/** Each sealed value is bound to its row: a value copied into another row does not open. */
export const answersBinding = (applicationId: string) => `applications:${applicationId}`;
export const payloadBinding = (applicationId: string) => `outbox:${applicationId}`;

/** What is sealed in the applications row: the answers and who the application is about. */
interface SealedAnswers {
  answers: Record<string, AnswerValue>;
  applicant: ApplicantIdentifier | null;
}

/** `K01-2026-000123`: kiosk, year, a sequence per kiosk and year — unique in the centre and easy to read aloud. */
export function formatApplicationNumber(kioskId: string, year: number, sequence: number): string {
  return `${kioskId}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Queues one application to be forwarded: its outbox row, in the caller's transaction. */
export async function addToOutbox(tx: Sql, sealer: Sealer, application: StoredApplication, acceptance: AcceptanceRecord, at: Date): Promise<void> {
  await tx.run(`INSERT INTO outbox (application_id, idempotency_key, payload_sealed, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)`, [
    application.id,
    application.id,
    sealer.seal(JSON.stringify(applicationPayload(application, acceptance)), payloadBinding(application.id)),
    at.toISOString(),
    at.toISOString(),
  ]);
}

/**
 * Stores the applications of one visit, their receipt's print job and — when the centre forwards on submit — their outbox
 * rows in one transaction: all of them, or none. Only when this resolves are they safe, and only then may the person be
 * told they were submitted. Under the `desk` policy they wait for an administrator's acceptance instead.
 */
export async function commitApplications(
  { db, sealer }: KioskStore,
  applications: NewApplication[],
  { policy, receiptOf }: { policy: AcceptancePolicy; receiptOf?: (stored: StoredApplication[]) => VisitReceipt },
): Promise<StoredApplication[]> {
  return db.transaction(async (tx) => {
    const stored: StoredApplication[] = [];
    for (const application of applications) {
      const year = kyivYear(application.submittedAt);
      await tx.run(
        `INSERT INTO application_numbers (kiosk_id, year, last) VALUES (?, ?, 1)
         ON CONFLICT (kiosk_id, year) DO UPDATE SET last = last + 1`,
        [application.kioskId, year],
      );
      const { last } = (await tx.get<{ last: number }>('SELECT last FROM application_numbers WHERE kiosk_id = ? AND year = ?', [application.kioskId, year]))!;
      const saved: StoredApplication = { ...application, number: formatApplicationNumber(application.kioskId, year, last) };
      const submittedAt = application.submittedAt.toISOString();
      await tx.run(
        `INSERT INTO applications (id, number, visit_id, kiosk_id, service_id, service_version, language, answers_sealed, documents_json, submitted_at,
           acceptance, acceptance_changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          saved.id,
          saved.number,
          saved.visitId,
          saved.kioskId,
          saved.serviceId,
          saved.serviceVersion,
          saved.language,
          sealer.seal(JSON.stringify({ answers: saved.answers, applicant: saved.applicant } satisfies SealedAnswers), answersBinding(saved.id)),
          JSON.stringify(saved.documentIds),
          submittedAt,
          policy === 'desk' ? 'waiting' : 'kiosk',
          submittedAt,
        ],
      );
      if (policy === 'kiosk') await addToOutbox(tx, sealer, saved, { policy: 'kiosk' }, application.submittedAt);
      stored.push(saved);
    }
    // The receipt's print job is part of the same commit: an application never exists without its receipt to print.
    if (receiptOf && stored.length) await addPrintJob(tx, receiptOf(stored), { visitId: stored[0]!.visitId, at: stored[0]!.submittedAt });
    return stored;
  });
}

interface ApplicationRow {
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
}

/** An application as stored; `answers` is null once its personal data is deleted after the retention period. */
export interface FoundApplication extends Omit<StoredApplication, 'answers' | 'applicant'> {
  answers: Record<string, AnswerValue> | null;
  applicant: ApplicantIdentifier | null;
}

export async function findApplicationByNumber({ db, sealer }: KioskStore, number: string): Promise<FoundApplication | undefined> {
  const row = await db.get<ApplicationRow>('SELECT * FROM applications WHERE number = ?', [number]);
  if (!row) return undefined;
  const sealed = row.answers_sealed ? (JSON.parse(sealer.open(row.answers_sealed, answersBinding(row.id))) as SealedAnswers) : undefined;
  return {
    id: row.id,
    number: row.number,
    visitId: row.visit_id ?? row.id,
    kioskId: row.kiosk_id,
    serviceId: row.service_id,
    serviceVersion: row.service_version,
    language: row.language,
    answers: sealed?.answers ?? null,
    applicant: sealed?.applicant ?? null,
    documentIds: JSON.parse(row.documents_json),
    submittedAt: new Date(row.submitted_at),
  };
}
