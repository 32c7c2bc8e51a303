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
  largePrint: { uk: 'Надрукувати квитанцію великим шрифтом', en: 'Print the receipt in large print' },
  startAgain: { uk: 'Почати спочатку', en: 'Start again' },
  switchLanguage: { uk: 'English', en: 'Українська' },
  connectionLost: {
    uk: 'Звʼязок із кіоском перервано. Ваші відповіді збережено. Зачекайте, будь ласка…',
    en: 'The kiosk lost its connection. Your answers are kept. Please wait…',
  },
  help: { uk: 'Допомога', en: 'Help' },
  display: { uk: 'Текст і кольори', en: 'Text and colours' },
  displayOffer: { uk: 'Збільшити текст або змінити кольори', en: 'Make the text bigger or change the colours' },
  displayHeading: { uk: 'Розмір тексту і кольори', en: 'Text size and colours' },
  textSizeLegend: { uk: 'Розмір тексту', en: 'Text size' },
  themeLegend: { uk: 'Кольори', en: 'Colours' },
  displayNote: {
    uk: 'Зміни видно одразу. Вони діють лише для вас: для наступної людини кіоск повернеться до звичайних.',
    en: 'Changes show at once. They are only for you: for the next person the kiosk goes back to the standard ones.',
  },
  done: { uk: 'Готово', en: 'Done' },
  toolbar: { uk: 'Допомога і налаштування', en: 'Help and settings' },
  leaveHeading: { uk: 'Почати спочатку?', en: 'Start again?' },
  leaveBody: {
    uk: 'Усі ваші відповіді буде видалено. Заяву не буде подано.',
    en: 'All your answers will be deleted. No application will be submitted.',
  },
  leaveYes: { uk: 'Так, видалити відповіді', en: 'Yes, delete my answers' },
  leaveNo: { uk: 'Ні, повернутися до заяви', en: 'No, go back to my application' },
  helpWhere: { uk: 'Ви на екрані', en: 'You are on the screen' },
  helpWhatToDo: { uk: 'Що тут робити', en: 'What to do here' },
  helpChosenItem: { uk: 'Зараз вибрано', en: 'Chosen now' },
  helpCallHeading: { uk: 'Потрібна допомога людини?', en: 'Do you need a person to help?' },
  helpCallHint: {
    uk: 'Працівник ЦНАП підійде до кіоску. Ваші відповіді залишаться.',
    en: 'A member of the centre’s staff will come to the kiosk. Your answers stay.',
  },
  callStaff: { uk: 'Покликати працівника', en: 'Call a member of staff' },
  staffCalling: { uk: 'Кличемо працівника…', en: 'Calling a member of staff…' },
  staffCalled: { uk: 'Працівника покликано. Зачекайте, будь ласка: до вас підійдуть.', en: 'A member of staff has been called. Please wait: someone is coming.' },
  staffCallFailed: {
    uk: 'Не вдалося покликати працівника. Підніміть руку або підійдіть до адміністратора ЦНАП.',
    en: 'The call did not go through. Please raise your hand or go to the centre’s front desk.',
  },
  keysHeading: { uk: 'Кнопки клавіатури', en: 'Keypad keys' },
  keyColumn: { uk: 'Кнопка', en: 'Key' },
  actionColumn: { uk: 'Що робить', en: 'What it does' },
  helpBack: { uk: 'Повернутися', en: 'Go back' },
  timeoutHeading: { uk: 'Потрібно більше часу?', en: 'Do you need more time?' },
  timeoutBody: {
    uk: 'Ви давно нічого не натискали. Якщо не відповісте, ваші відповіді буде видалено, щоб їх ніхто не побачив.',
    en: 'You have not pressed anything for a while. If you do not answer, your answers will be deleted so that nobody else sees them.',
  },
  timeoutBodyConfirmation: {
    uk: 'Ви давно нічого не натискали. Скоро кіоск повернеться на початок. Номер заяви є на квитанції.',
    en: 'You have not pressed anything for a while. The kiosk will soon go back to the start. Your application number is on the receipt.',
  },
  timeoutContinue: { uk: 'Так, продовжити', en: 'Yes, continue' },
  timedOutHeading: { uk: 'Ваші відповіді видалено', en: 'Your answers have been deleted' },
  timedOutBody: {
    uk: 'Ви довго нічого не натискали, тому кіоск видалив ваші відповіді, щоб їх ніхто не побачив. Заяву не подано.',
    en: 'Nothing was pressed for a long time, so the kiosk deleted your answers so that nobody else sees them. No application was submitted.',
  },
  startOver: { uk: 'Почати знову', en: 'Start over' },
  scrollUp: { uk: '▲ Вище', en: '▲ Up' },
  scrollDown: { uk: '▼ Нижче', en: '▼ Down' },
  scrollBar: { uk: 'Прокручування сторінки', en: 'Page scrolling' },
  volume: { uk: 'Гучність', en: 'Volume' },
  rate: { uk: 'Швидкість мовлення', en: 'Speech rate' },
  helpWelcome: {
    uk: 'Виберіть мову: торкніться «Українська» або «English». Далі кіоск поставить кілька запитань, по одному на екрані. Текст можна збільшити кнопкою «Текст і кольори».',
    en: 'Choose a language: tap “Українська” or “English”. The kiosk will then ask a few questions, one per screen. The “Text and colours” button makes the text bigger.',
  },
  helpServices: {
    uk: 'Позначте послуги, на які хочете подати заяву: торкніться назви. Можна вибрати кілька. «Що потрібно?» покаже, хто може отримати допомогу і які потрібні документи. Потім торкніться «Продовжити».',
    en: 'Tick the services you want to apply for by tapping their names. You can choose several. “What do I need?” shows who can get the help and which documents you need. Then tap “Continue”.',
  },
  helpInfo: {
    uk: 'Тут написано, хто може отримати допомогу, про що вас запитають і які документи потрібні. Перелік можна надрукувати й забрати з собою.',
    en: 'This says who can get the help, what you will be asked and which documents you need. You can print the list and take it with you.',
  },
  helpSuggest: {
    uk: 'Кіоск пропонує ще послуги, які можуть вам підійти. Позначте ті, що хочете додати, або просто торкніться «Продовжити».',
    en: 'The kiosk suggests other services that may suit you. Tick the ones you want to add, or just tap “Continue”.',
  },
  helpQuestion: {
    uk: 'Дайте відповідь і торкніться «Продовжити». Щоб повернутися до попереднього питання, торкніться «Назад». Відповіді не зникнуть.',
    en: 'Answer and tap “Continue”. To go back to the previous question, tap “Back”. Your answers are kept.',
  },
  helpGroup: {
    uk: 'Тут список людей. Додайте кожного, кого потрібно, змініть або видаліть. Коли список готовий, торкніться «Продовжити».',
    en: 'This is a list of people. Add everyone who is needed, change or remove them. When the list is ready, tap “Continue”.',
  },
  helpConfirmRemove: { uk: 'Підтвердіть, чи справді видалити цю людину зі списку.', en: 'Confirm whether to remove this person from the list.' },
  helpCheckAnswers: {
    uk: 'Перевірте відповіді. Якщо щось неправильно, торкніться «Змінити» поруч. Коли все правильно, торкніться «Подати заяву».',
    en: 'Check your answers. If something is wrong, tap “Change” next to it. When everything is right, tap “Submit application”.',
  },
  helpConfirmation: {
    uk: 'Заяву подано. Заберіть квитанцію з принтера. Запамʼятовувати номер не потрібно: він є на квитанції.',
    en: 'Your application is submitted. Take the receipt from the printer. You do not need to remember the number: it is on the receipt.',
  },
  helpTimedOut: { uk: 'Торкніться «Почати знову», щоб подати заяву.', en: 'Tap “Start over” to apply.' },
  helpDisplay: {
    uk: 'Виберіть розмір тексту і кольори, які вам зручно читати. Потім торкніться «Готово».',
    en: 'Choose the text size and colours that are easiest for you to read. Then tap “Done”.',
  },
  helpLeave: { uk: 'Виберіть, чи видалити відповіді й почати спочатку, чи повернутися до заяви.', en: 'Choose whether to delete your answers and start again, or go back to your application.' },
  voiceGuidance: { uk: 'Голосовий супровід', en: 'Voice guidance' },
  voiceQuestion: {
    uk: 'Ви слухаєте в навушниках? Якщо так, кіоск читатиме вголос і ваші відповіді. Якщо ні, він їх приховає, щоб їх не почули інші.',
    en: 'Are you listening in headphones? If so, the kiosk will also read your answers aloud. If not, it will hide them so others do not hear.',
  },
  voiceHeadphones: { uk: 'Так, у навушниках', en: 'Yes, in headphones' },
  voiceSpeaker: { uk: 'Ні, через динамік', en: 'No, on the speaker' },
  voiceTurnOff: { uk: 'Вимкнути голосовий супровід', en: 'Turn voice guidance off' },
  voiceUnavailable: {
    uk: 'Голосовий супровід на цьому кіоску зараз не працює. Покличте, будь ласка, працівника.',
    en: 'Voice guidance does not work on this kiosk at the moment. Please call a member of staff.',
  },
  helpVoice: {
    uk: 'Виберіть, чи ви слухаєте в навушниках. Навушники можна підключити до гнізда під клавіатурою.',
    en: 'Choose whether you listen in headphones. Headphones plug into the socket below the keypad.',
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
