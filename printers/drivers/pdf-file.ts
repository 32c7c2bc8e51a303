import { access, mkdir, rename, writeFile, constants } from 'node:fs/promises';
import path from 'node:path';
import { renderReceiptPdf } from '../layouts/receipt-pdf.ts';
import type { Printer, PrinterStatus, ReceiptDocument } from '../printer.ts';

/** Writes each receipt to `<dir>/<application number>.pdf`: the default printer and the archive copy of every receipt. */
export class PdfFilePrinter implements Printer {
  readonly kind = 'pdf-file';

  constructor(readonly dir: string) {}

  fileFor(applicationNumber: string): string {
    return path.join(this.dir, `${applicationNumber}.pdf`);
  }

  async print(document: ReceiptDocument): Promise<void> {
    const bytes = await renderReceiptPdf(document);
    await mkdir(this.dir, { recursive: true });
    const target = this.fileFor(document.applicationNumber);
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
