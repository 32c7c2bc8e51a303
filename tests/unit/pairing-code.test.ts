// The pairing code's form: 8 random digits (leading zeros kept), shown as «1234 5678», read back as typed with spaces
// or hyphens; the screen's secret is 32 random bytes in base64url, and only hashes are stored.
import { describe, expect, it } from 'vitest';
import { hashOf, newPairingCode, newScreenSecret } from '../../kiosk-server/pairing/pairing-secrets.ts';
import { groupedPairingCode, pairingCodeDigits } from '../../protocol/pairing.ts';

describe('pairing codes and secrets', () => {
  it('draws 8 digits, every digit in every place over many codes', () => {
    const codes = Array.from({ length: 2000 }, newPairingCode);
    for (const code of codes) expect(code).toMatch(/^\d{8}$/);
    for (let place = 0; place < 8; place++) expect(new Set(codes.map((c) => c[place])).size).toBe(10);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('is shown in two groups and read back as typed', () => {
    expect(groupedPairingCode('01234567')).toBe('0123 4567');
    expect(pairingCodeDigits('0123 4567')).toBe('01234567');
    expect(pairingCodeDigits(' 0123-4567 ')).toBe('01234567');
    expect(pairingCodeDigits('01234567')).toBe('01234567');
    for (const wrong of ['', '0123 456', '0123 45678', '0123 456a', '٠١٢٣٤٥٦٧', '0123.4567']) expect(pairingCodeDigits(wrong), wrong).toBeUndefined();
  });

  it('gives each screen a 32-byte secret; the hash does not contain it', () => {
    const secret = newScreenSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(secret).not.toBe(newScreenSecret());
    expect(hashOf(secret)).not.toContain(secret);
    expect(hashOf(secret)).toBe(hashOf(secret));
  });
});
