// Receipts and checklists as PDF, from the one content description (receipt-content.ts): on an 80 mm roll (one page
// exactly as tall as its content) or on A4 pages, in standard or large print. Fonts are DejaVu subsets (Ukrainian і ї є ґ).
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { PrintDocument, PrintOptions } from '../printer.ts';
import { dejaVuSans } from './fonts.ts';
import { qrPath, wrap } from './pdf-text.ts';
import { renderFormsPdf } from './forms-pdf.ts';
import { contentOf, titleOf, type ContentBlock } from './receipt-content.ts';

const MM = 72 / 25.4;
const PLAIN_TEXT = { kern: false, liga: false, calt: false, ccmp: false, locl: false, mark: false, mkmk: false };
const BLACK = rgb(0, 0, 0);

export type Paper = 'roll-80mm' | 'a4';

/** Type sizes in points, gaps after each kind of block, and the page. Large print multiplies the type by `largePrint`. */
interface PaperStyle {
  widthMm: number;
  /** A4 has a fixed height and flows onto more pages; a roll is cut after the content. */
  heightMm?: number;
  marginMm: number;
  size: Record<'centre' | 'meta' | 'title' | 'numberLabel' | 'number' | 'heading' | 'paragraph' | 'list' | 'footer', number>;
  qrModuleMm: number;
  largePrint: number;
}

const PAPER_STYLES: Record<Paper, PaperStyle> = {
  'roll-80mm': {
    widthMm: 80,
    marginMm: 4,
    size: { centre: 10, meta: 8, title: 14, numberLabel: 9, number: 17, heading: 10, paragraph: 9, list: 9, footer: 8 },
    qrModuleMm: 0.9,
    largePrint: 1.5,
  },
  a4: {
    widthMm: 210,
    heightMm: 297,
    marginMm: 20,
    size: { centre: 14, meta: 10, title: 20, numberLabel: 12, number: 28, heading: 14, paragraph: 12, list: 12, footer: 10 },
    qrModuleMm: 1.2,
    largePrint: 1.5,
  },
};

type Line = { text: string; font: 'regular' | 'bold'; size: number; indent: number };
type Drawn =
  { kind: 'text'; lines: Line[]; gapAfter: number } | { kind: 'rule'; gapAfter: number } | { kind: 'qr'; modules: QRCode.BitMatrix; gapAfter: number };

const lineHeight = (size: number) => size * 1.25;

/** Sets each content block in type: sizes, wrapping, gaps. */
function typeset(blocks: ContentBlock[], style: PaperStyle, scale: number, fonts: Record<'regular' | 'bold', PDFFont>, width: number): Drawn[] {
  const size = (key: keyof PaperStyle['size']) => style.size[key] * scale;
  const text = (t: string, key: keyof PaperStyle['size'], font: 'regular' | 'bold', indent = 0): Line[] =>
    wrap(t, fonts[font], size(key), width - indent).map((line) => ({ text: line, font, size: size(key), indent }));
  const paragraphGap = size('paragraph') * 0.5;
  return blocks.map((block): Drawn => {
    switch (block.kind) {
      case 'centre':
        return { kind: 'text', lines: [...text(block.name, 'centre', 'bold'), ...(block.address ? text(block.address, 'meta', 'regular') : [])], gapAfter: 2 };
      case 'meta':
        return { kind: 'text', lines: text(block.text, 'meta', 'regular'), gapAfter: 1 };
      case 'title':
        return { kind: 'text', lines: text(block.text, 'title', 'bold'), gapAfter: size('title') * 0.5 };
      case 'number': {
        // The number stays on one line: its type shrinks to fit the width rather than break the number.
        const fitted = Math.min(size('number'), (size('number') * width) / fonts.bold.widthOfTextAtSize(block.number, size('number')));
        return {
          kind: 'text',
          lines: [...text(block.label, 'numberLabel', 'regular'), { text: block.number, font: 'bold', size: fitted, indent: 0 }],
          gapAfter: paragraphGap,
        };
      }
      case 'heading':
        return { kind: 'text', lines: text(block.text, 'heading', 'bold'), gapAfter: 2 };
      case 'paragraph':
        return { kind: 'text', lines: text(block.text, 'paragraph', block.strong ? 'bold' : 'regular'), gapAfter: paragraphGap };
      case 'list': {
        const indent = fonts.regular.widthOfTextAtSize(`${block.marker} `, size('list'));
        const lines = block.items.flatMap((item) => {
          const [first, ...rest] = text(item, 'list', 'regular', indent);
          return [{ ...first!, text: `${block.marker} ${first!.text}`, indent: 0 }, ...rest];
        });
        return { kind: 'text', lines, gapAfter: paragraphGap };
      }
      case 'qr':
        return { kind: 'qr', modules: QRCode.create(block.data, { errorCorrectionLevel: 'M' }).modules, gapAfter: paragraphGap };
      case 'rule':
        return { kind: 'rule', gapAfter: paragraphGap };
      case 'footer':
        return { kind: 'text', lines: text(block.text, 'footer', block.strong ? 'bold' : 'regular'), gapAfter: 2 };
    }
  });
}

