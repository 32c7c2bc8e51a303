// The 80 mm receipt as a PDF: measured first, then drawn on a page exactly as tall as its content.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { formatKyivDateTime, RECEIPT_WORDS, type Checklist, type PrintDocument, type VisitReceipt } from '../printer.ts';
import { dejaVuSans } from './fonts.ts';

const MM = 72 / 25.4;
export const RECEIPT_WIDTH_MM = 80;
const MARGIN = 4 * MM;
const WIDTH = RECEIPT_WIDTH_MM * MM;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const QR_MODULE = 0.9 * MM;
const BLACK = rgb(0, 0, 0);

type Block =
  | { kind: 'text'; text: string; font: 'regular' | 'bold'; size: number; gapAfter: number }
  | { kind: 'rule'; gapAfter: number }
  | { kind: 'qr'; text: string; gapAfter: number };

const text = (t: string, size = 9, font: 'regular' | 'bold' = 'regular', gapAfter = 2): Block => ({ kind: 'text', text: t, font, size, gapAfter });
const rule: Block = { kind: 'rule', gapAfter: 6 };

function receiptBlocks(doc: VisitReceipt): Block[] {
  const words = RECEIPT_WORDS[doc.language];
  const many = doc.applications.length > 1;
  return [
    text(doc.centreName, 10, 'bold', 1),
    text(`${words.kiosk}: ${doc.kioskId}`, 8, 'regular', 1),
    text(`${words.submittedAt}: ${formatKyivDateTime(doc.submittedAt)}`, 8, 'regular', 6),
    text(many ? words.headingMany : words.heading, 14, 'bold', 6),
    ...doc.applications.flatMap((application): Block[] => [
      rule,
      text(words.number, 9, 'regular', 2),
      text(application.applicationNumber, 17, 'bold', 4),
      text(`${words.service}: ${application.serviceTitle}`, 9, 'bold', 6),
      text(words.whatNext, 10, 'bold', 2),
      text(application.whatHappensNext, 9, 'regular', 2),
      text(`${words.decisionTime}: ${application.decisionTime}`, 9, 'regular', 6),
      ...(application.documents.length ? [text(words.bring, 10, 'bold', 2), ...application.documents.map((d) => text(`• ${d}`, 9, 'regular', 1)), text('', 4, 'regular', 4)] : []),
      { kind: 'qr', text: application.applicationNumber, gapAfter: 6 },
    ]),
    rule,
    text(words.qr, 8, 'regular', 6),
    text(words.staff, 8, 'bold', 0),
  ];
}

function checklistBlocks(doc: Checklist): Block[] {
  const words = RECEIPT_WORDS[doc.language];
  return [
    text(doc.centreName, 10, 'bold', 1),
    text(`${words.printedAt}: ${formatKyivDateTime(doc.printedAt)}`, 8, 'regular', 6),
    text(words.checklist, 10, 'regular', 2),
    text(doc.serviceTitle, 13, 'bold', 6),
    text(words.whoCan, 10, 'bold', 2),
    text(doc.eligibility, 9, 'regular', 4),
    text(`${words.decidingBody}: ${doc.decidingBody}`, 9, 'regular', 2),
    text(`${words.decisionTime}: ${doc.decisionTime}`, 9, 'regular', 6),
    rule,
    text(words.documents, 10, 'bold', 2),
    ...doc.documents.map((d) => text(`☐ ${d.title}${d.whenText ? ` — ${d.whenText}` : ''}`, 9, 'regular', 2)),
    rule,
    text(words.asked, 10, 'bold', 2),
    ...doc.sections.flatMap((section) => [text(section.title, 9, 'bold', 1), ...section.questions.map((q) => text(`• ${q}`, 8, 'regular', 1)), text('', 3, 'regular', 2)]),
    rule,
    text(words.checklistNote, 8, 'regular', 4),
    text(words.staff, 8, 'bold', 0),
  ];
}

/** Splits a word wider than the line (a long number, an address without spaces) into pieces that fit. */
function splitLongWord(word: string, font: PDFFont, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && font.widthOfTextAtSize(piece + char, size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const words = paragraph.split(/\s+/).filter(Boolean).flatMap((w) => splitLongWord(w, font, size, width));
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

const lineHeight = (size: number) => size * 1.25;

export async function renderReceiptPdf(doc: PrintDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fontBytes = dejaVuSans();
  const fonts = {
    regular: await pdf.embedFont(fontBytes.regular, { subset: true }),
    bold: await pdf.embedFont(fontBytes.bold, { subset: true }),
  };
  const words = RECEIPT_WORDS[doc.language];
  pdf.setTitle(doc.kind === 'visit-receipt' ? `${words.heading} ${doc.applications.map((a) => a.applicationNumber).join(', ')}` : `${words.checklist}: ${doc.serviceTitle}`);
  pdf.setLanguage(doc.language === 'uk' ? 'uk-UA' : 'en-GB');
  pdf.setCreationDate(doc.kind === 'visit-receipt' ? doc.submittedAt : doc.printedAt);
  pdf.setProducer('Vikno kiosk');

  const blocks = doc.kind === 'visit-receipt' ? receiptBlocks(doc) : checklistBlocks(doc);
  const measured = blocks.map((block) => {
    if (block.kind === 'text') {
      const lines = wrap(block.text, fonts[block.font], block.size, TEXT_WIDTH);
      return { block, lines, qr: undefined, height: lines.length * lineHeight(block.size) + block.gapAfter };
    }
    if (block.kind === 'qr') {
      const qr = QRCode.create(block.text, { errorCorrectionLevel: 'M' }).modules;
      return { block, lines: [], qr, height: qr.size * QR_MODULE + block.gapAfter };
    }
    return { block, lines: [], qr: undefined, height: 1 + block.gapAfter };
  });
  const height = measured.reduce((sum, m) => sum + m.height, 0) + 2 * MARGIN;
  const page: PDFPage = pdf.addPage([WIDTH, height]);

  let y = height - MARGIN;
  for (const { block, lines, qr: matrix, height: blockHeight } of measured) {
    if (block.kind === 'text') {
      for (const line of lines) {
        y -= lineHeight(block.size);
        page.drawText(line, { x: MARGIN, y: y + block.size * 0.25, size: block.size, font: fonts[block.font], color: BLACK });
      }
      y -= block.gapAfter;
    } else if (block.kind === 'rule') {
      y -= 1;
      page.drawLine({ start: { x: MARGIN, y }, end: { x: WIDTH - MARGIN, y }, thickness: 0.5, color: BLACK });
      y -= block.gapAfter;
    } else if (matrix) {
      const qr = matrix;
      const size = qr.size * QR_MODULE;
      const left = (WIDTH - size) / 2;
      const top = y;
      for (let row = 0; row < qr.size; row++) {
        for (let col = 0; col < qr.size; col++) {
          if (qr.get(row, col)) {
            page.drawRectangle({ x: left + col * QR_MODULE, y: top - (row + 1) * QR_MODULE, width: QR_MODULE, height: QR_MODULE, color: BLACK });
          }
        }
      }
      y -= blockHeight;
    }
  }
  return pdf.save();
}
