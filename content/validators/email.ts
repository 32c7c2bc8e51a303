import { invalid, valid, type ValidationResult } from './result.ts';
import type { Localized } from '../localized.ts';

export const EMAIL_MESSAGES = {
  format: {
    uk: 'Введіть адресу електронної пошти, наприклад ivan@ukr.net',
    en: 'Enter an email address, for example ivan@ukr.net',
  },
} satisfies Record<string, Localized>;

// Deliberately simple: something@domain.tld, no spaces. Delivery is what proves an address.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function validateEmail(raw: string): ValidationResult {
  const value = raw.trim().toLowerCase();
  return value.length <= 254 && EMAIL_PATTERN.test(value) ? valid(value) : invalid(EMAIL_MESSAGES.format);
}
