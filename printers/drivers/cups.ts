// An office or receipt printer behind CUPS: the PDF is sent with `lp -d <queue>`, with the media set to the page (80 mm
// wide and as tall as the receipt, or A4), and the state is read with `lpstat`. Adding the queue is the administrator's
// job (README, "Printers").
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { statusFromLpstat } from '../cups/lpstat.ts';
import { layOutReceiptPdf, type Paper } from '../layouts/receipt-pdf.ts';
import { documentReference, PrinterNotReadyError, type Printer, type PrintDocument, type PrintOptions } from '../printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';

export interface CupsSettings {
  queue: string;
  paper: Paper;
}

const CAN_PRINT: PrinterStatus[] = ['ready', 'paper-low'];

/** A scheduler that does not answer must not hold the print queue forever. */
const LP_TIMEOUT_MS = 30_000;

/** Runs `lp` with the PDF on its standard input; resolves with CUPS's request id. */
function lp(args: string[], pdf: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('lp', args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: LP_TIMEOUT_MS });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const id = /request id is (\S+)/.exec(out)?.[1];
      if (code === 0 && id) resolve(id);
      else reject(new Error(`lp failed (exit ${code ?? 'killed after 30 s'}): ${out.trim()}`));
    });
    child.stdin.end(pdf);
  });
}

export class CupsPrinter implements Printer {
  readonly kind = 'cups';

  constructor(private readonly settings: CupsSettings) {}

  async status(): Promise<PrinterStatus> {
    try {
      const { stdout } = await promisify(execFile)('lpstat', ['-l', '-p', this.settings.queue], { timeout: 5000 });
      return statusFromLpstat(stdout);
    } catch {
      // No scheduler, or no such queue.
      return 'offline';
    }
  }

  /** Resolves once CUPS has accepted the job. */
  async print(document: PrintDocument, options: PrintOptions = {}): Promise<void> {
    const before = await this.status();
    if (!CAN_PRINT.includes(before)) throw new PrinterNotReadyError(before, `CUPS queue ${this.settings.queue}`);
    const { pdf, pageMm } = await layOutReceiptPdf(document, { ...options, paper: this.settings.paper });
    const media = this.settings.paper === 'a4' ? 'A4' : `Custom.${pageMm.width}x${Math.ceil(pageMm.height)}mm`;
    const title = `${documentReference(document)}${options.largePrint ? '-large' : ''}`;
    await lp(['-d', this.settings.queue, '-t', title, '-o', `media=${media}`], pdf).catch((error: Error) => {
      throw new PrinterNotReadyError('error', error.message);
    });
  }
}