/** The PDF of a receipt or checklist. */
export async function renderReceiptPdf(doc: PrintDocument, options: PrintOptions & { paper?: Paper } = {}): Promise<Uint8Array> {
  return (await layOutReceiptPdf(doc, options)).pdf;
}

/** The PDF and the size of its pages in millimetres (a roll's length is the receipt's: CUPS is told the media). */
export async function layOutReceiptPdf(
  doc: PrintDocument,
  options: PrintOptions & { paper?: Paper } = {},
): Promise<{ pdf: Uint8Array; pageMm: { width: number; height: number } }> {
  // The forms to sign have their own A4 layout, whatever paper the receipts use.
  if (doc.kind === 'official-forms') return { pdf: await renderFormsPdf(doc), pageMm: { width: 210, height: 297 } };
  const style = PAPER_STYLES[options.paper ?? 'roll-80mm'];
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fontBytes = dejaVuSans();
  // Without OpenType features (kerning, ligatures, mark positioning) text is laid out glyph by glyph: half the time of a
  // receipt went to DejaVu's GSUB/GPOS tables, and Ukrainian and English need none of them (й, ї, є, ґ are precomposed).
  const fonts = {
    regular: await pdf.embedFont(fontBytes.regular, { subset: true, features: PLAIN_TEXT }),
    bold: await pdf.embedFont(fontBytes.bold, { subset: true, features: PLAIN_TEXT }),
  };
  pdf.setTitle(titleOf(doc));
  pdf.setLanguage(doc.language === 'uk' ? 'uk-UA' : 'en-GB');
  pdf.setCreationDate(doc.kind === 'visit-receipt' ? doc.submittedAt : doc.printedAt);
  pdf.setProducer('Vikno kiosk');

  const width = style.widthMm * MM;
  const margin = style.marginMm * MM;
  const textWidth = width - 2 * margin;
  const qrModule = style.qrModuleMm * MM * (options.largePrint ? 1.25 : 1);
  const drawn = typeset(contentOf(doc), style, options.largePrint ? style.largePrint : 1, fonts, textWidth);
  const heightOf = (d: Drawn) =>
    (d.kind === 'text' ? d.lines.reduce((sum, l) => sum + lineHeight(l.size), 0) : d.kind === 'qr' ? d.modules.size * qrModule : 1) + d.gapAfter;

  // A roll is one page as tall as the content; A4 flows onto new pages, never splitting a QR code.
  const pageHeight = style.heightMm ? style.heightMm * MM : drawn.reduce((sum, d) => sum + heightOf(d), 0) + 2 * margin;
  let page: PDFPage = pdf.addPage([width, pageHeight]);
  let y = pageHeight - margin;
  const room = (needed: number) => {
    if (y - needed >= margin || !style.heightMm) return;
    page = pdf.addPage([width, pageHeight]);
    y = pageHeight - margin;
  };

  for (const block of drawn) {
    if (block.kind === 'text') {
      for (const line of block.lines) {
        room(lineHeight(line.size));
        y -= lineHeight(line.size);
        page.drawText(line.text, { x: margin + line.indent, y: y + line.size * 0.25, size: line.size, font: fonts[line.font], color: BLACK });
      }
      y -= block.gapAfter;
    } else if (block.kind === 'rule') {
      room(1);
      y -= 1;
      page.drawLine({ start: { x: margin, y }, end: { x: width - margin, y }, thickness: 0.5, color: BLACK });
      y -= block.gapAfter;
    } else {
      const { modules } = block;
      const side = modules.size * qrModule;
      room(side);
      const left = (width - side) / 2;
      page.drawSvgPath(qrPath(modules), { x: left, y, scale: qrModule, color: BLACK });
      y -= side + block.gapAfter;
    }
  }
  return { pdf: await pdf.save(), pageMm: { width: style.widthMm, height: pageHeight / MM } };
}
