// The words a question's fields add around the service's own labels, in a file of their own: the staff console draws
// the same fields, and must not carry every kiosk screen's words to do it.
import type { Localized } from '../localized.ts';

export const FIELD_TEXT = {
  optional: { uk: '(необовʼязково)', en: '(optional)' },
  day: { uk: 'День', en: 'Day' },
  month: { uk: 'Місяць', en: 'Month' },
  year: { uk: 'Рік', en: 'Year' },
  errorPrefix: { uk: 'Помилка:', en: 'Error:' },
} satisfies Record<string, Localized>;
