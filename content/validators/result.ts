import type { Localized } from '../localized.ts';

/** A validator either gives the normalised value to store or a message that tells the person what to do. */
export type ValidationResult = { ok: true; value: string } | { ok: false; message: Localized };

export const valid = (value: string): ValidationResult => ({ ok: true, value });
export const invalid = (message: Localized): ValidationResult => ({ ok: false, message });

/** Removes spaces, non-breaking spaces and dashes people type between groups of digits or letters. */
export function stripSeparators(raw: string): string {
  return raw.replace(/[\s\u00a0\-‐‑–—.()]/g, '');
}
