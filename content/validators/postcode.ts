import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import type { Localized } from '../localized.ts';

export const POSTCODE_MESSAGES = {
  format: { uk: 'Введіть поштовий індекс з 5 цифр, наприклад 01001', en: 'Enter a 5-digit postcode, for example 01001' },
} satisfies Record<string, Localized>;

export function validatePostcode(raw: string): ValidationResult {
  const digits = stripSeparators(raw);
  return /^\d{5}$/.test(digits) ? valid(digits) : invalid(POSTCODE_MESSAGES.format);
}
