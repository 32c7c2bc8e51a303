// What a printer reports; shared by the printers, the server and the staff console, so it lives at the bottom.
export type PrinterStatus = 'ready' | 'paper-low' | 'paper-out' | 'cover-open' | 'offline' | 'error';
