// The one-time pairing codes in memory: each pairs once, not after it expires, and one given back pairs again.
import { describe, expect, it } from 'vitest';
import { PairingCodes } from '../../kiosk-server/pairing/pairing-codes.ts';

const now = new Date('2026-03-02T09:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const TTL = 10 * 60_000;

describe('pairing codes in memory', () => {
  it('a code is 8 digits, for its kiosk and the member of staff who asked, until it expires', () => {
    const codes = new PairingCodes();
    const { digits, expiresAt } = codes.issue('K02', 'olena.staff', now, TTL);
    expect(digits).toMatch(/^\d{8}$/);
    expect(expiresAt).toEqual(later(TTL));
    expect(codes.take(digits, later(TTL - 1))).toEqual({ kioskId: 'K02', issuedBy: 'olena.staff', expiresAt });
  });

  it('is taken once: a second screen typing it gets nothing', () => {
    const codes = new PairingCodes();
    const { digits } = codes.issue('K02', 'olena.staff', now, TTL);
    expect(codes.take(digits, now)).toBeDefined();
    expect(codes.take(digits, now)).toBeUndefined();
  });

  it('pairs nothing once expired, and is dropped when the next code is issued', () => {
    const codes = new PairingCodes();
    const old = codes.issue('K01', 'olena.staff', now, TTL);
    expect(codes.take(old.digits, later(TTL))).toBeUndefined();
    const stale = codes.issue('K01', 'olena.staff', now, TTL);
    codes.issue('K02', 'olena.staff', later(TTL), TTL);
    expect(codes.size).toBe(1);
    expect(codes.take(stale.digits, later(TTL))).toBeUndefined();
  });

  it('one given back (its pairing was not saved) pairs again', () => {
    const codes = new PairingCodes();
    const { digits } = codes.issue('K02', 'olena.staff', now, TTL);
    const taken = codes.take(digits, now)!;
    codes.giveBack(digits, taken);
    expect(codes.take(digits, now)).toEqual(taken);
  });
});
