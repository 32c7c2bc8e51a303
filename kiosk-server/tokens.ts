// Bearer tokens: a staff login's cookie and a paired screen's secret. Each is 32 random bytes; the database keeps only
// its SHA-256, so a copy of the database logs nobody in and pairs no screen.
import { createHash, randomBytes } from 'node:crypto';

/** A new token: 32 random bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, base64url. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');
