// The desk's words: what the acceptance page says when it cannot do what was asked (each names the fix), keyed by code.
import type { Localized } from '../localized.ts';

export const DESK_ERRORS = {
  invalid_code: {
    uk: 'Не вдалося прочитати номер заяви. Відскануйте QR-код квитанції ще раз або введіть номер, наприклад K01-2026-000123',
    en: 'Could not read an application number. Scan the receipt’s QR code again or type the number, for example K01-2026-000123',
  },
  other_centre: {
    uk: 'Цю квитанцію видав кіоск {kioskId}, якого в цьому ЦНАП немає. Заяву приймають у центрі, де її подали',
    en: 'This receipt is from kiosk {kioskId}, which is not in this centre. The application is accepted where it was made',
  },
  unknown: {
    uk: 'Заяви {number} у цьому ЦНАП немає. Перевірте номер на квитанції',
    en: 'There is no application {number} in this centre. Check the number on the receipt',
  },
  held: { uk: 'Цю заяву зараз приймає {login}. Зачекайте або зверніться до колеги', en: '{login} is accepting this application now. Wait, or ask them' },
  accepted: { uk: 'Цю заяву вже прийнято', en: 'This application has already been accepted' },
  refused: {
    uk: 'У прийнятті цієї заяви вже відмовлено. Людина може подати нову на кіоску',
    en: 'This application was refused at the desk. The person can apply again at the kiosk',
  },
  expired: {
    uk: 'Ця заява не дочекалася прийняття: її дані видалено. Людина може подати її знову на кіоску',
    en: 'This application was not accepted in time and its data was deleted. The person can apply again at the kiosk',
  },
  not_desk: { uk: 'Цю заяву передано одразу з кіоску: приймати її не треба', en: 'This application was sent on from the kiosk: it needs no acceptance' },
  not_open: { uk: 'Спершу відкрийте заяву: відскануйте квитанцію або введіть номер', en: 'Open the application first: scan the receipt or type the number' },
  identity_unchecked: {
    uk: 'Позначте кожен рядок «Особа»: порівняйте його з документом у руках або виправте',
    en: 'Tick every line under “Identity”: compare it with the document in hand, or correct it',
  },
  documents_unmarked: {
    uk: 'Позначте кожен документ: «Переглянуто» або «Не подано» ({document})',
    en: 'Mark every document “Seen” or “Not presented” ({document})',
  },
  forms_not_printed: { uk: 'Надрукуйте форми і дайте людині їх підписати', en: 'Print the forms and have the person sign them' },
  forms_outdated: {
    uk: 'Після виправлення надрукуйте форми ще раз: людина має підписати виправлену заяву',
    en: 'Print the forms again after the correction: the person must sign the corrected application',
  },
  not_correctable: { uk: 'Цю відповідь тут виправити не можна', en: 'This answer cannot be corrected here' },
  personal_data_deleted: { uk: 'Особові дані цієї заяви вже видалено', en: 'The personal data of this application has been deleted' },
  print_failed: {
    uk: 'Форми не надруковано: {reason}. Перевірте принтер на столі і спробуйте ще раз',
    en: 'The forms were not printed: {reason}. Check the desk printer and try again',
  },
} satisfies Record<string, Localized>;

/** The lines the administrator compares with the identity document in hand. */
export const IDENTITY_LABELS = {
  surname: { uk: 'Прізвище', en: 'Surname' },
  givenName: { uk: 'Імʼя', en: 'Given name' },
  patronymic: { uk: 'По батькові', en: 'Patronymic' },
  dateOfBirth: { uk: 'Дата народження', en: 'Date of birth' },
  document: { uk: 'Документ, що посвідчує особу', en: 'Identity document' },
} satisfies Record<string, Localized>;

