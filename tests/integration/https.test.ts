// HTTPS with TLS_CERT and TLS_KEY (a self-signed certificate made here with openssl): /healthz and socket.io over https,
// the staff cookie Secure; plain HTTP still answered on loopback, and from another address sent to https or refused.
// Bad TLS configuration, or a certificate not valid now, stops the start with a message naming the variable; one near
// its expiry is warned about, and /metrics says when it expires.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../kiosk-server/config.ts';
import express from 'express';
import type { Socket } from 'node:net';
import { createListener, type TlsFiles } from '../../kiosk-server/wiring/listener.ts';
import { checkCertificateDates, TLS_RENEW_WARNING_DAYS, tlsExpiryWarning, tlsFiles } from '../../kiosk-server/wiring/tls-config.ts';
import { STAFF_API, STAFF_REQUEST_HEADER } from '../../protocol/staff-api.ts';
import { startTestKiosk, TEST_STAFF, type TestKiosk } from '../support/kiosk.ts';
import { connectScreen, remoteScreenOptions } from '../support/pairing.ts';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request over http or https (a self-signed certificate accepted), without following redirects. */
function send(url: string, { method = 'GET', body, headers = {} }: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const make = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = make(url, { method, headers, rejectUnauthorized: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let dir: string;
let certFile: string;
let keyFile: string;
let tls: TlsFiles;
let local: TestKiosk;
let remote: TestKiosk;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-tls-'));
  certFile = path.join(dir, 'cert.pem');
  keyFile = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  tls = { cert: await readFile(certFile), key: await readFile(keyFile) };
  local = await startTestKiosk({ tls });
  remote = await startTestKiosk({ tls, ...remoteScreenOptions() });
});

afterAll(async () => {
  await local?.stop();
  await remote?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('HTTPS', () => {
  it('answers /healthz over https, and a socket.io client connects over it', async () => {
    expect(local.server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await send(`${local.server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
    let hello: Promise<string> | undefined;
    const socket = await connectScreen(local.server.url, {}, (s) => (hello = new Promise((resolve) => s.once('kiosk:hello', (h) => resolve(h.kioskId)))));
    expect(await hello).toBe('K01');
    socket.close();
  });

  it('/metrics says when the certificate expires (a day after it was made here)', async () => {
    const metrics = await send(`${local.server.url}/metrics`);
    const families = parsePrometheusText(metrics.body);
    const expiry = sampleValue(families, 'vikno_tls_certificate_expiry_timestamp_seconds')!;
    expect(Math.abs(expiry - (Date.now() / 1000 + 86_400))).toBeLessThan(600);
  });

  it('the staff login cookie is Secure over https', async () => {
    const login = await send(`${local.server.url}${STAFF_API}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [STAFF_REQUEST_HEADER]: '1' },
      body: JSON.stringify(TEST_STAFF),
    });
    expect(login.status).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('plain HTTP is still answered on this machine (the kiosk screen on it, curl 127.0.0.1/healthz)', async () => {
    const plainUrl = local.server.url.replace('https:', 'http:');
    expect((await send(`${plainUrl}/healthz`)).status).toBe(200);
    const socket = await connectScreen(plainUrl);
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('plain HTTP from another address is sent to https, or refused; a plain websocket from there is closed', async () => {
    const plainUrl = remote.server.url.replace('https:', 'http:');
    const page = await send(`${plainUrl}/staff?x=1`);
    expect(page.status).toBe(308);
    expect(page.headers.location).toBe(`${remote.server.url}/staff?x=1`);
    const post = await send(`${plainUrl}${STAFF_API}/login`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(post.status).toBe(403);
    expect(JSON.parse(post.body).error).toMatch(/HTTPS/);
    const plainSocket = io(plainUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    expect(
      await new Promise((resolve) => (plainSocket.once('connect', () => resolve('connected')), plainSocket.once('connect_error', () => resolve('refused')))),
    ).toBe('refused');
    plainSocket.close();
    // Over https the same address is served.
    expect((await send(`${remote.server.url}/healthz`)).status).toBe(200);
  });

  it("once a connection's first byte came, the wait for it is gone: no timer and no listener of its own", async () => {
    const listener = createListener(
      express().get('/', (_req, res) => res.send('ok')),
      tls,
      () => true,
    );
    const sockets: Socket[] = [];
    listener.server.on('connection', (socket: Socket) => sockets.push(socket));
    const port = await listener.listen(0, '127.0.0.1');
    try {
      expect((await send(`https://127.0.0.1:${port}/`)).body).toBe('ok');
      expect(sockets).toHaveLength(1);
      // HTTP may set timeouts of its own on the socket later (keep-alive): the first byte's would destroy it at once.
      expect(sockets[0]!.timeout ?? 0).toBe(0);
      expect(sockets[0]!.listenerCount('timeout')).toBe(0);
    } finally {
      await listener.close();
    }
  });

  it('bad TLS configuration stops the start, naming the variable', async () => {
    expect(() => tlsFiles(certFile, undefined)).toThrow(/TLS_KEY: TLS_CERT is set/);
    expect(() => tlsFiles(undefined, keyFile)).toThrow(/TLS_CERT: TLS_KEY is set/);
    expect(() => tlsFiles(path.join(dir, 'missing.pem'), keyFile)).toThrow(/TLS_CERT: no file at .*missing\.pem/);
    expect(() => tlsFiles(certFile, path.join(dir, 'missing.pem'))).toThrow(/TLS_KEY: no file at/);
    expect(() => tlsFiles(keyFile, certFile)).toThrow(/TLS_CERT: .* are not a certificate and its key/);
    expect(() => configFromEnv({ TLS_CERT: certFile })).toThrow(/TLS_KEY/);
    expect(tlsFiles(undefined, undefined)).toBeUndefined();
    expect(configFromEnv({ TLS_CERT: certFile, TLS_KEY: keyFile }).tls).toBeDefined();
  });

  it("a certificate not valid now stops the server's start (not the restore's); one that expires within a month is warned about", () => {
    const DAY = 86_400_000;
    // The test certificate is valid for one day from now.
    expect(() => checkCertificateDates(tls, certFile, new Date(Date.now() + 2 * DAY))).toThrow(
      /TLS_CERT: the certificate in .*cert\.pem expired on \d{4}-\d\d-\d\d: renew it/,
    );
    expect(() => checkCertificateDates(tls, certFile, new Date(Date.now() - DAY))).toThrow(
      /TLS_CERT: .* is valid only from \d{4}-\d\d-\d\d: is this machine's clock right\?/,
    );
    expect(() => checkCertificateDates(tls, certFile)).not.toThrow();
    expect(tlsExpiryWarning(tls)).toMatch(/^the TLS certificate expires on \d{4}-\d\d-\d\d, in 0 days: renew it$/);
    expect(tlsExpiryWarning(tls, new Date(Date.now() - (TLS_RENEW_WARNING_DAYS + 1) * DAY))).toBeUndefined();
  });
});
