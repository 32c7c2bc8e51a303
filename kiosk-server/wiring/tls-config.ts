// TLS_CERT and TLS_KEY: the files of the server's certificate (PEM chain) and its private key. Both or neither; each must
// be readable, and they must belong together. A problem stops the start with a message naming the variable. The server
// (not the restore or staff:add, which read the same settings) also needs the certificate valid now, and warns at every
// start when it expires soon.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { TlsFiles } from './listener.ts';

const bad = (variable: string, why: string) => new Error(`bad configuration:\n  ${variable}: ${why}`);

function readPem(variable: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw bad(variable, code === 'ENOENT' ? `no file at ${file}` : `cannot read ${file} (${code ?? (error as Error).message})`);
  }
}

/** Renewing a certificate takes a request to whoever issues it: a month's notice, said at every start. */
export const TLS_RENEW_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** When the server's own certificate (the first of the chain) is valid. */
export function certificateValidity(cert: string | Buffer): { from: Date; to: Date } {
  const x509 = new X509Certificate(cert);
  return { from: new Date(x509.validFrom), to: new Date(x509.validTo) };
}

export function tlsFiles(certFile: string | undefined, keyFile: string | undefined): TlsFiles | undefined {
  if (!certFile && !keyFile) return undefined;
  if (!certFile) throw bad('TLS_CERT', 'TLS_KEY is set, so TLS_CERT must name the certificate file (PEM) too');
  if (!keyFile) throw bad('TLS_KEY', 'TLS_CERT is set, so TLS_KEY must name the private key file (PEM) too');
  const files = { cert: readPem('TLS_CERT', certFile), key: readPem('TLS_KEY', keyFile) };
  try {
    createSecureContext(files);
  } catch (error) {
    throw bad('TLS_CERT', `${certFile} and TLS_KEY ${keyFile} are not a certificate and its key (${(error as Error).message})`);
  }
  return files;
}

/**
 * The server's start: a certificate not valid now stops it (browsers refuse such a certificate, so no screen on another
 * machine and no staff console could connect). The restore and staff:add do not ask: a machine rebuilt after a dead disk
 * may have a wrong clock or an old certificate, and must still get its data back.
 */
export function checkCertificateDates(tls: TlsFiles, certFile: string, now = new Date()): void {
  const { from, to } = certificateValidity(tls.cert);
  if (to <= now) throw bad('TLS_CERT', `the certificate in ${certFile} expired on ${day(to)}: renew it`);
  if (from > now) throw bad('TLS_CERT', `the certificate in ${certFile} is valid only from ${day(from)}: is this machine's clock right?`);
}

/** The start's warning when the certificate expires within TLS_RENEW_WARNING_DAYS; undefined otherwise. */
export function tlsExpiryWarning(tls: TlsFiles, now = new Date()): string | undefined {
  const { to } = certificateValidity(tls.cert);
  const days = Math.floor((to.getTime() - now.getTime()) / DAY_MS);
  return days < TLS_RENEW_WARNING_DAYS ? `the TLS certificate expires on ${day(to)}, in ${days} days: renew it` : undefined;
}
