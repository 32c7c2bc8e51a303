// A CUPS queue for tests: the scheduler started if it is not running (CI runs as root), a queue printing to PDF files
// through cups-pdf, and where those files appear.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eventually } from './eventually.ts';

const run = promisify(execFile);
const CUPS_PDF_PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';

const schedulerRunning = () => spawnSync('lpstat', ['-r'], { encoding: 'utf8' }).stdout.includes('scheduler is running');

export async function ensureCupsScheduler(): Promise<void> {
  if (schedulerRunning()) return;
  // cupsd puts itself in the background once it listens.
  await run('/usr/sbin/cupsd');
  await eventually(schedulerRunning, 5_000, { intervalMs: 100, message: 'cupsd did not start' });
}

export async function addPdfQueue(name: string): Promise<void> {
  await run('lpadmin', ['-p', name, '-E', '-v', 'cups-pdf:/', '-P', CUPS_PDF_PPD]);
}

export async function removeQueue(name: string): Promise<void> {
  await run('lpadmin', ['-x', name]).catch(() => undefined);
}

/** Where cups-pdf writes the PDFs of this user's jobs (its `Out` setting, ${HOME}/PDF on Debian). */
function cupsPdfOutputDir(): string {
  const out = /^Out\s+(.+)$/m.exec(readFileSync('/etc/cups/cups-pdf.conf', 'utf8'))?.[1]?.trim() ?? '${HOME}/PDF';
  return out.replace('${HOME}', homedir()).replace('${USER}', process.env['USER'] ?? 'root');
}

/** Waits for cups-pdf's finished file of the job titled `title` (it names files after the title). */
export async function waitForCupsPdf(title: string, timeoutMs = 30_000): Promise<string> {
  const dir = cupsPdfOutputDir();
  return eventually(
    async () => {
      const file = (await readdir(dir).catch(() => [] as string[])).find((name) => name.startsWith(title) && name.endsWith('.pdf'));
      // cups-pdf creates the file first and fills it while Ghostscript runs: done when the PDF's end marker is there.
      if (file && (await readFile(path.join(dir, file), 'latin1')).trimEnd().endsWith('%%EOF')) return path.join(dir, file);
      return undefined;
    },
    timeoutMs,
    // Ghostscript is a real outside process: looked at five times a second, not forty.
    { intervalMs: 200, message: `cups-pdf wrote no file for "${title}" in ${dir}` },
  );
}
