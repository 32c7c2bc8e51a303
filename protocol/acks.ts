// Acks and their error messages, apart from the zod schemas so the kiosk UI bundle does not carry zod.
import type { Localized } from '../content/localized.ts';

/** An event's answer: its data, or an error with a code and a message in both languages (staff events have codes of their own). */
export type Ack<T, Code extends string = ErrorCode> = { ok: true; data: T } | { ok: false; error: { code: Code; message: Localized } };

export type ErrorCode =
  | 'invalid_payload'
  | 'session_not_found'
  | 'not_found'
  | 'stale_step'
  | 'not_ready'
  | 'invalid_choice'
  | 'invalid_number'
  | 'unknown_application'
  | 'rate_limited'
  | 'internal';

export const ERROR_MESSAGES: Record<ErrorCode, Localized> = {
  invalid_payload: { uk: 'Кіоск отримав незрозумілий запит. Спробуйте ще раз', en: 'The kiosk received a request it did not understand. Please try again' },
  session_not_found: { uk: 'Ваш візит завершено. Почніть спочатку', en: 'Your visit has ended. Please start again' },
  not_found: { uk: 'Цього немає на екрані. Виберіть зі списку', en: 'That is not on the screen. Choose from the list' },
  stale_step: { uk: 'Цей екран уже змінився. Ось поточне питання', en: 'This screen has already changed. Here is the current question' },
  not_ready: { uk: 'Не всі відповіді заповнено. Перевірте їх', en: 'Some answers are missing. Please check them' },
  invalid_choice: {
    uk: 'Цей вибір тут недоступний. Виберіть із того, що на екрані',
    en: 'That choice is not available here. Choose from what is on the screen',
  },
  invalid_number: {
    uk: 'Введіть номер заяви, як на квитанції: наприклад K01-2026-000123',
    en: 'Enter the application number as it is on the receipt, for example K01-2026-000123',
  },
  unknown_application: {
    uk: 'Заяви з таким номером немає. Перевірте номер на квитанції або покличте працівника',
    en: 'There is no application with that number. Check the number on the receipt or call a member of staff',
  },
  rate_limited: {
    uk: 'Забагато перевірок поспіль. Зачекайте хвилину і спробуйте знову',
    en: 'Too many checks in a row. Wait a minute and try again',
  },
  internal: {
    uk: 'Сталася помилка кіоску. Ваші відповіді збережено. Спробуйте ще раз або покличте працівника',
    en: 'The kiosk had a problem. Your answers are kept. Try again or call a member of staff',
  },
};
