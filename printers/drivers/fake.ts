import { PrinterNotReadyError, type Printer, type PrintDocument, type PrintOptions } from '../printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';

/** Keeps printed documents in memory; tests set `state` to make it fail as the real drivers do (PrinterNotReadyError). */
export class FakePrinter implements Printer {
  readonly kind = 'fake';
  readonly printed: PrintDocument[] = [];
  /** The options each printed document came with. */
  readonly printedOptions: PrintOptions[] = [];
  state: PrinterStatus = 'ready';

  async print(document: PrintDocument, options: PrintOptions = {}): Promise<void> {
    if (this.state !== 'ready' && this.state !== 'paper-low') throw new PrinterNotReadyError(this.state);
    this.printed.push(document);
    this.printedOptions.push(options);
  }

  async status(): Promise<PrinterStatus> {
    return this.state;
  }
}
