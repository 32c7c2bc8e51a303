// Pairing a kiosk screen on another machine with its server: staff issue a one-time code for one kiosk id, the screen
// types it once and is given a long-lived secret, which it sends in the socket handshake from then on. Screens on the
// server's own machine (loopback) need none. Shared by the kiosk page, the staff console and the server.

/** The code has this many digits, shown in two groups of four («1234 5678») so it is easy to type on a keypad. */
export const PAIRING_CODE_DIGITS = 8;

/** Where the kiosk page keeps its pairing secret: local storage, which outlives visits (session storage does not). */
export const PAIRING_STORAGE_KEY = 'vikno-kiosk-pairing';

/** What `kiosk:pair` answers with: the kiosk the screen now is, and the secret it keeps. */
export interface PairingDone {
  kioskId: string;
  secret: string;
}

/**
 * Why a screen may do nothing: it never was paired (`none`), its secret is not known (`unknown`: unpaired while it was
 * off, or from another server), or staff have just unpaired it (`unpaired`).
 */
export type NotPairedReason = 'none' | 'unknown' | 'unpaired';

/** Sent to a screen that must be paired first: it shows the not-connected page. */
export interface NotPaired {
  reason: NotPairedReason;
}

/** A code as issued to staff (`POST /api/staff/pairing/codes`). */
export interface PairingCodeView {
  kioskId: string;
  /** Grouped for reading: «1234 5678». */
  code: string;
  expiresAt: string;
}

/** A paired screen as the console lists it. */
export interface PairedScreenView {
  id: number;
  kioskId: string;
  pairedAt: string;
  /** Who issued the code it was paired with. */
  pairedBy: string;
  lastSeenAt: string | null;
  /** Connected now. */
  online: boolean;
}

/** `GET /api/staff/pairing`: the kiosks a code can be issued for, and the screens paired with each. */
export interface PairingOverview {
  kioskIds: string[];
  screens: PairedScreenView[];
}

/** The digits of a code as typed (spaces and hyphens allowed between them); undefined when it is not a code. */
export function pairingCodeDigits(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${PAIRING_CODE_DIGITS}}$`).test(digits) ? digits : undefined;
}

/** «12345678» → «1234 5678». */
export const groupedPairingCode = (digits: string): string => `${digits.slice(0, 4)} ${digits.slice(4)}`;
