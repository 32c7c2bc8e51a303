import { invalid, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

/** "4 500,50 грн" → "4500.50"; whole amounts stay whole ("4500"). */
export function validateMoney(raw: string): ValidationResult {
  const cleaned = raw
    .replace(/\s|\u00a0/g, '')
    .replace(/(грн\.?|₴|uah)$/i, '')
    .replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return invalid(VALIDATION_TEXT.money.format);
  const [whole = '0', cents] = cleaned.split('.');
  const normalisedWhole = String(Number(whole));
  return valid(cents === undefined ? normalisedWhole : `${normalisedWhole}.${cents.padEnd(2, '0')}`);
}
