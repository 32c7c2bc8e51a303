// The screen's pairing secret, in local storage: it outlives every visit (session storage is wiped between people) and
// is the only thing the kiosk page keeps there.
import { PAIRING_STORAGE_KEY } from '../../protocol/pairing.ts';

export const pairingSecret = (storage: Storage): string | undefined => storage.getItem(PAIRING_STORAGE_KEY) ?? undefined;

export const keepPairingSecret = (storage: Storage, secret: string): void => storage.setItem(PAIRING_STORAGE_KEY, secret);

export const forgetPairingSecret = (storage: Storage): void => storage.removeItem(PAIRING_STORAGE_KEY);

/** The socket handshake: which kiosk the address names (`?kiosk=K02`), and the secret when the screen has one. */
export function kioskHandshake(search: string, storage: Storage): { kioskId?: string; secret?: string } {
  const kioskId = new URLSearchParams(search).get('kiosk') ?? undefined;
  const secret = pairingSecret(storage);
  return { ...(kioskId && { kioskId }), ...(secret && { secret }) };
}
