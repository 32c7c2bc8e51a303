import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import { formatDate, isoFromUtcDate } from './dates.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';
import { fillEach } from '../text/fill.ts';

// Weights of digits 1–9 (identifiers.md); check digit = (sum mod 11) mod 10.
const WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7] as const;
// Digits 1–5 count days since 31.12.1899 (00001 = 01.01.1900).
const EPOCH_UTC = Date.UTC(1899, 11, 31);
const DAY_MS = 86_400_000;

export function rnokppCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += WEIGHTS[i]! * Number(digits[i]);
  return (((sum % 11) + 11) % 11) % 10;
}

/** The holder's date of birth encoded in digits 1–5, as YYYY-MM-DD. */
export function rnokppBirthDate(rnokpp: string): string {
  const days = Number(rnokpp.slice(0, 5));
  return isoFromUtcDate(new Date(EPOCH_UTC + days * DAY_MS));
}

/** Digit 9: even for women, odd for men. */
export function rnokppSex(rnokpp: string): 'female' | 'male' {
  return Number(rnokpp[8]) % 2 === 0 ? 'female' : 'male';
}

export function validateRnokpp(raw: string): ValidationResult {
  const digits = stripSeparators(raw);
  if (!/^\d{10}$/.test(digits)) return invalid(VALIDATION_TEXT.rnokpp.format);
  if (/^0+$/.test(digits)) return invalid(VALIDATION_TEXT.rnokpp.zeros);
  if (rnokppCheckDigit(digits) !== Number(digits[9])) return invalid(VALIDATION_TEXT.rnokpp.checksum);
  return valid(digits);
}

/** Cross-check with the date of birth the person entered: a mismatch names both dates so the fix is clear. */
export function checkRnokppMatchesBirthDate(rnokpp: string, isoBirthDate: string): ValidationResult {
  const encoded = rnokppBirthDate(rnokpp);
  if (encoded === isoBirthDate) return valid(rnokpp);
  return invalid(fillEach(VALIDATION_TEXT.rnokpp.birthDate, { inNumber: formatDate(encoded), entered: formatDate(isoBirthDate) }));
}
