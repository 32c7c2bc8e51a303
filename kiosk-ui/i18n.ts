import type { Language, Localized } from '../content/localized.ts';

/** Words of the kiosk's own screens (service content brings its own). Plain Ukrainian, short sentences. */
export const UI_TEXT = {
  appName: { uk: 'Вікно', en: 'Vikno' },
  welcomeHeading: { uk: 'Подайте заяву на соціальну допомогу', en: 'Apply for social assistance' },
  welcomeIntro: {
    uk: 'Тут можна самостійно подати заяву. Це займе близько 10 хвилин. Виберіть мову, щоб почати.',
    en: 'You can apply here on your own. It takes about 10 minutes. Choose a language to begin.',
  },
  chooseLanguage: { uk: 'Виберіть мову', en: 'Choose a language' },
  servicesHeading: { uk: 'Яку допомогу ви хочете отримати?', en: 'What help do you want to apply for?' },
  servicesHint: { uk: 'Торкніться назви послуги', en: 'Tap the name of the service' },
  question: { uk: 'Питання', en: 'Question' },
  of: { uk: 'з', en: 'of' },
  optional: { uk: '(необовʼязково)', en: '(optional)' },
  continue: { uk: 'Продовжити', en: 'Continue' },
  back: { uk: 'Назад', en: 'Back' },
  day: { uk: 'День', en: 'Day' },
  month: { uk: 'Місяць', en: 'Month' },
  year: { uk: 'Рік', en: 'Year' },
  errorSummaryTitle: { uk: 'Виправте, будь ласка', en: 'Please correct this' },
  errorPrefix: { uk: 'Помилка:', en: 'Error:' },
  checkHeading: { uk: 'Перевірте відповіді перед поданням', en: 'Check your answers before you apply' },
  checkHint: {
    uk: 'Якщо щось неправильно, торкніться «Змінити» поруч із відповіддю',
    en: 'If something is wrong, tap “Change” next to the answer',
  },
  change: { uk: 'Змінити', en: 'Change' },
  documentsToBring: { uk: 'Документи, які треба буде показати', en: 'Documents you will need to show' },
  submit: { uk: 'Подати заяву', en: 'Submit application' },
  submitting: { uk: 'Подаємо заяву…', en: 'Submitting…' },
  submittedHeading: { uk: 'Заяву подано', en: 'Application submitted' },
  yourNumber: { uk: 'Номер вашої заяви', en: 'Your application number' },
  whatHappensNext: { uk: 'Що буде далі', en: 'What happens next' },
  decisionTime: { uk: 'Строк розгляду', en: 'Decision within' },
  bringDocuments: { uk: 'Візьміть із собою ці документи', en: 'Bring these documents' },
  receiptPrinting: { uk: 'Квитанція друкується. Заберіть її з принтера.', en: 'Your receipt is printing. Take it from the printer.' },
  receiptPrinted: { uk: 'Квитанцію надруковано. Заберіть її з принтера.', en: 'Your receipt has been printed. Take it from the printer.' },
  receiptFailed: {
    uk: 'Квитанцію не вдалося надрукувати. Заяву подано. Працівник ЦНАП надрукує квитанцію за номером заяви.',
    en: 'The receipt could not be printed. Your application is submitted. A member of staff will print the receipt for you by its number.',
  },
  startAgain: { uk: 'Почати спочатку', en: 'Start again' },
  switchLanguage: { uk: 'English', en: 'Українська' },
  connectionLost: {
    uk: 'Звʼязок із кіоском перервано. Ваші відповіді збережено. Зачекайте, будь ласка…',
    en: 'The kiosk lost its connection. Your answers are kept. Please wait…',
  },
  visitEnded: { uk: 'Ваш візит завершено. Почніть, будь ласка, спочатку.', en: 'Your visit has ended. Please start again.' },
} satisfies Record<string, Localized>;

export type UiTextKey = keyof typeof UI_TEXT;

export function t(lang: Language, key: UiTextKey): string {
  return UI_TEXT[key][lang];
}

export function pick(lang: Language, text: Localized): string {
  return text[lang];
}
