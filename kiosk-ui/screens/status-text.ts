// What each status means, in plain words: shown and spoken on the status check.
import type { Localized } from '../../content/localized.ts';
import type { ApplicationStatus } from '../../protocol/application-status.ts';

export const STATUS_TEXT: Record<ApplicationStatus, { title: Localized; meaning: Localized }> = {
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
};
