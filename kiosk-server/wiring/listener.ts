// Where the server listens. Without TLS: plain HTTP, as always. With TLS_CERT and TLS_KEY: one port that speaks both —
// HTTPS to everyone, plain HTTP only to this machine (the kiosk screen on it, `curl 127.0.0.1:8080/healthz`). Plain HTTP
// from another machine is sent to the same address over https (GET and HEAD) or refused (403), and a plain websocket
// from there is closed: nothing of a visit or a login crosses the network in clear.
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import type { Express } from 'express';

/** The certificate chain and its private key (PEM), as read from TLS_CERT and TLS_KEY. */
export interface TlsFiles {
  cert: string | Buffer;
  key: string | Buffer;
}

export interface Listener {
  /** What express and socket.io hang on. */
  server: HttpServer | HttpsServer;
  scheme: 'http' | 'https';
  listen(port: number, host: string): Promise<number>;
  /** Stops listening and drops every connection still open. */
  close(): Promise<void>;
}

/** A TLS connection starts with a handshake record (content type 22); plain HTTP starts with a method's letters. */
const TLS_HANDSHAKE = 22;
/** A connection that says nothing for this long is dropped before it is known to be either. */
const FIRST_BYTE_TIMEOUT_MS = 10_000;

export function createListener(app: Express, tls: TlsFiles | undefined, isLocal: (address: string | undefined) => boolean): Listener {
  if (!tls) return plainListener(app);
  const https = createHttpsServer({ cert: tls.cert, key: tls.key }, app);
  // Plain HTTP is handed to the HTTPS server's own handlers (express, socket.io) when it comes from this machine.
  const plain = createServer((req, res) => (isLocal(req.socket.remoteAddress) ? https.emit('request', req, res) : refuse(req, res)));
  plain.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (isLocal(req.socket.remoteAddress)) https.emit('upgrade', req, socket, head);
    else socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  const open = new Set<Socket>();
  const front = createNetServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
    const silent = () => socket.destroy();
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, silent);
    socket.once('data', (first: Buffer) => {
      // The timer and its listener both go: HTTP's own timeouts on this socket (keep-alive) must not destroy it abruptly.
      socket.setTimeout(0);
      socket.off('timeout', silent);
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  return {
    server: https,
    scheme: 'https',
    listen: (port, host) => listenOn(front, port, host),
    async close() {
      const closed = new Promise<void>((resolve) => front.close(() => resolve()));
      for (const socket of open) socket.destroy();
      await closed;
    },
  };
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const host = req.headers.host;
  if (host && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(308, { Location: `https://${host}${req.url ?? '/'}`, 'Content-Length': 0, Connection: 'close' });
    res.end();
    return;
  }
  const body = JSON.stringify({ error: 'this server takes only HTTPS from other machines: use https://' });
  res.writeHead(403, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
  res.end(body);
}

function plainListener(app: Express): Listener {
  const server = createServer(app);
  return {
    server,
    scheme: 'http',
    listen: (port, host) => listenOn(server, port, host),
    // socket.io closes the server it hangs on; this is for a server it never got to.
    close: () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };
}

function listenOn(server: HttpServer | ReturnType<typeof createNetServer>, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
