import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** The text of a PDF as poppler's pdftotext reads it, with line breaks and runs of spaces made single spaces. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
  return stdout.replace(/\s+/g, ' ');
}
