// Which printer the kiosk uses, from its configuration: the PDF folder (the default), a CUPS queue or an ESC/POS
// printer on the network. Whatever it is, receipts are also archived as PDF files.
import path from 'node:path';
import { ArchivingPrinter } from './archiving-printer.ts';
import type { CodePageName } from './escpos/code-pages.ts';
import { CupsPrinter } from './drivers/cups.ts';
import { EscPosPrinter } from './drivers/escpos.ts';
import { PdfFilePrinter } from './drivers/pdf-file.ts';
import type { Paper } from './layouts/receipt-pdf.ts';
import type { Printer } from './printer.ts';

export type PrinterConfig =
  | { driver: 'pdf-file'; paper: Paper }
  | { driver: 'cups'; queue: string; paper: Paper }
  | { driver: 'escpos'; host: string; port: number; codePage: CodePageName; codePageNumber?: number; columns?: number };

export function createPrinter(config: PrinterConfig, dataDir: string, onArchiveError: (error: unknown) => void): Printer {
  const receipts = path.join(dataDir, 'receipts');
  switch (config.driver) {
    case 'pdf-file':
      return new PdfFilePrinter(receipts, config.paper);
    case 'cups':
      return new ArchivingPrinter(new CupsPrinter(config), new PdfFilePrinter(receipts, config.paper), onArchiveError);
    case 'escpos':
      return new ArchivingPrinter(new EscPosPrinter(config), new PdfFilePrinter(receipts), onArchiveError);
  }
}

/** One line for the start-up report. */
export function describePrinter(config: PrinterConfig): string {
  switch (config.driver) {
    case 'pdf-file':
      return `PDF files (${config.paper})`;
    case 'cups':
      return `CUPS queue ${config.queue} (${config.paper})`;
    case 'escpos':
      return `ESC/POS at ${config.host}:${config.port}, code page ${config.codePage}`;
  }
}
