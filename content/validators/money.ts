import { invalid, valid, type ValidationResult } from './result.ts';
import type { Localized } from '../localized.ts';

export const MONEY_MESSAGES = {
  format: {
    uk: 'Введіть суму в гривнях цифрами, наприклад 4500 або 4500,50',
    en: 'Enter the amount in hryvnias in numbers, for example 4500 or 4500.50',
  },
} satisfies Record<string, Localized>;

/** "4 500,50 грн" → "4500.50"; whole amounts stay whole ("4500"). */
export function validateMoney(raw: string): ValidationResult {
  const cleaned = raw
    .replace(/\s|\u00a0/g, '')
    .replace(/(грн\.?|₴|uah)$/i, '')
    .replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return invalid(MONEY_MESSAGES.format);
  const [whole = '0', cents] = cleaned.split('.');
  const normalisedWhole = String(Number(whole));
  return valid(cents === undefined ? normalisedWhole : `${normalisedWhole}.${cents.padEnd(2, '0')}`);
}
