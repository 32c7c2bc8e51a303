import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

// Ukrainian mobile operator codes (identifiers.md).
const MOBILE_CODES = new Set(['39', '50', '63', '66', '67', '68', '73', '75', '77', '91', '92', '93', '94', '95', '96', '97', '98', '99']);

/** Accepts "050 123 45 67", "+38 (050) 123-45-67", "380501234567"; stores "+380501234567". */
export function validatePhone(raw: string): ValidationResult {
  const digits = stripSeparators(raw).replace(/^\+/, '');
  let national: string;
  if (/^380\d{9}$/.test(digits)) national = digits.slice(3);
  else if (/^0\d{9}$/.test(digits)) national = digits.slice(1);
  else return invalid(VALIDATION_TEXT.phone.format);
  if (!MOBILE_CODES.has(national.slice(0, 2))) return invalid(VALIDATION_TEXT.phone.operator);
  return valid(`+380${national}`);
}
