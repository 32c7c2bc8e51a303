// The REST dialect's request signature: HMAC-SHA256 of the exact body bytes (of the path for a GET) with the secret the
// kiosk and the central system share. Used by the kiosk to sign and by the simulator to check.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-vikno-signature';
const SCHEME = 'sha256=';

export function signature(secret: string, signed: string | Buffer): string {
  return SCHEME + createHmac('sha256', secret).update(signed).digest('hex');
}

export function signatureMatches(secret: string, signed: string | Buffer, header: string | undefined): boolean {
  if (!header?.startsWith(SCHEME)) return false;
  const expected = Buffer.from(signature(secret, signed));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
