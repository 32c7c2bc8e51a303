// Personal data at rest: AES-256-GCM with a fresh 96-bit nonce per value. The row it belongs to is bound in as
// additional data, so a sealed value copied into another row does not open there.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks a sealed value and its format, so a later format can be told apart. */
const PREFIX = 'v1:';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

export interface Sealer {
  seal(plaintext: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string;
}

export function sealerFor(key: Buffer): Sealer {
  if (key.length !== DATA_KEY_BYTES) throw new SealError(`the data key must be ${DATA_KEY_BYTES} bytes, not ${key.length}`);
  return {
    seal(plaintext, boundTo) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed, boundTo) {
      if (!sealed.startsWith(PREFIX)) throw new SealError('not a sealed value');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      if (raw.length < NONCE_BYTES + TAG_BYTES) throw new SealError('sealed value is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE_BYTES));
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(raw.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError('sealed value does not open with this key (wrong key, or the value was altered)');
      }
    },
  };
}
