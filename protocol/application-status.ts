// An application's status as anyone with its number may see it: never who applied or what they answered.
import type { Localized } from '../content/localized.ts';
import { REFUSAL_REASONS } from '../content/text/status.ts';
import type { GrantDecision } from './decision.ts';

/**
 * `awaiting_acceptance`: stored, waiting for the administrator at the desk; `not_accepted`: refused there or never
 * brought (never forwarded); `submitted`: accepted and on its way; the rest are the central case system's.
 */
export const APPLICATION_STATUSES = ['awaiting_acceptance', 'not_accepted', 'submitted', 'received', 'under_review', 'granted', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** The statuses the central case system reports. */
export type CaseStatus = Exclude<ApplicationStatus, 'submitted' | 'awaiting_acceptance' | 'not_accepted'>;
export const CASE_STATUSES: readonly CaseStatus[] = ['received', 'under_review', 'granted', 'refused'];
export const FINAL_STATUSES: readonly CaseStatus[] = ['granted', 'refused'];

// Why an application was refused, as the central system codes it (anything else is shown as `other`); the words live in
// the text catalogue.
export { REFUSAL_REASONS };
export type RefusalReason = keyof typeof REFUSAL_REASONS;

export const isRefusalReason = (code: string | null | undefined): code is RefusalReason => !!code && Object.hasOwn(REFUSAL_REASONS, code);

export interface ApplicationStatusView {
  applicationNumber: string;
  serviceTitle: Localized;
  status: ApplicationStatus;
  /** ISO times: when it was submitted at the kiosk, and when the status last changed. */
  submittedAt: string;
  statusChangedAt: string;
  /** Only for a refusal. */
  reason: RefusalReason | null;
  /**
   * Only for a grant: what was granted, as far as the central system said (the sum, how often, from and to). Null when
   * it said nothing of it, and for every other status; the status screen then says the decision letter has it.
   */
  decision: GrantDecision | null;
}

/** Application numbers as printed: kiosk, year, sequence (`K01-2026-000123`). */
const NUMBER = /([A-Z0-9]{2,8})-?(\d{4})-?(\d{6})/g;
/** Cyrillic letters that look like Latin ones, as a person (or a scanner set to a Ukrainian layout) may type them. */
const LOOKALIKES: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I' };

/**
 * The application number in what was typed or scanned: spaces, lower case, look-alike Cyrillic letters and missing
 * hyphens are forgiven; in a longer text (a scanned link) the last number wins. Undefined when there is none.
 */
export function parseApplicationNumber(text: string): string | undefined {
  const cleaned = text
    .toUpperCase()
    .replace(/[АВЕКМНОРСТХІ]/g, (c) => LOOKALIKES[c]!)
    .replace(/[\s_–—]+/g, (s) => (/[–—_]/.test(s) ? '-' : ''));
  const matches = [...cleaned.matchAll(NUMBER)];
  const last = matches.at(-1);
  return last ? `${last[1]}-${last[2]}-${last[3]}` : undefined;
}
