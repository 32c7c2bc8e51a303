// Receipts and checklists as ESC/POS bytes for an 80 mm thermal printer, from the same content description as the PDF:
// the printer's own font (48 characters a line), the number in double size, a QR code per application, then a cut.
import { CODE_PAGES, encodeForPrinter, type CodePageName } from '../escpos/code-pages.ts';
import { align, bold, characterSize, FEED_AND_CUT, INITIALISE, LINE_FEED, qrCode, selectCodePage } from '../escpos/commands.ts';
import type { PrintDocument, PrintOptions } from '../printer.ts';
import { contentOf } from './receipt-content.ts';

export interface EscPosOptions extends PrintOptions {
  codePage: CodePageName;
  /** ESC t number of that code page on this printer (its self-test page lists them). */
  codePageNumber?: number;
  /** Characters a line in font A at normal size: 48 on 80 mm paper (576 dots), 32 on 58 mm. */
  columns?: number;
}

/** Breaks text into lines of at most `width` characters, at spaces, and inside words only when a word is longer. */
export function wrapColumns(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [];
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  return line ? [...lines, line] : lines;
}

export function renderEscPos(doc: PrintDocument, options: EscPosOptions): Buffer {
  // An 80 mm roll cannot carry an A4 form to sign: the desk printer prints those.
  if (doc.kind === 'official-forms')
    throw new Error('the official forms are A4 pages: print them at the desk printer (DESK_PRINTER), not on the 80 mm receipt printer');
  const columns = options.columns ?? 48;
  // Large print doubles every letter; the number goes from double to triple size.
  const scale = options.largePrint ? 2 : 1;
  const out: Buffer[] = [INITIALISE, selectCodePage(options.codePageNumber ?? CODE_PAGES[options.codePage].defaultNumber)];
  /** `size` is scaled for large print; `magnify` is exact. */
  const text = (value: string, { size = 1, magnify = 0, strong = false, centre = false, indent = '' } = {}) => {
    const magnified = Math.min(8, magnify || size * scale);
    out.push(align(centre ? 'centre' : 'left'), characterSize(magnified, magnified), bold(strong));
    const width = Math.floor(columns / magnified);
    wrapColumns(value, width - indent.length).forEach((line, i) =>
      out.push(encodeForPrinter(`${i === 0 ? '' : ' '.repeat(indent.length)}${line}`, options.codePage), LINE_FEED),
    );
  };
  const gap = () => out.push(characterSize(1, 1), LINE_FEED);

  for (const block of contentOf(doc)) {
    switch (block.kind) {
      case 'centre':
        text(block.name, { strong: true, centre: true });
        if (block.address) text(block.address, { centre: true });
        break;
      case 'meta':
        text(block.text, { centre: true });
        break;
      case 'title':
        gap();
        text(block.text, { size: 2, strong: true, centre: true });
        break;
      case 'number':
        text(block.label, { centre: true });
        // The number stays on one line: double size (triple in large print) holds 24 (16) characters on 80 mm.
        text(block.number, { magnify: options.largePrint ? 3 : 2, strong: true, centre: true });
        gap();
        break;
      case 'heading':
        text(block.text, { strong: true });
        break;
      case 'paragraph':
        text(block.text, { strong: block.strong ?? false });
        gap();
        break;
      case 'list':
        for (const item of block.items) text(`${block.marker} ${item}`, { indent: '  ' });
        gap();
        break;
      case 'qr':
        out.push(align('centre'), qrCode(block.data, options.largePrint ? 8 : 6), LINE_FEED);
        break;
      case 'rule':
        out.push(align('left'), characterSize(1, 1), bold(false), encodeForPrinter('-'.repeat(columns), options.codePage), LINE_FEED);
        break;
      case 'footer':
        text(block.text, { strong: block.strong ?? false, centre: true });
        break;
    }
  }
  out.push(characterSize(1, 1), bold(false), align('left'), LINE_FEED, LINE_FEED, FEED_AND_CUT);
  return Buffer.concat(out);
}
