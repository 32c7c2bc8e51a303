import { invalid, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';
import { fillEach } from '../text/fill.ts';

/** A date as the person typed it: three separate boxes, never auto-advancing (GOV.UK date input). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const EARLIEST_YEAR = 1900;

export function isoFromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD → DD.MM.YYYY, the way Ukrainian forms and receipts write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The day `years` after `iso` (YYYY-MM-DD); 29 February becomes 1 March in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoFromUtcDate(new Date(Date.UTC(y + years, m - 1, d)));
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
  if (!day || !month || !year) return invalid(VALIDATION_TEXT.date.missing);
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) return invalid(VALIDATION_TEXT.date.digits);
  if (year.length !== 4) return invalid(VALIDATION_TEXT.date.year);
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return invalid(VALIDATION_TEXT.date.notReal);
  }
  if (y < EARLIEST_YEAR) return invalid(fillEach(VALIDATION_TEXT.date.tooEarly, { year: EARLIEST_YEAR }));
  const iso = isoFromUtcDate(date);
  // Today is a date that has happened (a death, a return home, a child born this morning); tomorrow is not.
  if (iso > today) return invalid(VALIDATION_TEXT.date.future);
  return valid(iso);
}
