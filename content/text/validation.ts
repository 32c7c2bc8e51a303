// What the checks of an answer say when it does not hold: each names the fix («Введіть РНОКПП з 10 цифр»).
// Entries with {placeholders} carry a number or a date the check fills in.
import type { Localized } from '../localized.ts';

const field = {
  required: { uk: 'Заповніть це поле', en: 'Fill in this field' },
  choose: { uk: 'Виберіть один із варіантів', en: 'Choose one of the options' },
  consent: { uk: 'Щоб подати заяву, поставте позначку згоди', en: 'To apply, tick the box to give your consent' },
  textExpected: { uk: 'Введіть відповідь у поле', en: 'Type your answer in the box' },
  maxLength: { uk: 'Скоротіть текст до {max} символів', en: 'Shorten the text to {max} characters' },
  minLength: { uk: 'Напишіть щонайменше {min} символів', en: 'Write at least {min} characters' },
  maxValue: { uk: 'Сума не може бути більшою за {max} грн', en: 'The amount cannot be more than {max} UAH' },
  groupMin: { uk: 'Додайте щонайменше {min}: {item}', en: 'Add at least {min}: {item}' },
  chooseService: { uk: 'Виберіть хоча б одну послугу', en: 'Choose at least one service' },
} satisfies Record<string, Localized>;

const date = {
  missing: { uk: 'Введіть день, місяць і рік, наприклад 27 3 1958', en: 'Enter the day, month and year, for example 27 3 1958' },
  digits: { uk: 'Вводьте дату лише цифрами, наприклад 27 3 1958', en: 'Enter the date in numbers only, for example 27 3 1958' },
  notReal: { uk: 'Такої дати немає: перевірте день і місяць', en: 'That date does not exist: check the day and month' },
  future: { uk: 'Ця дата ще не настала: перевірте день, місяць і рік', en: 'That date has not come yet: check the day, month and year' },
  tooEarly: { uk: 'Рік має бути не раніше {year}', en: 'The year must be {year} or later' },
  year: { uk: 'Рік має складатися з 4 цифр, наприклад 1958', en: 'The year must have 4 digits, for example 1958' },
} satisfies Record<string, Localized>;

const email = {
  format: { uk: 'Введіть адресу електронної пошти, наприклад ivan@ukr.net', en: 'Enter an email address, for example ivan@ukr.net' },
} satisfies Record<string, Localized>;

const iban = {
  format: {
    uk: 'Введіть IBAN: UA і 27 цифр, усього 29 символів, як у вашій банківській виписці',
    en: 'Enter your IBAN: UA followed by 27 digits, 29 characters in all, as on your bank statement',
  },
  checksum: {
    uk: 'У номері IBAN помилка: перевірте цифри і введіть його ще раз',
    en: 'There is a mistake in the IBAN: check the digits and enter it again',
  },
} satisfies Record<string, Localized>;

const money = {
  format: {
    uk: 'Введіть суму в гривнях цифрами, наприклад 4500 або 4500,50',
    en: 'Enter the amount in hryvnias in numbers, for example 4500 or 4500.50',
  },
} satisfies Record<string, Localized>;

const identityDocument = {
  any: {
    uk: 'Введіть серію і номер паспорта-книжечки (2 літери і 6 цифр, наприклад МЕ123456) або номер ID-картки з 9 цифр',
    en: 'Enter the series and number of your passport booklet (2 letters and 6 digits, for example МЕ123456) or your 9-digit ID card number',
  },
  booklet: {
    uk: 'Введіть серію і номер паспорта-книжечки: 2 літери і 6 цифр, наприклад МЕ123456',
    en: 'Enter the passport booklet series and number: 2 letters and 6 digits, for example МЕ123456',
  },
  idCard: { uk: 'Введіть номер ID-картки з 9 цифр', en: 'Enter the 9-digit ID card number' },
} satisfies Record<string, Localized>;

const phone = {
  format: {
    uk: 'Введіть номер мобільного телефону з 10 цифр, наприклад 050 123 45 67',
    en: 'Enter a 10-digit mobile number, for example 050 123 45 67',
  },
  operator: {
    uk: 'Це не номер мобільного оператора України: перевірте перші цифри (наприклад 050, 067, 093)',
    en: 'This is not a Ukrainian mobile number: check the first digits (for example 050, 067, 093)',
  },
} satisfies Record<string, Localized>;

const postcode = {
  format: { uk: 'Введіть поштовий індекс з 5 цифр, наприклад 01001', en: 'Enter a 5-digit postcode, for example 01001' },
} satisfies Record<string, Localized>;

const rnokpp = {
  format: { uk: 'Введіть РНОКПП з 10 цифр', en: 'Enter your 10-digit tax number (РНОКПП)' },
  zeros: { uk: 'РНОКПП не може складатися лише з нулів. Введіть РНОКПП з 10 цифр', en: 'A tax number cannot be all zeros. Enter your 10-digit tax number' },
  checksum: {
    uk: 'У РНОКПП помилка: перевірте цифри і введіть номер ще раз',
    en: 'There is a mistake in the tax number: check the digits and enter it again',
  },
  birthDate: {
    uk: 'РНОКПП належить людині, яка народилася {inNumber}, а ви ввели дату народження {entered}. Перевірте РНОКПП або змініть дату народження',
    en: 'This tax number belongs to someone born on {inNumber}, but you entered {entered} as your date of birth. Check the tax number or change your date of birth',
  },
} satisfies Record<string, Localized>;

const name = {
  letters: { uk: 'Вводьте лише літери, апостроф, дефіс і пробіл', en: 'Use letters, apostrophes, hyphens and spaces only' },
} satisfies Record<string, Localized>;

export const VALIDATION_TEXT = { field, date, email, iban, money, identityDocument, phone, postcode, rnokpp, name };
