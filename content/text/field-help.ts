// What "Допомога" says about a question when its content has no help of its own: one plain explanation per field type.
import type { Localized } from '../localized.ts';
import type { FieldType } from '../schema.ts';

export const FIELD_TYPE_HELP: Record<FieldType, Localized> = {
  name: {
    uk: 'Напишіть так, як у паспорті. Можна великими або малими літерами. Апостроф і дефіс дозволені.',
    en: 'Write it as in your passport. Capital or small letters are fine. Apostrophes and hyphens are allowed.',
  },
  text: { uk: 'Напишіть коротко, своїми словами.', en: 'Write it briefly, in your own words.' },
  textarea: {
    uk: 'Напишіть кількома реченнями, своїми словами. Можна коротко.',
    en: 'Write a few sentences in your own words. Short is fine.',
  },
  date: {
    uk: 'Введіть день, місяць і рік цифрами в трьох окремих полях. Наприклад: 5, 3, 1958.',
    en: 'Enter the day, month and year as numbers in three separate boxes. For example: 5, 3, 1958.',
  },
  rnokpp: {
    uk: 'РНОКПП — це ідентифікаційний код з 10 цифр. Він є на картці платника податків, на звороті ID-картки або в довідці з податкової.',
    en: 'The РНОКПП is a 10-digit tax number. It is on your taxpayer card, on the back of your ID card, or on a tax office certificate.',
  },
  passport: {
    uk: 'Для ID-картки введіть 9 цифр номера. Для паспорта-книжечки — дві літери серії і 6 цифр.',
    en: 'For an ID card, enter the 9-digit number. For a passport booklet, the two-letter series and 6 digits.',
  },
  passportBooklet: {
    uk: 'Серія — дві українські літери на першій сторінці паспорта, номер — 6 цифр поруч. Наприклад: КВ 123456.',
    en: 'The series is the two Ukrainian letters on the first page of the passport, the number is the 6 digits next to it. For example: КВ 123456.',
  },
  idCard: {
    uk: 'Номер ID-картки — 9 цифр у полі «Документ №» на лицьовому боці картки.',
    en: 'The ID card number is the 9 digits in the “Document No.” box on the front of the card.',
  },
  phone: {
    uk: 'Номер мобільного телефону, наприклад 067 123 45 67. Пробіли можна не ставити.',
    en: 'Your mobile number, for example 067 123 45 67. Spaces are not needed.',
  },
  email: { uk: 'Адреса електронної пошти, наприклад olena@ukr.net.', en: 'An e-mail address, for example olena@ukr.net.' },
  iban: {
    uk: 'IBAN — номер рахунку з 29 знаків: UA і 27 цифр. Його видно в застосунку банку або в договорі з банком.',
    en: 'The IBAN is a 29-character account number: UA and 27 digits. It is in your banking app or your bank agreement.',
  },
  postcode: {
    uk: 'Поштовий індекс — 5 цифр. Якщо не знаєте, запитайте працівника.',
    en: 'A postcode is 5 digits. If you do not know it, ask a member of staff.',
  },
  money: {
    uk: 'Сума в гривнях цифрами. Копійки — після коми, наприклад 4500,50. Якщо доходу немає, введіть 0.',
    en: 'The amount in hryvnias, in figures. Kopiykas after a comma, for example 4500,50. If there is no income, enter 0.',
  },
  choice: { uk: 'Торкніться відповіді, яка вам підходить, а потім «Продовжити».', en: 'Tap the answer that fits you, then “Continue”.' },
  consent: {
    uk: 'Прочитайте текст і, якщо погоджуєтеся, поставте позначку. Без згоди заяву подати не можна.',
    en: 'Read the text and tick the box if you agree. The application cannot be submitted without it.',
  },
};
