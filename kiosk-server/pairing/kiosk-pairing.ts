// Which kiosk screens may act. A screen on the server's own machine (loopback) always may; one on another machine only
// with the secret it was given when it was paired: staff issue a one-time code for a kiosk id (it expires in 10 minutes),
// the screen types it once, and keeps the secret. Wrong codes are counted per address; everything is audited, a pairing
// and an unpairing in the same transaction as what they record (the codes themselves live in memory only).
import type { NotPairedReason, PairedScreenView, PairingCodeView, PairingDone } from '../../protocol/pairing.ts';
import { groupedPairingCode, pairingCodeDigits } from '../../protocol/pairing.ts';
import type { Result } from '../../protocol/result.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import { isLoopback } from '../loopback.ts';
import { RateLimiter } from '../rate-limit.ts';
import { writeAudit, type AuditEntry } from '../staff/audit.ts';
import type { Database } from '../store/database.ts';
import { PairingCodes } from './pairing-codes.ts';
import { hashOf, newScreenSecret } from './pairing-secrets.ts';
import { addScreen, allScreens, deleteScreen, screenById, screenBySecret, touchScreen } from './pairing-store.ts';

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
  /** Whether an address is this machine's (tests of pairing replace it only when no other address is at hand). */
  isLocal?: (address: string | undefined) => boolean;
  attempts?: { limit: number; windowMs: number };
}

export class KioskPairing {
  private readonly attempts: RateLimiter;
  /** An address's refusals are audited once a window: the rest of its tries there would only fill the log. */
  private readonly refusalsAudited: RateLimiter;
  private readonly codes = new PairingCodes();
  /** Paired screens connected now: screen id → its sockets. */
  private readonly online = new Map<number, number>();
  readonly isLocal: (address: string | undefined) => boolean;

  constructor(private readonly options: KioskPairingOptions) {
    const rate = options.attempts ?? PAIRING_ATTEMPTS_PER_ADDRESS;
    this.attempts = new RateLimiter(rate.limit, rate.windowMs);
    this.refusalsAudited = new RateLimiter(1, rate.windowMs);
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
    const now = this.options.clock.now();
    const { digits, expiresAt } = this.codes.issue(kioskId, staffLogin, now, PAIRING_CODE_TTL_MS);
    try {
      await this.audit({ staffLogin, action: 'pairing-code', kioskId, detail: `expires ${expiresAt.toISOString()}` });
    } catch (error) {
      // A code nobody can account for must not pair anything.
      this.codes.take(digits, now);
      throw error;
    }
    return { kioskId, code: groupedPairingCode(digits), expiresAt: expiresAt.toISOString() };
  }

  /** A code typed on a screen at `address`: its secret, or why not. Each try counts, a right one too. */
  async pair(text: string, address: string | undefined): Promise<Result<PairingDone & { screenId: number }, 'wrong_code' | 'too_many_codes'>> {
    const { db, clock } = this.options;
    const now = clock.now();
    const from = `from ${address ?? 'an unknown address'}`;
    const key = address ?? 'unknown';
    if (!this.attempts.allow(key, now.getTime())) {
      await this.auditRefusal(key, now, from);
      return { ok: false, code: 'too_many_codes' };
    }
    const digits = pairingCodeDigits(text);
    const code = digits ? this.codes.take(digits, now) : undefined;
    if (!digits || !code) {
      await this.audit({ staffLogin: SCREEN_ACTOR, action: 'pairing-wrong-code', detail: from });
      return { ok: false, code: 'wrong_code' };
    }
    const secret = newScreenSecret();
    const { kioskId, issuedBy } = code;
    try {
      const screenId = await db.transaction(async (tx) => {
        const id = await addScreen(tx, hashOf(secret), kioskId, issuedBy, now);
        await writeAudit(tx, { staffLogin: issuedBy, action: 'pairing-paired', kioskId, detail: `screen ${id} ${from}` }, now);
        return id;
      });
      return { ok: true, data: { kioskId, secret, screenId } };
    } catch (error) {
      // Nothing was saved: the code is not used up, and the screen may try it again.
      this.codes.giveBack(digits, code);
      throw error;
    }
  }

  /** The first refusal of an address in a window is audited; a line the disk refused is tried at the next refusal. */
  private async auditRefusal(key: string, now: Date, from: string): Promise<void> {
    if (!this.refusalsAudited.allow(key, now.getTime())) return;
    try {
      await this.audit({ staffLogin: SCREEN_ACTOR, action: 'pairing-too-many-codes', detail: from });
    } catch (error) {
      this.refusalsAudited.forget(key);
      throw error;
    }
  }

  private audit(entry: AuditEntry): Promise<void> {
    return writeAudit(this.options.db, entry, this.options.clock.now());
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
    const { db, clock } = this.options;
    const done = await db.transaction(async (tx) => {
      const screen = await screenById(tx, screenId);
      if (!screen || !(await deleteScreen(tx, screenId))) return false;
      await writeAudit(tx, { staffLogin, action: 'pairing-unpaired', kioskId: screen.kiosk_id, detail: `screen ${screenId}` }, clock.now());
      return true;
    });
    if (done) this.options.events.emit('screen:unpaired', { screenId });
    return done;
  }
}
