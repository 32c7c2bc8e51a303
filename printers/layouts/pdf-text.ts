// Text and QR codes on a PDF page, shared by the receipt and the official forms: wrapping to a width, and a QR code as
// one path.
import type { PDFFont } from 'pdf-lib';
import type QRCode from 'qrcode';

/** Text widths, measured once per font, size and word: laying out text with fontkit is the costly part of a receipt. */
export function measurer(font: PDFFont, size: number): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = font.widthOfTextAtSize(text, size)));
    return width;
  };
}

/** Splits a word wider than the line (a long number, an address without spaces) into pieces that fit. */
function splitLongWord(word: string, measure: (text: string) => number, width: number): string[] {
  if (measure(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Breaks text into lines that fit `width`: word widths are added up (with the width of a space between them). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const measure = measurer(font, size);
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => splitLongWord(w, measure, width))) {
      const wordWidth = measure(word);
      if (!line) {
        line = word;
        lineWidth = wordWidth;
      } else if (lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
      } else {
        lines.push(line);
        line = word;
        lineWidth = wordWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A QR code as one path of unit squares (runs of dark modules merged), to scale to the module size: one fill, not hundreds. */
export function qrPath(modules: QRCode.BitMatrix): string {
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < modules.size && modules.get(row, col + run)) run++;
      path += `M${col} ${row}h${run}v1h${-run}z`;
      col += run - 1;
    }
  }
  return path;
}
