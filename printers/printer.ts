import type { Language } from '../content/localized.ts';
import type { PrinterStatus } from '../protocol/printer-status.ts';

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

export type PrintDocument = VisitReceipt | Checklist;

/** The name a printed document is filed under: the first application number, or the checklist and its time. */
export function documentReference(document: PrintDocument): string {
  if (document.kind === 'visit-receipt') return document.applications[0]!.applicationNumber;
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

/** Words printed on every receipt, per language. */
export const RECEIPT_WORDS = {
  uk: {
    heading: 'Заяву подано',
    headingMany: 'Заяви подано',
    number: 'Номер заяви',
    service: 'Послуга',
    submittedAt: 'Дата і час',
    kiosk: 'Кіоск',
    whatNext: 'Що буде далі',
    decisionTime: 'Строк розгляду',
    bring: 'Візьміть із собою',
    qr: 'Перевірити стан заяви: відскануйте цей код на кіоску або введіть номер заяви',
    staff: 'Потрібна допомога? Зверніться до працівника ЦНАП',
    checklist: 'Що потрібно для послуги',
    printedAt: 'Надруковано',
    whoCan: 'Хто може отримати',
    decidingBody: 'Хто вирішує',
    asked: 'Про що запитають',
    documents: 'Документи',
    checklistNote: 'Це не заява. Подати заяву можна на кіоску або у працівника ЦНАП.',
  },
  en: {
    heading: 'Application submitted',
    headingMany: 'Applications submitted',
    number: 'Application number',
    service: 'Service',
    submittedAt: 'Date and time',
    kiosk: 'Kiosk',
    whatNext: 'What happens next',
    decisionTime: 'Decision within',
    bring: 'Bring with you',
    qr: 'To check the status: scan this code at the kiosk or enter the application number',
    staff: 'Need help? Ask a member of the ЦНАП staff',
    checklist: 'What you need for',
    printedAt: 'Printed',
    whoCan: 'Who can get it',
    decidingBody: 'Who decides',
    asked: 'What you will be asked',
    documents: 'Documents',
    checklistNote: 'This is not an application. You can apply at the kiosk or with a member of staff.',
  },
} as const satisfies Record<Language, Record<string, string>>;
