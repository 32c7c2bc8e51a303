// Every receipt is also kept as a PDF in the data folder, whatever printer puts it on paper: staff can reprint or show
// it, and it is there when the paper ran out.
import { PdfFilePrinter } from './drivers/pdf-file.ts';
import type { Printer, PrintDocument, PrintOptions } from './printer.ts';
import type { PrinterStatus } from '../protocol/printer-status.ts';

export class ArchivingPrinter implements Printer {
  readonly kind: string;

  constructor(
    private readonly printer: Printer,
    readonly archive: PdfFilePrinter,
    private readonly onArchiveError: (error: unknown) => void,
  ) {
    this.kind = printer.kind;
  }

  async print(document: PrintDocument, options?: PrintOptions): Promise<void> {
    // The archive copy never decides whether the receipt printed.
    await this.archive.print(document, options).catch(this.onArchiveError);
    await this.printer.print(document, options);
  }

  status(): Promise<PrinterStatus> {
    return this.printer.status();
  }
}