/** The acceptance page («Прийом заяви») of the staff console: finding the visit, checking it, the decision; and the dashboard's count. */
export const DESK_PAGE = {
  intro: {
    uk: 'Відскануйте QR-код квитанції людини або введіть номер заяви. Поки заяву не прийнято, її нікуди не передають.',
    en: 'Scan the QR code on the person’s receipt or type the application number. Until it is accepted, the application is not sent anywhere.',
  },
  codeLabel: { uk: 'Номер заяви або QR-код', en: 'Application number or QR code' },
  codeHint: {
    uk: 'Наприклад K01-2026-000123. Сканер спрацює, де б не був курсор.',
    en: 'For example K01-2026-000123. The scanner works wherever the cursor is.',
  },
  open: { uk: 'Відкрити', en: 'Open' },
  enterCode: { uk: 'Введіть номер заяви або відскануйте QR-код квитанції', en: 'Type the application number or scan the receipt’s QR code' },
  noAnswer: { uk: 'Сервер не відповів. Перевірте звʼязок і спробуйте ще раз', en: 'The server did not answer. Check the connection and try again' },
  waitingHeading: { uk: 'Очікують прийняття', en: 'Waiting to be accepted' },
  noneWaiting: { uk: 'Зараз ніхто не очікує прийняття.', en: 'Nobody is waiting to be accepted now.' },
  listFailed: {
    uk: 'Не вдалося отримати список заяв, що очікують. Його буде оновлено, щойно зʼявиться звʼязок',
    en: 'Could not get the list of applications waiting. It will be updated once there is a connection',
  },
  numbersColumn: { uk: 'Номери заяв', en: 'Application numbers' },
  servicesColumn: { uk: 'Послуги', en: 'Services' },
  waitedColumn: { uk: 'Очікує', en: 'Waiting for' },
  actionsColumn: { uk: 'Дії', en: 'Actions' },
  heldBy: { uk: 'відкрито: {login}', en: 'open: {login}' },
  underMinute: { uk: 'менше хвилини', en: 'under a minute' },
  minutes: { uk: '{minutes} хв', en: '{minutes} min' },
  hours: { uk: '{hours} год', en: '{hours} h' },
  hoursMinutes: { uk: '{hours} год {minutes} хв', en: '{hours} h {minutes} min' },

  heading: { uk: 'Прийом заяви {numbers}', en: 'Accepting application {numbers}' },
  facts: { uk: 'Кіоск {kioskId}, подано {time}', en: 'Kiosk {kioskId}, submitted {time}' },
  identityHeading: { uk: 'Особа', en: 'Identity' },
  identityLegend: {
    uk: 'Порівняйте кожен рядок з документом у руках і позначте, що збігається. Що не збігається — виправте',
    en: 'Compare each line with the document in hand and tick what matches. Correct what does not',
  },
  identityLine: { uk: '{label}: {value}', en: '{label}: {value}' },
  notGiven: { uk: 'не вказано', en: 'not given' },
  correct: { uk: 'Виправити', en: 'Correct' },
  correctHeading: { uk: 'Виправлення: {label}', en: 'Correcting: {label}' },
  currentValue: { uk: 'Зараз у заяві: {value}', en: 'Now in the application: {value}' },
  newValue: { uk: 'Нове значення', en: 'New value' },
  reason: { uk: 'Причина виправлення', en: 'Reason for the correction' },
  reasonHint: { uk: 'Наприклад: так у паспорті', en: 'For example: as in the passport' },
  enterReason: {
    uk: 'Вкажіть причину виправлення, щонайменше 3 символи, наприклад: так у паспорті',
    en: 'Give the reason for the correction, at least 3 characters, for example: as in the passport',
  },
  save: { uk: 'Зберегти', en: 'Save' },
  cancel: { uk: 'Скасувати', en: 'Cancel' },
  corrected: { uk: 'Виправлено: {label}. Надрукуйте форми ще раз.', en: 'Corrected: {label}. Print the forms again.' },
  applicationHeading: { uk: 'Заява {number}: {service}', en: 'Application {number}: {service}' },
  answersHeading: { uk: 'Відповіді людини', en: 'The person’s answers' },
  documentsHeading: { uk: 'Документи', en: 'Documents' },
  seen: { uk: 'Переглянуто', en: 'Seen' },
  notPresented: { uk: 'Не подано', en: 'Not presented' },
  noDocuments: { uk: 'Для цієї заяви документів не потрібно.', en: 'This application needs no documents.' },
  correctionsHeading: { uk: 'Виправлені дані', en: 'Corrected answers' },
  correctionChange: { uk: '{from} → {to}', en: '{from} → {to}' },
  correctionReason: { uk: 'Причина: {reason} ({login}, {time})', en: 'Reason: {reason} ({login}, {time})' },
  formsHeading: { uk: 'Форми для підпису', en: 'Forms to sign' },
  formsIntro: {
    uk: 'Надрукуйте заяви на принтері на столі й дайте людині прочитати та підписати їх.',
    en: 'Print the applications at the desk printer and have the person read and sign them.',
  },
  printForms: { uk: 'Надрукувати форми для підпису', en: 'Print the forms to sign' },
  formsPrinted: { uk: 'Форми надруковано о {time}.', en: 'The forms were printed at {time}.' },
  formsOutdated: {
    uk: 'Дані виправлено після друку: надрукуйте форми ще раз, щоб людина підписала виправлену заяву.',
    en: 'An answer was corrected after printing: print the forms again so the person signs the corrected application.',
  },
  signatureLegend: { uk: 'Хто підписав форми', en: 'Who signed the forms' },
  signedByApplicant: { uk: 'Підписано заявником', en: 'Signed by the applicant' },
  signedOnBehalf: {
    uk: 'Підписано іншою особою за заявника, який не може підписати',
    en: 'Signed by another person for an applicant who cannot sign',
  },
  signerName: { uk: 'Прізвище та імʼя особи, яка підписала', en: 'Surname and name of the person who signed' },
  chooseSignature: { uk: 'Позначте, хто підписав форми', en: 'Choose who signed the forms' },
  enterSigner: {
    uk: 'Вкажіть прізвище та імʼя особи, яка підписала, щонайменше 3 символи',
    en: 'Give the surname and name of the person who signed, at least 3 characters',
  },
  decisionHeading: { uk: 'Рішення', en: 'Decision' },
  accept: { uk: 'Прийняти', en: 'Accept' },
  refuse: { uk: 'Відмовити в прийнятті', en: 'Refuse to accept' },
  release: { uk: 'Закрити без рішення', en: 'Close without deciding' },
  refuseHeading: { uk: 'Відмова в прийнятті', en: 'Refusing to accept' },
  refuseLegend: { uk: 'Причина відмови', en: 'Why' },
  chooseRefusal: { uk: 'Виберіть причину відмови', en: 'Choose why' },
  note: { uk: 'Примітка (необовʼязково)', en: 'Note (optional)' },
  confirmRefuse: { uk: 'Підтвердити відмову', en: 'Confirm the refusal' },
  acceptedOne: { uk: 'Заяву {numbers} прийнято. Її буде передано до органу.', en: 'Application {numbers} is accepted. It will be sent to the office.' },
  acceptedMany: { uk: 'Заяви {numbers} прийнято. Їх буде передано до органу.', en: 'Applications {numbers} are accepted. They will be sent to the office.' },
  refused: { uk: 'У прийнятті відмовлено. Скажіть людині причину: {reason}', en: 'Acceptance refused. Tell the person why: {reason}' },
  released: {
    uk: 'Заяву {numbers} закрито без рішення: її можна відкрити знову.',
    en: 'Application {numbers} was closed without deciding: it can be opened again.',
  },

  queueHeading: { uk: 'Прийом заяв', en: 'Accepting applications' },
  queueCount: { uk: 'Очікують прийняття: {count}, найдовше — {waited}', en: 'Waiting to be accepted: {count}, the longest for {waited}' },
  queueEmpty: { uk: 'Заяв, що очікують прийняття, немає.', en: 'No applications are waiting to be accepted.' },
  toAcceptance: { uk: 'Перейти до прийому заяв', en: 'Go to accepting applications' },
} satisfies Record<string, Localized>;

/** Why the desk did not accept, as the administrator chooses it (the person is told REFUSAL_REASONS' words). */
export const DESK_REFUSAL_LABELS = {
  documents_missing: { uk: 'Не подано потрібних документів', en: 'The documents needed were not presented' },
  identity_mismatch: { uk: 'Дані не збігаються з документом, що посвідчує особу', en: 'The details do not match the identity document' },
  withdrawn: { uk: 'Людина відкликала заяву', en: 'The person withdrew the application' },
} satisfies Record<string, Localized>;
