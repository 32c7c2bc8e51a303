// The pairing's two secrets: the one-time code staff read out (8 digits from crypto.randomInt) and the long-lived
// secret the screen keeps (a token, as a staff login's: ../tokens.ts). The database keeps only the secret's SHA-256;
// the code is never written at all (pairing-codes.ts).
import { randomInt } from 'node:crypto';
import { PAIRING_CODE_DIGITS } from '../../protocol/pairing.ts';
import { newToken, tokenHash } from '../tokens.ts';

/** Eight random digits, leading zeros kept. */
export const newPairingCode = (): string => String(randomInt(10 ** PAIRING_CODE_DIGITS)).padStart(PAIRING_CODE_DIGITS, '0');

export const newScreenSecret = newToken;

export const hashOf = tokenHash;
