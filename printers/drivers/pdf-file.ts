import { access, mkdir, rename, writeFile, constants } from 'node:fs/promises';
import path from 'node:path';
import { renderReceiptPdf, type Paper } from '../layouts/receipt-pdf.ts';
import { documentReference, type Printer, type PrintDocument, type PrintOptions } from '../printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';

/**
 * Writes each document to `<dir>/<reference>.pdf` (a visit's receipt under its first application number): the default
 * printer, and the archive copy of every receipt.
 */
export class PdfFilePrinter implements Printer {
  readonly kind = 'pdf-file';

  constructor(
    readonly dir: string,
    private readonly paper: Paper = 'roll-80mm',
  ) {}

  fileFor(reference: string): string {
    return path.join(this.dir, `${reference}.pdf`);
  }

  async print(document: PrintDocument, options: PrintOptions = {}): Promise<void> {
    const bytes = await renderReceiptPdf(document, { ...options, paper: this.paper });
    await mkdir(this.dir, { recursive: true });
    const target = this.fileFor(`${documentReference(document)}${options.largePrint ? '-large' : ''}`);
    // Write then rename, so a reader never sees half a receipt.
    const partial = `${target}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, target);
  }

  async status(): Promise<PrinterStatus> {
    try {
      await mkdir(this.dir, { recursive: true });
      await access(this.dir, constants.W_OK);
      return 'ready';
    } catch {
      return 'error';
    }
  }
}
