// One-time pairing codes, kept only in the server's memory. A code has 10⁸ values: a hash of it on disk (and so in every
// backup) could be reversed in moments while the code is still live. It lives 10 minutes, so a restart that forgets it
// costs staff one more press of «Підключити кіоск».
import { newPairingCode } from './pairing-secrets.ts';

export interface PendingCode {
  kioskId: string;
  /** Who pressed «Підключити кіоск»: the screen is paired in their name. */
  issuedBy: string;
  expiresAt: Date;
}

export class PairingCodes {
  private readonly live = new Map<string, PendingCode>();

  /** A new code for a kiosk; codes already dead are dropped. */
  issue(kioskId: string, issuedBy: string, now: Date, ttlMs: number): { digits: string; expiresAt: Date } {
    this.dropDead(now);
    let digits = newPairingCode();
    // Two live codes alike would pair the wrong kiosk: draw again (rare: a few live codes among 10⁸).
    while (this.live.has(digits)) digits = newPairingCode();
    const expiresAt = new Date(now.getTime() + ttlMs);
    this.live.set(digits, { kioskId, issuedBy, expiresAt });
    return { digits, expiresAt };
  }

  /** Takes a live code out at once, so that a second screen typing it meanwhile gets nothing; undefined if not live. */
  take(digits: string, now: Date): PendingCode | undefined {
    const code = this.live.get(digits);
    if (!code) return undefined;
    this.live.delete(digits);
    return code.expiresAt.getTime() > now.getTime() ? code : undefined;
  }

  /** A code taken whose pairing could not be saved after all: it pairs again, until it expires. */
  giveBack(digits: string, code: PendingCode): void {
    this.live.set(digits, code);
  }

  get size(): number {
    return this.live.size;
  }

  private dropDead(now: Date): void {
    for (const [digits, code] of this.live) if (code.expiresAt.getTime() <= now.getTime()) this.live.delete(digits);
  }
}
