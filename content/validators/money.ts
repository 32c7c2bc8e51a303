import type { Language } from '../localized.ts';
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

/** The no-break space that groups thousands: "3 328" stays on one line. */
const GROUP = '\u00a0';

/**
 * A sum as `validateMoney` keeps it ("3328.00", "3328.5", "3328") written the way people read it: thousands grouped by a
 * space, kopiyky only when there are any, after a comma in Ukrainian and a point in English ("3 328", "3 328,50",
 * "3 328.50"). The currency word is the text's.
 */
export function formatHryvnias(amount: string, lang: Language): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const grouped = String(Number(whole)).replace(/\B(?=(\d{3})+$)/g, GROUP);
  const kopiyky = fraction.padEnd(2, '0').slice(0, 2);
  return kopiyky === '00' ? grouped : `${grouped}${lang === 'uk' ? ',' : '.'}${kopiyky}`;
}
