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
  servicesHint: {
    uk: 'Позначте одну або кілька послуг. Дані про вас запитаємо лише один раз.',
    en: 'Tick one or more services. We will ask about you only once.',
  },
  search: { uk: 'Пошук послуги', en: 'Search for a service' },
  searchHint: { uk: 'Введіть кілька літер назви', en: 'Type a few letters of the name' },
  found: { uk: 'Знайдено послуг:', en: 'Services found:' },
  nothingFound: { uk: 'Нічого не знайдено. Спробуйте інше слово.', en: 'Nothing found. Try another word.' },
  whatDoINeed: { uk: 'Що потрібно?', en: 'What do I need?' },
  chosenCount: { uk: 'Вибрано послуг:', en: 'Services chosen:' },
  whoCan: { uk: 'Хто може отримати', en: 'Who can get it' },
  decidingBody: { uk: 'Хто ухвалює рішення', en: 'Who decides' },
  whatIsAsked: { uk: 'Про що вас запитають', en: 'What you will be asked' },
  documents: { uk: 'Документи', en: 'Documents' },
  printChecklist: { uk: 'Надрукувати перелік', en: 'Print this checklist' },
  checklistPrinted: { uk: 'Перелік надруковано. Заберіть його з принтера.', en: 'The checklist has been printed. Take it from the printer.' },
  checklistFailed: {
    uk: 'Не вдалося надрукувати перелік. Зверніться до працівника ЦНАП.',
    en: 'The checklist could not be printed. Please ask a member of staff.',
  },
  backToServices: { uk: 'Назад до послуг', en: 'Back to services' },
  suggestHeading: { uk: 'Вам також може підійти', en: 'This may also help you' },
  suggestHint: {
    uk: 'Позначте, якщо хочете подати і цю заяву. Дані про вас вводити вдруге не треба.',
    en: 'Tick it if you want to apply for this too. You will not need to enter your details again.',
  },
  addAlso: { uk: 'Додати до заяви', en: 'Add to my application' },
  change: { uk: 'Змінити', en: 'Change' },
  remove: { uk: 'Видалити', en: 'Remove' },
  removeQuestion: { uk: 'Видалити зі списку?', en: 'Remove from the list?' },
  removeYes: { uk: 'Так, видалити', en: 'Yes, remove' },
  removeNo: { uk: 'Ні, залишити', en: 'No, keep' },
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
  documentsToBring: { uk: 'Документи, які треба буде показати', en: 'Documents you will need to show' },
  submit: { uk: 'Подати заяву', en: 'Submit application' },
  submitting: { uk: 'Подаємо заяву…', en: 'Submitting…' },
  submittedHeading: { uk: 'Заяву подано', en: 'Application submitted' },
  submittedHeadingMany: { uk: 'Заяви подано', en: 'Applications submitted' },
  yourNumber: { uk: 'Номер вашої заяви', en: 'Your application number' },
  yourNumbers: { uk: 'Кожна заява має свій номер. Усі вони є на квитанції.', en: 'Each application has its own number. They are all on your receipt.' },
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
