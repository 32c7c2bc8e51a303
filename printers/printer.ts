import type { Language } from '../content/localized.ts';

/** What a receipt says, already in the person's language; layouts decide how it looks on paper. */
export interface ReceiptDocument {
  kind: 'application-receipt';
  language: Language;
  centreName: string;
  kioskId: string;
  applicationNumber: string;
  serviceTitle: string;
  submittedAt: Date;
  whatHappensNext: string;
  decisionTime: string;
  documents: string[];
  /** What the QR code holds: the application number, for the status check. */
  qrText: string;
}

export type PrinterStatus = 'ready' | 'paper-low' | 'paper-out' | 'cover-open' | 'offline' | 'error';

/** A receipt printer: PDF file, CUPS queue or ESC/POS thermal printer. */
export interface Printer {
  readonly kind: string;
  print(document: ReceiptDocument): Promise<void>;
  status(): Promise<PrinterStatus>;
}

/** Words printed on every receipt, per language. */
export const RECEIPT_WORDS = {
  uk: {
    heading: 'Заяву подано',
    number: 'Номер заяви',
    service: 'Послуга',
    submittedAt: 'Дата і час',
    kiosk: 'Кіоск',
    whatNext: 'Що буде далі',
    decisionTime: 'Строк розгляду',
    bring: 'Візьміть із собою',
    qr: 'Перевірити стан заяви: відскануйте цей код на кіоску або введіть номер заяви',
    staff: 'Потрібна допомога? Зверніться до працівника ЦНАП',
  },
  en: {
    heading: 'Application submitted',
    number: 'Application number',
    service: 'Service',
    submittedAt: 'Date and time',
    kiosk: 'Kiosk',
    whatNext: 'What happens next',
    decisionTime: 'Decision within',
    bring: 'Bring with you',
    qr: 'To check the status: scan this code at the kiosk or enter the application number',
    staff: 'Need help? Ask a member of the ЦНАП staff',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Date and time in Kyiv, as on Ukrainian documents: 22.11.2026 14:05. */
export function formatKyivDateTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('uk-UA', {
    timeZone: 'Europe/Kyiv',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')}`;
}
