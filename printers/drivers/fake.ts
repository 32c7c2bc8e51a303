import type { Printer, PrinterStatus, PrintDocument, PrintOptions } from '../printer.ts';

/** Keeps printed documents in memory; tests set `state` to make it fail like a real printer. */
export class FakePrinter implements Printer {
  readonly kind = 'fake';
  readonly printed: PrintDocument[] = [];
  /** The options each printed document came with. */
  readonly printedOptions: PrintOptions[] = [];
  state: PrinterStatus = 'ready';

  async print(document: PrintDocument, options: PrintOptions = {}): Promise<void> {
    if (this.state !== 'ready' && this.state !== 'paper-low') throw new Error(`printer is ${this.state}`);
    this.printed.push(document);
    this.printedOptions.push(options);
  }

  async status(): Promise<PrinterStatus> {
    return this.state;
  }
}
