import { invalid, valid, type ValidationResult } from './result.ts';
import type { Localized } from '../localized.ts';

/** A date as the person typed it: three separate boxes, never auto-advancing (GOV.UK date input). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const EARLIEST_YEAR = 1900;

export const DATE_MESSAGES = {
  missing: { uk: 'Введіть день, місяць і рік, наприклад 27 3 1958', en: 'Enter the day, month and year, for example 27 3 1958' },
  digits: { uk: 'Вводьте дату лише цифрами, наприклад 27 3 1958', en: 'Enter the date in numbers only, for example 27 3 1958' },
  notReal: { uk: 'Такої дати немає: перевірте день і місяць', en: 'That date does not exist: check the day and month' },
  future: { uk: 'Дата має бути в минулому', en: 'The date must be in the past' },
  tooEarly: { uk: `Рік має бути не раніше ${EARLIEST_YEAR}`, en: `The year must be ${EARLIEST_YEAR} or later` },
  year: { uk: 'Рік має складатися з 4 цифр, наприклад 1958', en: 'The year must have 4 digits, for example 1958' },
} satisfies Record<string, Localized>;

export function isoFromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD → DD.MM.YYYY, the way Ukrainian forms and receipts write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export function partsFromIso(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day, month, year };
}

/** Checks a date typed in three boxes; `today` (YYYY-MM-DD) comes from the caller so the check stays pure. */
export function validatePastDate(parts: DateParts, today: string): ValidationResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day || !month || !year) return invalid(DATE_MESSAGES.missing);
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) return invalid(DATE_MESSAGES.digits);
  if (year.length !== 4) return invalid(DATE_MESSAGES.year);
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return invalid(DATE_MESSAGES.notReal);
  }
  if (y < EARLIEST_YEAR) return invalid(DATE_MESSAGES.tooEarly);
  const iso = isoFromUtcDate(date);
  if (iso >= today) return invalid(DATE_MESSAGES.future);
  return valid(iso);
}
