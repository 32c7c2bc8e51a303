import type { AnswerValue } from '../../content/conditions.ts';
import type { Language } from '../../content/localized.ts';
import { applicationPayload } from '../forwarding/payload.ts';
import type { VisitReceipt } from '../../printers/printer.ts';
import type { Database } from './database.ts';
import { addPrintJob } from './print-jobs.ts';

export interface NewApplication {
  id: string;
  /** The applications of one visit share it, and one receipt. */
  visitId: string;
  kioskId: string;
  serviceId: string;
  serviceVersion: number;
  language: Language;
  answers: Record<string, AnswerValue>;
  documentIds: string[];
  submittedAt: Date;
}

export interface StoredApplication extends NewApplication {
  number: string;
}

/** The year in Kyiv, so a number issued on 31 December after 22:00 UTC still carries the right year. */
function kyivYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Kyiv', year: 'numeric' }).format(at));
}

/** `K01-2026-000123`: kiosk, year, a sequence per kiosk and year — unique in the centre and easy to read aloud. */
export function formatApplicationNumber(kioskId: string, year: number, sequence: number): string {
  return `${kioskId}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Stores the applications of one visit, their outbox rows and their receipt's print job in one transaction: all of them,
 * or none. Only when this resolves are they safe, and only then may the person be told they were submitted.
 */
export async function commitApplications(db: Database, applications: NewApplication[], receiptOf?: (stored: StoredApplication[]) => VisitReceipt): Promise<StoredApplication[]> {
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
        `INSERT INTO applications (id, number, visit_id, kiosk_id, service_id, service_version, language, answers_json, documents_json, submitted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [saved.id, saved.number, saved.visitId, saved.kioskId, saved.serviceId, saved.serviceVersion, saved.language, JSON.stringify(saved.answers), JSON.stringify(saved.documentIds), submittedAt],
      );
      await tx.run(`INSERT INTO outbox (application_id, idempotency_key, payload_json, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)`, [
        saved.id,
        saved.id,
        JSON.stringify(applicationPayload(saved)),
        submittedAt,
        submittedAt,
      ]);
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
  answers_json: string;
  documents_json: string;
  submitted_at: string;
}

export async function findApplicationByNumber(db: Database, number: string): Promise<StoredApplication | undefined> {
  const row = await db.get<ApplicationRow>('SELECT * FROM applications WHERE number = ?', [number]);
  return row && {
    id: row.id,
    number: row.number,
    visitId: row.visit_id ?? row.id,
    kioskId: row.kiosk_id,
    serviceId: row.service_id,
    serviceVersion: row.service_version,
    language: row.language,
    answers: JSON.parse(row.answers_json),
    documentIds: JSON.parse(row.documents_json),
    submittedAt: new Date(row.submitted_at),
  };
}
