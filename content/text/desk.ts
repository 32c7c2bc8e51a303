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
