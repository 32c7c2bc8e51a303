// The 80 mm receipt as a PDF: measured first, then drawn on a page exactly as tall as its content.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { formatKyivDateTime, RECEIPT_WORDS, type ReceiptDocument } from '../printer.ts';
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

function receiptBlocks(doc: ReceiptDocument): Block[] {
  const words = RECEIPT_WORDS[doc.language];
  const text = (t: string, size = 9, font: 'regular' | 'bold' = 'regular', gapAfter = 2): Block => ({ kind: 'text', text: t, font, size, gapAfter });
  return [
    text(doc.centreName, 10, 'bold', 1),
    text(`${words.kiosk}: ${doc.kioskId}`, 8, 'regular', 6),
    text(words.heading, 14, 'bold', 6),
    text(words.number, 9, 'regular', 2),
    text(doc.applicationNumber, 17, 'bold', 6),
    text(`${words.service}: ${doc.serviceTitle}`, 9, 'regular', 2),
    text(`${words.submittedAt}: ${formatKyivDateTime(doc.submittedAt)}`, 9, 'regular', 6),
    { kind: 'rule', gapAfter: 6 },
    text(words.whatNext, 10, 'bold', 2),
    text(doc.whatHappensNext, 9, 'regular', 2),
    text(`${words.decisionTime}: ${doc.decisionTime}`, 9, 'regular', 6),
    ...(doc.documents.length
      ? [text(words.bring, 10, 'bold', 2), ...doc.documents.map((d) => text(`• ${d}`, 9, 'regular', 1)), { kind: 'rule' as const, gapAfter: 6 }]
      : [{ kind: 'rule' as const, gapAfter: 6 }]),
    { kind: 'qr', text: doc.qrText, gapAfter: 4 },
    text(words.qr, 8, 'regular', 6),
    text(words.staff, 8, 'bold', 0),
  ];
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
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

export async function renderReceiptPdf(doc: ReceiptDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fontBytes = dejaVuSans();
  const fonts = {
    regular: await pdf.embedFont(fontBytes.regular, { subset: true }),
    bold: await pdf.embedFont(fontBytes.bold, { subset: true }),
  };
  pdf.setTitle(`${RECEIPT_WORDS[doc.language].heading} ${doc.applicationNumber}`);
  pdf.setLanguage(doc.language === 'uk' ? 'uk-UA' : 'en-GB');
  pdf.setCreationDate(doc.submittedAt);
  pdf.setProducer('Vikno kiosk');

  const blocks = receiptBlocks(doc);
  const qr = QRCode.create(doc.qrText, { errorCorrectionLevel: 'M' }).modules;
  const measured = blocks.map((block) => {
    if (block.kind === 'text') {
      const lines = wrap(block.text, fonts[block.font], block.size, TEXT_WIDTH);
      return { block, lines, height: lines.length * lineHeight(block.size) + block.gapAfter };
    }
    if (block.kind === 'qr') return { block, lines: [], height: qr.size * QR_MODULE + block.gapAfter };
    return { block, lines: [], height: 1 + block.gapAfter };
  });
  const height = measured.reduce((sum, m) => sum + m.height, 0) + 2 * MARGIN;
  const page: PDFPage = pdf.addPage([WIDTH, height]);

  let y = height - MARGIN;
  for (const { block, lines, height: blockHeight } of measured) {
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
    } else {
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
