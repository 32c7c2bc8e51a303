// TLS_CERT and TLS_KEY: the files of the server's certificate (PEM chain) and its private key. Both or neither; each must
// be readable, and they must belong together. A problem stops the start with a message naming the variable.
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
