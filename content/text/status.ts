// What each application status means, in plain words (shown and spoken on the status check), and why one was refused.
import type { Localized } from '../localized.ts';

export const STATUS_TEXT = {
  submitted: {
    title: { uk: 'Подано, передається до органу', en: 'Submitted, being sent on' },
    meaning: {
      uk: 'Заяву збережено. Її передадуть органу соціального захисту, щойно буде звʼязок. Вам нічого не треба робити.',
      en: 'The application is saved. It will be sent to the social protection office as soon as there is a connection. You do not need to do anything.',
    },
  },
  awaiting_acceptance: {
    title: { uk: 'Очікує прийняття в ЦНАП', en: 'Waiting to be accepted at the centre' },
    meaning: {
      uk: 'Заяву збережено, але ще не передано. Підійдіть до адміністратора ЦНАП з паспортом або ID-карткою і документами: він перевірить їх, дасть підписати заяву і прийме її.',
      en: 'The application is saved but not yet sent on. Go to the centre administrator with your passport or ID card and the documents: they will check them, have you sign the application and accept it.',
    },
  },
  not_accepted: {
    title: { uk: 'Не прийнято в ЦНАП', en: 'Not accepted at the centre' },
    meaning: {
      uk: 'Заяву не передано до органу, тож рішення за нею не буде. Ви можете подати її знову на кіоску і підійти до адміністратора.',
      en: 'The application was not sent on, so there will be no decision on it. You can apply again at the kiosk and go to the administrator.',
    },
  },
  received: {
    title: { uk: 'Отримано органом соціального захисту', en: 'Received by the social protection office' },
    meaning: { uk: 'Заяву отримали. Її скоро почнуть розглядати.', en: 'The application has arrived. It will be looked at soon.' },
  },
  under_review: {
    title: { uk: 'На розгляді', en: 'Being reviewed' },
    meaning: {
      uk: 'Заяву розглядають. Якщо знадобляться документи, вам зателефонують або напишуть.',
      en: 'The application is being reviewed. If documents are needed, you will be called or written to.',
    },
  },
  granted: {
    title: { uk: 'Допомогу призначено', en: 'Aid granted' },
    meaning: {
      uk: 'Рішення позитивне. Гроші надійдуть у спосіб, який ви вибрали в заяві.',
      en: 'The decision is yes. The money will come the way you chose in the application.',
    },
  },
  refused: {
    title: { uk: 'Відмовлено', en: 'Refused' },
    meaning: {
      uk: 'Рішення негативне. Його можна оскаржити. Працівник ЦНАП пояснить, як це зробити.',
      en: 'The decision is no. You can appeal it. A member of staff at the centre will explain how.',
    },
  },
} satisfies Record<string, { title: Localized; meaning: Localized }>;

/**
 * What was granted, as far as the central system said (`protocol/decision.ts` picks the entry and fills it): the sum in
 * hryvnias ("3 328", "3 328,50"), the days as dd.mm.yyyy. Whatever it did not say, the decision letter does.
 */
export const DECISION_TEXT = {
  monthlyFromTo: { uk: 'Призначено {amount} грн на місяць з {from} по {to}.', en: 'Granted: {amount} UAH a month from {from} to {to}.' },
  monthlyFrom: { uk: 'Призначено {amount} грн на місяць з {from}.', en: 'Granted: {amount} UAH a month from {from}.' },
  monthlyTo: { uk: 'Призначено {amount} грн на місяць по {to}.', en: 'Granted: {amount} UAH a month until {to}.' },
  monthly: { uk: 'Призначено {amount} грн на місяць.', en: 'Granted: {amount} UAH a month.' },
  once: { uk: 'Призначено одноразово {amount} грн.', en: 'Granted: a one-off payment of {amount} UAH.' },
  onceFrom: { uk: 'Призначено одноразово {amount} грн, виплата з {from}.', en: 'Granted: a one-off payment of {amount} UAH, paid from {from}.' },
  amount: { uk: 'Призначено {amount} грн.', en: 'Granted: {amount} UAH.' },
  periodFromTo: { uk: 'Допомогу призначено з {from} по {to}.', en: 'The aid is granted from {from} to {to}.' },
  periodFrom: { uk: 'Допомогу призначено з {from}.', en: 'The aid is granted from {from}.' },
  periodTo: { uk: 'Допомогу призначено по {to}.', en: 'The aid is granted until {to}.' },
  inLetter: {
    uk: 'Розмір і строк допомоги зазначено в листі з рішенням.',
    en: 'The amount and the period of the aid are given in the decision letter.',
  },
  amountInLetter: { uk: 'Розмір допомоги зазначено в листі з рішенням.', en: 'The amount of the aid is given in the decision letter.' },
  periodInLetter: { uk: 'Строк допомоги зазначено в листі з рішенням.', en: 'The period of the aid is given in the decision letter.' },
} satisfies Record<string, Localized>;

/** The reason codes the central system sends with a refusal, and those of the desk that did not accept one. */
export const REFUSAL_REASONS = {
  income_above_limit: { uk: 'Дохід сімʼї вищий за межу для цієї допомоги.', en: 'The family income is above the limit for this aid.' },
  documents_missing: { uk: 'Не всі потрібні документи подано.', en: 'Not all the documents needed were provided.' },
  not_eligible: { uk: 'Умови для цієї допомоги не виконано.', en: 'The conditions for this aid are not met.' },
  identity_mismatch: {
    uk: 'Дані в заяві не збіглися з документом, що посвідчує особу.',
    en: 'The details in the application did not match the identity document.',
  },
  withdrawn: { uk: 'Ви відкликали заяву в адміністратора ЦНАП.', en: 'You withdrew the application with the centre administrator.' },
  not_accepted_in_time: {
    uk: 'Заяву не принесли до адміністратора вчасно, тому її особові дані видалено.',
    en: 'The application was not brought to the administrator in time, so its personal data was deleted.',
  },
  other: { uk: 'Причину вказано в рішенні, яке надішлють вам.', en: 'The reason is given in the decision that will be sent to you.' },
} as const satisfies Record<string, Localized>;
