// How a centre accepts applications: at the desk (the default) or on submit at the kiosk.
import type { AcceptancePolicy } from '../../protocol/acceptance.ts';

export const DEFAULT_ACCEPTANCE_DAYS = 7;

export interface AcceptanceSettings {
  policy: AcceptancePolicy;
  /** ACCEPTANCE_DESK_TEXT: where the desk is («вікно № 3»), said on the confirmation and printed on the receipt. */
  deskPlace?: string;
  /** Applications not accepted within this long expire and their personal data is deleted (ACCEPTANCE_DAYS). */
  expireAfterMs: number;
}

export const DEFAULT_ACCEPTANCE: AcceptanceSettings = { policy: 'desk', expireAfterMs: DEFAULT_ACCEPTANCE_DAYS * 86_400_000 };
