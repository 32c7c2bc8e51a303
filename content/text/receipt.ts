// Words printed on every receipt and checklist.
import type { Localized } from '../localized.ts';

export const RECEIPT_WORDS = {
  heading: { uk: 'Заяву подано', en: 'Application submitted' },
  headingMany: { uk: 'Заяви подано', en: 'Applications submitted' },
  savedHeading: { uk: 'Заяву збережено', en: 'Application saved' },
  savedHeadingMany: { uk: 'Заяви збережено', en: 'Applications saved' },
  nextStep: { uk: 'Що зробити зараз', en: 'What to do now' },
  nextStepDesk: {
    uk: 'Підійдіть до адміністратора ЦНАП з паспортом або ID-карткою і документами. Покажіть цю квитанцію. Доти заяву нікуди не передають.',
    en: 'Go to the centre administrator with your passport or ID card and the documents. Show this receipt. Until then the application is not sent anywhere.',
  },
  nextStepDeskAt: {
    uk: 'Підійдіть до адміністратора ЦНАП ({place}) з паспортом або ID-карткою і документами. Покажіть цю квитанцію. Доти заяву нікуди не передають.',
    en: 'Go to the centre administrator ({place}) with your passport or ID card and the documents. Show this receipt. Until then the application is not sent anywhere.',
  },
  number: { uk: 'Номер заяви', en: 'Application number' },
  service: { uk: 'Послуга', en: 'Service' },
  submittedAt: { uk: 'Дата і час', en: 'Date and time' },
  kiosk: { uk: 'Кіоск', en: 'Kiosk' },
  whatNext: { uk: 'Що буде далі', en: 'What happens next' },
  whatNextAfterAcceptance: { uk: 'Що буде після прийняття', en: 'Once it is accepted' },
  decisionTime: { uk: 'Строк розгляду', en: 'Decision within' },
  bring: { uk: 'Візьміть із собою', en: 'Bring with you' },
  qr: {
    uk: 'Перевірити стан заяви: відскануйте цей код на кіоску або введіть номер заяви',
    en: 'To check the status: scan this code at the kiosk or enter the application number',
  },
  formsFooter: { uk: 'Заяви № {numbers} · сторінка {page} з {pages}', en: 'Applications {numbers} · page {page} of {pages}' },
  staff: { uk: 'Потрібна допомога? Зверніться до працівника ЦНАП', en: 'Need help? Ask a member of the ЦНАП staff' },
  checklist: { uk: 'Що потрібно для послуги', en: 'What you need for' },
  printedAt: { uk: 'Надруковано', en: 'Printed' },
  whoCan: { uk: 'Хто може отримати', en: 'Who can get it' },
  decidingBody: { uk: 'Хто вирішує', en: 'Who decides' },
  asked: { uk: 'Про що запитають', en: 'What you will be asked' },
  documents: { uk: 'Документи', en: 'Documents' },
  checklistNote: {
    uk: 'Це не заява. Подати заяву можна на кіоску або у працівника ЦНАП.',
    en: 'This is not an application. You can apply at the kiosk or with a member of staff.',
  },
} satisfies Record<string, Localized>;
