// The official forms for signature as an A4 PDF: title and basis, the application numbers with their QR codes, then
// the form's blocks — label and answer rows, ☒ / ☐ boxes, tables of people, signature lines. Every page is
// footed with the numbers and «сторінка N з M». DejaVu subsets, as the receipts (Ukrainian і ї є ґ).
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { FilledBlock, FilledForm } from '../../content/forms/form-schema.ts';
import { formatKyivDate } from '../../content/kyiv-time.ts';
import { fill } from '../../content/text/fill.ts';
import { RECEIPT_WORDS } from '../../content/text/receipt.ts';
import type { OfficialForms } from '../printer.ts';
import { dejaVuSans } from './fonts.ts';
import { qrPath, wrap } from './pdf-text.ts';

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN = 18 * MM;
const FOOTER = 10 * MM;
const WIDTH = PAGE.width - 2 * MARGIN;
const PLAIN_TEXT = { kern: false, liga: false, calt: false, ccmp: false, locl: false, mark: false, mkmk: false };
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.45, 0.45, 0.45);
/** Type sizes in points: 11–12 pt reads at arm's length, as a form handed across a desk is read. */
const SIZE = { title: 14, basis: 9, heading: 12, label: 10, value: 11.5, text: 10.5, footer: 8 };
const QR_MODULE = 0.75 * MM;
const LABEL_SHARE = 0.38;

type Fonts = Record<'regular' | 'bold', PDFFont>;

/** Writes down the page, starting a new one (with its footer drawn at the end) when a block does not fit. */
class PageWriter {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN;
  }

  room(needed: number): void {
    if (this.y - needed < MARGIN + FOOTER) this.newPage();
  }

  lines(text: string, size: number, font: 'regular' | 'bold', x = MARGIN, width = WIDTH, color = BLACK): void {
    for (const line of wrap(text, this.fonts[font], size, width)) {
      this.room(size * 1.3);
      this.y -= size * 1.3;
      this.page.drawText(line, { x, y: this.y + size * 0.25, size, font: this.fonts[font], color });
    }
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A box as DejaVu's own ☒ / ☐, so the text of the PDF says what is ticked too. */
  box(x: number, checked: boolean): void {
    this.page.drawText(checked ? '☒' : '☐', { x, y: this.y + 1, size: SIZE.text + 2, font: this.fonts.regular, color: BLACK });
  }
}

function rows(w: PageWriter, items: { label: string; value: string }[]): void {
  const labelWidth = WIDTH * LABEL_SHARE;
  for (const { label, value } of items) {
    const labelLines = wrap(label, w.fonts.regular, SIZE.label, labelWidth - 6);
    const valueLines = wrap(value, w.fonts.bold, SIZE.value, WIDTH - labelWidth);
    const height = Math.max(labelLines.length * SIZE.label, valueLines.length * SIZE.value) * 1.3 + 4;
    w.room(height);
    const top = w.y;
    labelLines.forEach((line, i) =>
      w.page.drawText(line, { x: MARGIN, y: top - (i + 1) * SIZE.label * 1.3 + 3, size: SIZE.label, font: w.fonts.regular, color: GREY }),
    );
    valueLines.forEach((line, i) =>
      w.page.drawText(line, { x: MARGIN + labelWidth, y: top - (i + 1) * SIZE.value * 1.3 + 3, size: SIZE.value, font: w.fonts.bold, color: BLACK }),
    );
    w.y = top - height;
    w.page.drawLine({ start: { x: MARGIN + labelWidth, y: w.y + 2 }, end: { x: MARGIN + WIDTH, y: w.y + 2 }, thickness: 0.3, color: GREY });
  }
}

function table(w: PageWriter, block: Extract<FilledBlock, { kind: 'table' }>): void {
  w.lines(block.title, SIZE.heading, 'bold');
  w.gap(2);
  if (!block.rows.length) {
    w.lines(block.empty, SIZE.text, 'regular');
    return;
  }
  const columnWidth = WIDTH / block.columns.length;
  const drawRow = (cells: string[], font: 'regular' | 'bold') => {
    const wrapped = cells.map((cell) => wrap(cell, w.fonts[font], SIZE.label, columnWidth - 6));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * SIZE.label * 1.3 + 6;
    w.room(height);
    const top = w.y;
    wrapped.forEach((lines, col) => {
      const x = MARGIN + col * columnWidth;
      w.page.drawRectangle({ x, y: top - height, width: columnWidth, height, borderColor: BLACK, borderWidth: 0.5 });
      lines.forEach((line, i) =>
        w.page.drawText(line, { x: x + 3, y: top - (i + 1) * SIZE.label * 1.3 - 1, size: SIZE.label, font: w.fonts[font], color: BLACK }),
      );
    });
    w.y = top - height;
  };
  drawRow(block.columns, 'bold');
  for (const row of block.rows) drawRow(row, 'regular');
}

