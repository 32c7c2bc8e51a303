import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of a PDF as poppler's pdftotext reads it, with line breaks and runs of spaces made single spaces. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/**
 * Every QR code in a PDF, top to bottom, decoded: each page is rendered by poppler's pdftoppm (150 dpi) and read by jsQR
 * in overlapping bands (jsQR reads one code per image; a band is taller than any code and shorter than the gap between two).
 */
export async function pdfQrCodes(file: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vikno-qr-'));
  const BAND = 450;
  const STEP = 75;
  try {
    await promisify(execFile)('pdftoppm', ['-png', '-r', '150', file, path.join(dir, 'page')]);
    const found: string[] = [];
    for (const name of (await readdir(dir)).sort()) {
      const png = PNG.sync.read(await readFile(path.join(dir, name)));
      let last: string | undefined;
      for (let top = 0; top < Math.max(1, png.height - BAND + STEP); top += STEP) {
        const height = Math.min(BAND, png.height - top);
        const band = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset + top * png.width * 4, height * png.width * 4);
        const code = jsQR(band, png.width, height)?.data;
        if (code && code !== last && !found.includes(code)) found.push(code);
        if (code) last = code;
      }
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
