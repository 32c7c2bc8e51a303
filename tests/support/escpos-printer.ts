// A stand-in for a network thermal printer on 127.0.0.1: it keeps every byte it is sent and answers the real-time
// status commands (DLE EOT 1/2/4) from `status`, as a real printer answers from its sensors.
import { createServer, type Server, type Socket } from 'node:net';
import { bytesForStatus } from '../../printers/escpos/status.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';

export interface TestEscPosPrinter {
  port: number;
  status: PrinterStatus;
  /** Jobs received: the bytes of each connection that sent more than status queries. */
  jobs(): Buffer[];
  close(): Promise<void>;
}

export async function startTestEscPosPrinter(port = 0): Promise<TestEscPosPrinter> {
  const connections: Buffer[] = [];
  const sockets = new Set<Socket>();
  const printer = { status: 'ready' as PrinterStatus };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const index = connections.push(Buffer.alloc(0)) - 1;
    socket.on('data', (chunk) => {
      const previous = connections[index]!;
      connections[index] = Buffer.concat([previous, chunk]);
      // Look for DLE EOT n in what arrived (a query can straddle two chunks).
      const seen = connections[index]!;
      for (let i = Math.max(0, previous.length - 2); i + 2 < seen.length; i++) {
        if (seen[i] === 0x10 && seen[i + 1] === 0x04 && [1, 2, 4].includes(seen[i + 2]!)) {
          const [printerByte, offlineCause, paper] = bytesForStatus(printer.status);
          socket.write(Buffer.from([{ 1: printerByte, 2: offlineCause, 4: paper }[seen[i + 2] as 1 | 2 | 4]]));
        }
      }
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    get status() {
      return printer.status;
    },
    set status(value: PrinterStatus) {
      printer.status = value;
    },
    jobs: () => connections.filter((c) => c.length > 9),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
