// How one print job came out; its own file so the domain events can name it without the print queue.
import type { PrinterStatus } from '../../protocol/printer-status.ts';

export type PrintOutcome = { printed: true } | { printed: false; status: PrinterStatus; error: string };
