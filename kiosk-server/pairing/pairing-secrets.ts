// The pairing's two secrets: the one-time code staff read out (8 digits from crypto.randomInt) and the long-lived
// secret the screen keeps (32 random bytes). The database keeps only their SHA-256, as it does for staff logins.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { PAIRING_CODE_DIGITS } from '../../protocol/pairing.ts';

/** Eight random digits, leading zeros kept. */
export const newPairingCode = (): string => String(randomInt(10 ** PAIRING_CODE_DIGITS)).padStart(PAIRING_CODE_DIGITS, '0');

export const newScreenSecret = (): string => randomBytes(32).toString('base64url');

export const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
