// Error messages the server sends in acks, to the kiosk and to the staff console; the protocol types them by code.
import type { Localized } from '../localized.ts';

export const KIOSK_ERROR_MESSAGES = {
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
  not_paired: {
    uk: 'Цей екран не підключено до кіоску. Попросіть адміністратора код підключення',
    en: 'This screen is not connected as a kiosk. Ask an administrator for a connection code',
  },
  wrong_code: {
    uk: 'Код не підходить. Перевірте цифри і введіть ще раз. Якщо код уже використали або минуло 10 хвилин, попросіть адміністратора новий.',
    en: 'The code does not work. Check the digits and enter it again. If the code was used already or 10 minutes have passed, ask an administrator for a new one.',
  },
  too_many_codes: {
    uk: 'Забагато неправильних кодів. Зачекайте 10 хвилин і попросіть адміністратора новий код',
    en: 'Too many wrong codes. Wait 10 minutes and ask an administrator for a new code',
  },
  already_paired: { uk: 'Цей екран уже підключено', en: 'This screen is already connected' },
  not_saved: {
    uk: 'Заяву не вдалося зберегти. Ваші відповіді залишаються на екрані: покличте працівника ЦНАП',
    en: 'Your application could not be saved. Your answers stay on the screen: call a member of staff',
  },
  internal: {
    uk: 'Сталася помилка кіоску. Ваші відповіді збережено. Спробуйте ще раз або покличте працівника',
    en: 'The kiosk had a problem. Your answers are kept. Try again or call a member of staff',
  },
} satisfies Record<string, Localized>;

export const STAFF_ERROR_MESSAGES = {
  invalid_payload: { uk: 'Запит не зрозуміло. Перевірте, що введено', en: 'The request was not understood. Check what was entered' },
  not_found: { uk: 'Такого не знайдено', en: 'Not found' },
  already_answered: { uk: 'На цей виклик уже відповів інший працівник', en: 'Another member of staff has already answered this call' },
  no_visit: { uk: 'На цьому кіоску зараз ніхто не заповнює заяву', en: 'Nobody is filling in an application at this kiosk now' },
  assist_busy: { uk: 'Цій людині вже допомагає інший працівник', en: 'Another member of staff is already helping this person' },
  not_assisting: { uk: 'Людина не дозволила допомогу або завершила її', en: 'The person has not allowed help, or has ended it' },
  person_only: { uk: 'Цю згоду людина дає сама, на кіоску', en: 'The person gives this consent themselves, at the kiosk' },
  internal: { uk: 'Сталася помилка сервера. Спробуйте ще раз', en: 'The server had a problem. Try again' },
} satisfies Record<string, Localized>;

/** The console's own words when the server does not answer an event at all. */
export const NO_ANSWER = { uk: 'Сервер не відповів. Спробуйте ще раз', en: 'The server did not answer. Try again' } satisfies Localized;
