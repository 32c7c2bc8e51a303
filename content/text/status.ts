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

/** The reason codes the central system sends with a refusal. */
export const REFUSAL_REASONS = {
  income_above_limit: { uk: 'Дохід сімʼї вищий за межу для цієї допомоги.', en: 'The family income is above the limit for this aid.' },
  documents_missing: { uk: 'Не всі потрібні документи подано.', en: 'Not all the documents needed were provided.' },
  not_eligible: { uk: 'Умови для цієї допомоги не виконано.', en: 'The conditions for this aid are not met.' },
  other: { uk: 'Причину вказано в рішенні, яке надішлють вам.', en: 'The reason is given in the decision that will be sent to you.' },
} as const satisfies Record<string, Localized>;
