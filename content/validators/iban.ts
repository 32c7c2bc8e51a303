import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

const UA_IBAN_LENGTH = 29;

/** ISO 13616: move the first 4 characters to the end, letters to numbers (A=10…Z=35), the number mod 97 must be 1. */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export function validateIban(raw: string): ValidationResult {
  const iban = stripSeparators(raw).toUpperCase();
  if (iban.length !== UA_IBAN_LENGTH || !/^UA\d{27}$/.test(iban)) return invalid(VALIDATION_TEXT.iban.format);
  if (ibanMod97(iban) !== 1) return invalid(VALIDATION_TEXT.iban.checksum);
  return valid(iban);
}
