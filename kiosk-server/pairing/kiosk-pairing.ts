// Which kiosk screens may act. A screen on the server's own machine (loopback) always may; one on another machine only
// with the secret it was given when it was paired: staff issue a one-time code for a kiosk id (it expires in 10 minutes),
// the screen types it once, and keeps the secret. Wrong codes are counted per address; everything is audited.
import type { NotPairedReason, PairedScreenView, PairingCodeView, PairingDone } from '../../protocol/pairing.ts';
import { groupedPairingCode, pairingCodeDigits } from '../../protocol/pairing.ts';
import type { Result } from '../../protocol/result.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import { isLoopback } from '../loopback.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { AuditEntry } from '../staff/audit.ts';
import type { Database } from '../store/database.ts';
import { hashOf, newPairingCode, newScreenSecret } from './pairing-secrets.ts';
import { allScreens, deleteScreen, dropDeadCodes, saveCode, screenById, screenBySecret, touchScreen, useCode } from './pairing-store.ts';

/** A code is typed soon after it is read out: after this it pairs nothing. */
export const PAIRING_CODE_TTL_MS = 10 * 60_000;
/** Codes typed from one address: a code has 10⁸ values, so a few tries per ten minutes cannot find one in its lifetime. */
export const PAIRING_ATTEMPTS_PER_ADDRESS = { limit: 5, windowMs: 10 * 60_000 };
/** Who the audit log names for what a screen did on its own (a wrong code): no member of staff was there. */
export const SCREEN_ACTOR = 'kiosk-screen';

/** How a connecting screen is let in: as a local screen, as a paired one, or not (and why). */
export type ScreenAdmission = { kind: 'local' } | { kind: 'paired'; screenId: number; kioskId: string } | { kind: 'not-paired'; reason: NotPairedReason };

export interface KioskPairingOptions {
  db: Database;
  clock: Clock;
  /** Every kiosk this server serves: a code is issued for one of them. */
  kioskIds: readonly string[];
  events: DomainEventBus;
  audit(entry: AuditEntry): Promise<void>;
  /** Whether an address is this machine's (tests of pairing replace it only when no other address is at hand). */
  isLocal?: (address: string | undefined) => boolean;
  attempts?: { limit: number; windowMs: number };
}

export class KioskPairing {
  private readonly attempts: RateLimiter;
  /** Paired screens connected now: screen id → its sockets. */
  private readonly online = new Map<number, number>();
  readonly isLocal: (address: string | undefined) => boolean;

  constructor(private readonly options: KioskPairingOptions) {
    const rate = options.attempts ?? PAIRING_ATTEMPTS_PER_ADDRESS;
    this.attempts = new RateLimiter(rate.limit, rate.windowMs);
    this.isLocal = options.isLocal ?? isLoopback;
  }

  get kioskIds(): readonly string[] {
    return this.options.kioskIds;
  }

  async admission(address: string | undefined, secret: string | undefined): Promise<ScreenAdmission> {
    if (this.isLocal(address)) return { kind: 'local' };
    if (!secret) return { kind: 'not-paired', reason: 'none' };
    const screen = await screenBySecret(this.options.db, hashOf(secret));
    // A kiosk id taken out of KIOSK_IDS since: its screens are paired with nothing any more.
    if (!screen || !this.options.kioskIds.includes(screen.kiosk_id)) return { kind: 'not-paired', reason: 'unknown' };
    return { kind: 'paired', screenId: screen.id, kioskId: screen.kiosk_id };
  }

  /** «Підключити кіоск»: a one-time code for a kiosk id; undefined when this server does not serve that kiosk. */
  async issue(kioskId: string, staffLogin: string): Promise<PairingCodeView | undefined> {
    if (!this.options.kioskIds.includes(kioskId)) return undefined;
    const { db, clock } = this.options;
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS);
    await dropDeadCodes(db, now);
    let code = newPairingCode();
    // Two live codes alike would pair the wrong kiosk: draw again (rare: a few live codes among 10⁸).
    while (!(await saveCode(db, hashOf(code), kioskId, staffLogin, now, expiresAt))) code = newPairingCode();
    await this.options.audit({ staffLogin, action: 'pairing-code', kioskId, detail: `expires ${expiresAt.toISOString()}` });
    return { kioskId, code: groupedPairingCode(code), expiresAt: expiresAt.toISOString() };
  }

  /** A code typed on a screen at `address`: its secret, or why not. Each try counts, a right one too. */
  async pair(text: string, address: string | undefined): Promise<Result<PairingDone & { screenId: number }, 'wrong_code' | 'too_many_codes'>> {
    const { db, clock } = this.options;
    const now = clock.now();
    const from = `from ${address ?? 'an unknown address'}`;
    if (!this.attempts.allow(address ?? 'unknown', now.getTime())) return { ok: false, code: 'too_many_codes' };
    const digits = pairingCodeDigits(text);
    const secret = newScreenSecret();
    const paired = digits ? await useCode(db, hashOf(digits), hashOf(secret), now) : undefined;
    if (!paired) {
      await this.options.audit({ staffLogin: SCREEN_ACTOR, action: 'pairing-wrong-code', detail: from });
      return { ok: false, code: 'wrong_code' };
    }
    await this.options.audit({ staffLogin: paired.pairedBy, action: 'pairing-paired', kioskId: paired.kioskId, detail: `screen ${paired.screenId} ${from}` });
    return { ok: true, data: { kioskId: paired.kioskId, secret, screenId: paired.screenId } };
  }

  /** A paired screen connected or went: the list says so, and when it was last seen. */
  async connected(screenId: number): Promise<void> {
    this.online.set(screenId, (this.online.get(screenId) ?? 0) + 1);
    await touchScreen(this.options.db, screenId, this.options.clock.now());
  }

  async disconnected(screenId: number): Promise<void> {
    const left = (this.online.get(screenId) ?? 1) - 1;
    if (left > 0) this.online.set(screenId, left);
    else this.online.delete(screenId);
    await touchScreen(this.options.db, screenId, this.options.clock.now());
  }

  async screens(): Promise<PairedScreenView[]> {
    return (await allScreens(this.options.db)).map((row) => ({
      id: row.id,
      kioskId: row.kiosk_id,
      pairedAt: row.paired_at,
      pairedBy: row.paired_by,
      lastSeenAt: row.last_seen_at,
      online: this.online.has(row.id),
    }));
  }

  /** «Відключити»: the screen's secret pairs nothing any more, and the screen is let go at once. False: no such screen. */
  async unpair(screenId: number, staffLogin: string): Promise<boolean> {
    const { db } = this.options;
    const screen = await screenById(db, screenId);
    if (!screen || !(await deleteScreen(db, screenId))) return false;
    await this.options.audit({ staffLogin, action: 'pairing-unpaired', kioskId: screen.kiosk_id, detail: `screen ${screenId}` });
    this.options.events.emit('screen:unpaired', { screenId });
    return true;
  }
}
