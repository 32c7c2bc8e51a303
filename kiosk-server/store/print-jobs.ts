// The print queue: each receipt is a row from the moment its applications are committed until it is on paper.
import { documentReference, type PrintDocument } from '../../printers/printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import type { Sql } from './database.ts';

export interface PrintJob {
  id: number;
  /** The visit whose receipt this is (its screen is told when it prints). */
  visitId: string | null;
  reference: string;
  document: PrintDocument;
  largePrint: boolean;
  attempts: number;
  lastError: string | null;
  printerStatus: PrinterStatus | null;
  printedAt: Date | null;
}

/** Dates survive the trip through JSON. */
function parseDocument(json: string): PrintDocument {
  const raw = JSON.parse(json) as PrintDocument;
  return raw.kind === 'visit-receipt' ? { ...raw, submittedAt: new Date(raw.submittedAt) } : { ...raw, printedAt: new Date(raw.printedAt) };
}

export async function addPrintJob(sql: Sql, document: PrintDocument, options: { visitId?: string; largePrint?: boolean; at: Date }): Promise<number> {
  const at = options.at.toISOString();
  const { lastID } = await sql.run(
    'INSERT INTO print_jobs (visit_id, reference, document_json, large_print, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)',
    [options.visitId ?? null, documentReference(document), JSON.stringify(document), options.largePrint ? 1 : 0, at, at],
  );
  return lastID;
}

interface PrintJobRow {
  id: number;
  visit_id: string | null;
  reference: string;
  document_json: string;
  large_print: number;
  attempts: number;
  last_error: string | null;
  printer_status: PrinterStatus | null;
  printed_at: string | null;
}

const fromRow = (row: PrintJobRow): PrintJob => ({
  id: row.id,
  visitId: row.visit_id,
  reference: row.reference,
  document: parseDocument(row.document_json),
  largePrint: row.large_print === 1,
  attempts: row.attempts,
  lastError: row.last_error,
  printerStatus: row.printer_status,
  printedAt: row.printed_at ? new Date(row.printed_at) : null,
});

/** Jobs not yet on paper, oldest first; with `dueBy`, only those whose next attempt has come. */
export async function pendingPrintJobs(sql: Sql, dueBy?: Date): Promise<PrintJob[]> {
  const rows = dueBy
    ? await sql.all<PrintJobRow>('SELECT * FROM print_jobs WHERE printed_at IS NULL AND next_attempt_at <= ? ORDER BY id', [dueBy.toISOString()])
    : await sql.all<PrintJobRow>('SELECT * FROM print_jobs WHERE printed_at IS NULL ORDER BY id');
  return rows.map(fromRow);
}

export async function markPrinted(sql: Sql, id: number, at: Date): Promise<void> {
  await sql.run('UPDATE print_jobs SET printed_at = ?, attempts = attempts + 1, last_error = NULL, printer_status = NULL WHERE id = ?', [at.toISOString(), id]);
}

export async function markPrintFailed(sql: Sql, id: number, failure: { error: string; status: PrinterStatus; nextAttemptAt: Date }): Promise<void> {
  await sql.run('UPDATE print_jobs SET attempts = attempts + 1, last_error = ?, printer_status = ?, next_attempt_at = ? WHERE id = ?', [
    failure.error.slice(0, 500),
    failure.status,
    failure.nextAttemptAt.toISOString(),
    id,
  ]);
}

/** The latest receipt job of a visit (its document is what a reprint prints again). */
export async function latestReceiptJob(sql: Sql, applicationNumber: string): Promise<PrintJob | undefined> {
  const row = await sql.get<PrintJobRow>(
    `SELECT print_jobs.* FROM print_jobs JOIN applications ON applications.visit_id = print_jobs.visit_id
     WHERE applications.number = ? ORDER BY print_jobs.id DESC LIMIT 1`,
    [applicationNumber],
  );
  return row && fromRow(row);
}
