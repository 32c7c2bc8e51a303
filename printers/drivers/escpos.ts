// An 80 mm thermal printer speaking ESC/POS over TCP (port 9100, "raw" or "JetDirect"). The status is read with the
// real-time DLE EOT commands before each job (nothing is sent to a printer without paper) and after it (paper that ran
// out during the job is reported, so the job is printed again once the paper is back).
import { connect, type Socket } from 'node:net';
import type { CodePageName } from '../escpos/code-pages.ts';
import { STATUS_QUERIES, statusQuery } from '../escpos/commands.ts';
import { statusFromBytes } from '../escpos/status.ts';
import { renderEscPos } from '../layouts/receipt-escpos.ts';
import { PrinterNotReadyError, type Printer, type PrintDocument, type PrintOptions } from '../printer.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';

export interface EscPosSettings {
  host: string;
  port: number;
  codePage: CodePageName;
  codePageNumber?: number;
  /** Characters a line: 48 on 80 mm paper. */
  columns?: number;
  /** How long to wait for the printer to connect or answer. */
  timeoutMs?: number;
}

const CAN_PRINT: PrinterStatus[] = ['ready', 'paper-low'];

export class EscPosPrinter implements Printer {
  readonly kind = 'escpos';

  constructor(private readonly settings: EscPosSettings) {}

  private open(): Promise<Socket> {
    const { host, port, timeoutMs = 3000 } = this.settings;
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer from ${host}:${port} within ${timeoutMs} ms`)));
      socket.once('connect', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  /** Asks DLE EOT 1, 2, 4 on an open connection and reads the three answers. */
  private query(socket: Socket): Promise<PrinterStatus> {
    return new Promise((resolve, reject) => {
      let answer = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        answer = Buffer.concat([answer, chunk]);
        if (answer.length < STATUS_QUERIES.length) return;
        cleanup();
        resolve(statusFromBytes(answer[0]!, answer[1]!, answer[2]!));
      };
      const onEnd = (error?: Error) => {
        cleanup();
        reject(error ?? new Error('the printer closed the connection'));
      };
      const cleanup = () => {
        socket.off('data', onData);
        socket.off('error', onEnd);
        socket.off('close', onClose);
      };
      const onClose = () => onEnd();
      socket.on('data', onData);
      socket.once('error', onEnd);
      socket.once('close', onClose);
      socket.write(Buffer.concat(STATUS_QUERIES.map(statusQuery)));
    });
  }

  private async withConnection<T>(use: (socket: Socket) => Promise<T>): Promise<T> {
    const socket = await this.open();
    try {
      return await use(socket);
    } finally {
      socket.end();
      socket.destroy();
    }
  }

  async status(): Promise<PrinterStatus> {
    try {
      return await this.withConnection((socket) => this.query(socket));
    } catch {
      return 'offline';
    }
  }

  async print(document: PrintDocument, options: PrintOptions = {}): Promise<void> {
    const { codePage, codePageNumber, columns } = this.settings;
    const bytes = renderEscPos(document, { ...options, codePage, ...(codePageNumber !== undefined && { codePageNumber }), ...(columns && { columns }) });
    await this.withConnection(async (socket) => {
      const before = await this.query(socket);
      if (!CAN_PRINT.includes(before)) throw new PrinterNotReadyError(before);
      await new Promise<void>((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve())));
      const after = await this.query(socket);
      if (!CAN_PRINT.includes(after)) throw new PrinterNotReadyError(after, 'during the job');
    }).catch((error: unknown) => {
      if (error instanceof PrinterNotReadyError) throw error;
      throw new PrinterNotReadyError('offline', (error as Error).message);
    });
  }
}
