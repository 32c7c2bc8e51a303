// Reading the answers to DLE EOT 1, 2 and 4 (one byte each; bits 1 and 4 are always set, bits 0 and 7 always clear).
import type { PrinterStatus } from '../../protocol/printer-status.ts';

const isStatusByte = (byte: number) => (byte & 0x93) === 0x12;

/** The printer's state from its answers to DLE EOT 1, 2 and 4, in that order; the worst condition wins. */
export function statusFromBytes(printer: number, offlineCause: number, paper: number): PrinterStatus {
  if (![printer, offlineCause, paper].every(isStatusByte)) return 'error';
  if (paper & 0x60 || offlineCause & 0x20) return 'paper-out';
  if (offlineCause & 0x04) return 'cover-open';
  if (offlineCause & 0x40) return 'error';
  if (printer & 0x08) return 'offline';
  if (paper & 0x0c) return 'paper-low';
  return 'ready';
}

/** The bytes a printer in this state answers: for the test printer, and to document the bits. */
export function bytesForStatus(status: PrinterStatus): [number, number, number] {
  switch (status) {
    case 'ready':
      return [0x12, 0x12, 0x12];
    case 'paper-low':
      return [0x12, 0x12, 0x12 | 0x0c];
    case 'paper-out':
      return [0x12 | 0x08, 0x12 | 0x20, 0x12 | 0x0c | 0x60];
    case 'cover-open':
      return [0x12 | 0x08, 0x12 | 0x04, 0x12];
    case 'offline':
      return [0x12 | 0x08, 0x12, 0x12];
    case 'error':
      return [0x12 | 0x08, 0x12 | 0x40, 0x12];
  }
}
