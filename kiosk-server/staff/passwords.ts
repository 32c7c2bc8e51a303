// Staff passwords are kept only as scrypt hashes: `scrypt$N$r$p$salt$hash` (base64url), so the cost can rise later
// without breaking the hashes already stored.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

/**
 * OWASP's scrypt floor: N=2^17, r=8, p=1 (128 MiB a check), or any of its equals; N=2^15, r=8, p=3 is one of them and
 * needs only 32 MiB, so a burst of logins cannot run the server out of memory.
 */
const COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
/** scrypt needs 128·N·r bytes; node's default ceiling (32 MiB) is exactly N=2^15 at r=8, so allow a little more. */
const maxmem = (N: number, r: number) => 128 * N * r + 1024 * 1024;

/** NIST SP 800-63B: at least 8 characters; staff accounts reach personal data, so 10. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `the password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `the password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  return undefined;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...COST, maxmem: maxmem(COST.N, COST.r) });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, { ...cost, maxmem: maxmem(cost.N, cost.r) });
  return timingSafeEqual(key, expected);
}

/** Checked against when the login does not exist, so an unknown login takes as long as a wrong password. */
export const DECOY_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${'A'.repeat(22)}$${'A'.repeat(43)}`;
