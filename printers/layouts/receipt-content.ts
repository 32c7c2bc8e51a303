// What a receipt or checklist says, once, without how it looks: the PDF (80 mm roll or A4, standard or large print) and
// the ESC/POS layout both draw from this list.
import { formatKyivDateTime } from '../../content/kyiv-time.ts';
import { receiptWordsIn, type Checklist, type ReceiptDocument, type VisitReceipt } from '../printer.ts';

export type ContentBlock =
  /** The centre's name (and address): the top of every document. */
  | { kind: 'centre'; name: string; address?: string }
  /** Small print: kiosk, date and time. */
  | { kind: 'meta'; text: string }
  | { kind: 'title'; text: string }
  /** An application number: the biggest type on the page. */
  | { kind: 'number'; label: string; number: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'list'; items: string[]; marker: '•' | '☐' }
  | { kind: 'qr'; data: string }
  | { kind: 'rule' }
  /** The closing lines: how to ask staff. */
  | { kind: 'footer'; text: string; strong?: boolean };

/** The title, and — when the desk must still accept the applications — what to do now, before anything else. */
function receiptHeading(doc: VisitReceipt, words: ReturnType<typeof receiptWordsIn>): ContentBlock[] {
  const many = doc.applications.length > 1;
  if (!doc.nextStep) return [{ kind: 'title', text: many ? words.headingMany : words.heading }];
  return [
    { kind: 'title', text: many ? words.savedHeadingMany : words.savedHeading },
    { kind: 'heading', text: words.nextStep },
    { kind: 'paragraph', text: doc.nextStep, strong: true },
  ];
}

function receiptContent(doc: VisitReceipt): ContentBlock[] {
  const words = receiptWordsIn(doc.language);
  return [
    { kind: 'centre', name: doc.centreName, ...(doc.centreAddress && { address: doc.centreAddress }) },
    { kind: 'meta', text: `${words.kiosk}: ${doc.kioskId}` },
    { kind: 'meta', text: `${words.submittedAt}: ${formatKyivDateTime(doc.submittedAt)}` },
    ...receiptHeading(doc, words),
    ...doc.applications.flatMap((application): ContentBlock[] => [
      { kind: 'rule' },
      { kind: 'number', label: words.number, number: application.applicationNumber },
      { kind: 'paragraph', text: `${words.service}: ${application.serviceTitle}`, strong: true },
      { kind: 'heading', text: doc.nextStep ? words.whatNextAfterAcceptance : words.whatNext },
      { kind: 'paragraph', text: application.whatHappensNext },
      { kind: 'paragraph', text: `${words.decisionTime}: ${application.decisionTime}` },
      ...(application.documents.length
        ? [{ kind: 'heading', text: words.bring } as const, { kind: 'list', items: application.documents, marker: '•' } as const]
        : []),
      { kind: 'qr', data: application.applicationNumber },
    ]),
    { kind: 'rule' },
    { kind: 'footer', text: words.qr },
    { kind: 'footer', text: words.staff, strong: true },
  ];
}

function checklistContent(doc: Checklist): ContentBlock[] {
  const words = receiptWordsIn(doc.language);
  return [
    { kind: 'centre', name: doc.centreName, ...(doc.centreAddress && { address: doc.centreAddress }) },
    { kind: 'meta', text: `${words.printedAt}: ${formatKyivDateTime(doc.printedAt)}` },
    { kind: 'paragraph', text: words.checklist },
    { kind: 'title', text: doc.serviceTitle },
    { kind: 'heading', text: words.whoCan },
    { kind: 'paragraph', text: doc.eligibility },
    { kind: 'paragraph', text: `${words.decidingBody}: ${doc.decidingBody}` },
    { kind: 'paragraph', text: `${words.decisionTime}: ${doc.decisionTime}` },
    { kind: 'rule' },
    { kind: 'heading', text: words.documents },
    { kind: 'list', items: doc.documents.map((d) => `${d.title}${d.whenText ? ` — ${d.whenText}` : ''}`), marker: '☐' },
    { kind: 'rule' },
    { kind: 'heading', text: words.asked },
    ...doc.sections.flatMap((section): ContentBlock[] => [
      { kind: 'paragraph', text: section.title, strong: true },
      { kind: 'list', items: section.questions, marker: '•' },
    ]),
    { kind: 'rule' },
    { kind: 'footer', text: words.checklistNote },
    { kind: 'footer', text: words.staff, strong: true },
  ];
}

export function contentOf(doc: ReceiptDocument): ContentBlock[] {
  return doc.kind === 'visit-receipt' ? receiptContent(doc) : checklistContent(doc);
}

/** The PDF's title: what the document is and its numbers. */
export function titleOf(doc: ReceiptDocument): string {
  const words = receiptWordsIn(doc.language);
  return doc.kind === 'visit-receipt'
    ? `${words.heading} ${doc.applications.map((a) => a.applicationNumber).join(', ')}`
    : `${words.checklist}: ${doc.serviceTitle}`;
}