function block(w: PageWriter, b: FilledBlock): void {
  switch (b.kind) {
    case 'heading':
      w.room(SIZE.heading * 4);
      w.gap(6);
      w.lines(b.text, SIZE.heading, 'bold');
      w.gap(2);
      return;
    case 'paragraph':
      w.gap(4);
      w.lines(b.text, SIZE.text, 'regular');
      return;
    case 'rows':
      rows(w, b.rows);
      return;
    case 'checkboxes':
      w.gap(6);
      w.lines(b.title, SIZE.heading, 'bold');
      for (const box of b.boxes) {
        const lines = wrap(box.label, w.fonts.regular, SIZE.text, WIDTH - 18);
        w.room(lines.length * SIZE.text * 1.3 + 4);
        w.y -= SIZE.text * 1.3;
        w.box(MARGIN, box.checked);
        lines.forEach((line, i) =>
          w.page.drawText(line, { x: MARGIN + 16, y: w.y + 2 - i * SIZE.text * 1.3, size: SIZE.text, font: w.fonts.regular, color: BLACK }),
        );
        w.y -= (lines.length - 1) * SIZE.text * 1.3 + 4;
      }
      return;
    case 'table':
      w.gap(6);
      table(w, b);
      return;
    case 'signatures':
      w.gap(10);
      for (const line of b.lines) {
        w.room(SIZE.text * 3);
        w.y -= SIZE.text * 2.6;
        w.page.drawText(line, { x: MARGIN, y: w.y, size: SIZE.text, font: w.fonts.regular, color: BLACK });
        w.page.drawLine({ start: { x: MARGIN + WIDTH * 0.45, y: w.y - 1 }, end: { x: MARGIN + WIDTH, y: w.y - 1 }, thickness: 0.6, color: BLACK });
      }
  }
}

/** The numbers of the applications the form is for, each with its QR code (the receipt's: the number itself). */
function numbers(w: PageWriter, form: FilledForm): void {
  const codes = form.applicationNumbers.map((number) => ({ number, modules: QRCode.create(number, { errorCorrectionLevel: 'M' }).modules }));
  const side = Math.max(...codes.map((c) => c.modules.size)) * QR_MODULE;
  w.room(side + SIZE.label * 2);
  const top = w.y;
  codes.forEach(({ number, modules }, i) => {
    const x = MARGIN + i * (side + 14 * MM);
    w.page.drawSvgPath(qrPath(modules), { x, y: top, scale: QR_MODULE, color: BLACK });
    w.page.drawText(number, { x, y: top - side - SIZE.label * 1.2, size: SIZE.label, font: w.fonts.bold, color: BLACK });
  });
  w.y = top - side - SIZE.label * 2;
}

export async function renderFormsPdf(doc: OfficialForms): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = dejaVuSans();
  const fonts: Fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: true, features: PLAIN_TEXT }),
    bold: await pdf.embedFont(bytes.bold, { subset: true, features: PLAIN_TEXT }),
  };
  pdf.setTitle(doc.forms.map((f) => f.title).join('; '));
  pdf.setLanguage('uk-UA');
  pdf.setCreationDate(doc.printedAt);
  pdf.setProducer('Vikno kiosk');
  const w = new PageWriter(pdf, fonts);
  doc.forms.forEach((form, i) => {
    if (i > 0) w.newPage();
    w.lines(form.title, SIZE.title, 'bold');
    w.lines(form.basis, SIZE.basis, 'regular', MARGIN, WIDTH, GREY);
    w.lines(`${doc.centreName}, ${formatKyivDate(doc.printedAt)}`, SIZE.basis, 'regular', MARGIN, WIDTH, GREY);
    w.gap(8);
    numbers(w, form);
    for (const b of form.blocks) block(w, b);
  });
  const applicationNumbers = [...new Set(doc.forms.flatMap((f) => f.applicationNumbers))].join(', ');
  w.pages.forEach((page, i) => {
    page.drawText(fill(RECEIPT_WORDS.formsFooter.uk, { numbers: applicationNumbers, page: i + 1, pages: w.pages.length }), {
      x: MARGIN,
      y: MARGIN / 2,
      size: SIZE.footer,
      font: fonts.regular,
      color: GREY,
    });
  });
  return pdf.save();
}
