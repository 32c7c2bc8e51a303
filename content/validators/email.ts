import { invalid, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

// Deliberately simple: something@domain.tld, no spaces. Delivery is what proves an address.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function validateEmail(raw: string): ValidationResult {
  const value = raw.trim().toLowerCase();
  return value.length <= 254 && EMAIL_PATTERN.test(value) ? valid(value) : invalid(VALIDATION_TEXT.email.format);
}
