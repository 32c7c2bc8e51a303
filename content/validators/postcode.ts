import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

export function validatePostcode(raw: string): ValidationResult {
  const digits = stripSeparators(raw);
  return /^\d{5}$/.test(digits) ? valid(digits) : invalid(VALIDATION_TEXT.postcode.format);
}
