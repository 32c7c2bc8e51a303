// What a printer is given and what it reports; the words printed come from the text catalogue.
import type { Language } from '../content/localized.ts';
import type { PrinterStatus } from '../protocol/printer-status.ts';
import { RECEIPT_WORDS } from '../content/text/receipt.ts';
import type { FilledForm } from '../content/forms/form-schema.ts';

/** One application on a visit's receipt. */
export interface ReceiptApplication {
  applicationNumber: string;
  serviceTitle: string;
  whatHappensNext: string;
  decisionTime: string;
  /** Only the documents that apply to this person. */
  documents: string[];
}

/** What a visit's receipt says, already in the person's language; layouts decide how it looks on paper. */
export interface VisitReceipt {
  kind: 'visit-receipt';
  language: Language;
  centreName: string;
  centreAddress?: string;
  kioskId: string;
  submittedAt: Date;
  /** What to do now, when the applications wait for the administrator at the desk (absent when they were forwarded). */
  nextStep?: string;
  /** One per service applied for; each number also goes into its own QR code for the status check. */
  applications: ReceiptApplication[];
}

/** "What do I need?" for one service, printed before applying. */
export interface Checklist {
  kind: 'checklist';
  language: Language;
  centreName: string;
  centreAddress?: string;
  kioskId: string;
  printedAt: Date;
  serviceId: string;
  serviceTitle: string;
  eligibility: string;
  decidingBody: string;
  decisionTime: string;
  sections: { title: string; questions: string[] }[];
  documents: { title: string; whenText?: string }[];
}

/** The official forms of a visit, filled in for signature at the desk (A4 only: printed by the desk printer). */
export interface OfficialForms {
  kind: 'official-forms';
  language: 'uk';
  centreName: string;
  printedAt: Date;
  forms: FilledForm[];
}

/** What a receipt printer (a roll or A4) lays out from one content description. */
export type ReceiptDocument = VisitReceipt | Checklist;
export type PrintDocument = ReceiptDocument | OfficialForms;

/** The name a printed document is filed under: the first application number, or the checklist and its time. */
export function documentReference(document: PrintDocument): string {
  if (document.kind === 'visit-receipt') return document.applications[0]!.applicationNumber;
  if (document.kind === 'official-forms') {
    const stamp = document.printedAt.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
    return `forms-${document.forms[0]?.applicationNumbers[0] ?? 'visit'}-${stamp}`;
  }
  const stamp = document.printedAt.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `checklist-${document.serviceId}-${stamp}`;
}

/** A printer that cannot print now; `status` says why (paper out, cover open, offline…). */
export class PrinterNotReadyError extends Error {
  constructor(
    readonly status: PrinterStatus,
    detail = '',
  ) {
    super(`printer is ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'PrinterNotReadyError';
  }
}

/** How one job is printed: large print is the person's choice. */
export interface PrintOptions {
  largePrint?: boolean;
}

/** A receipt printer: PDF file, CUPS queue or ESC/POS thermal printer. */
export interface Printer {
  readonly kind: string;
  print(document: PrintDocument, options?: PrintOptions): Promise<void>;
  status(): Promise<PrinterStatus>;
}

/** The receipt's words (from the text catalogue) in one language. */
export function receiptWordsIn(lang: Language): Record<keyof typeof RECEIPT_WORDS, string> {
  return Object.fromEntries(Object.entries(RECEIPT_WORDS).map(([key, words]) => [key, words[lang]])) as Record<keyof typeof RECEIPT_WORDS, string>;
}
