import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import type { Localized } from '../localized.ts';

// Latin letters that look like Cyrillic ones: people type "MO" on a Latin keyboard for «МО».
const LATIN_LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

export const PASSPORT_MESSAGES = {
  format: {
    uk: 'Введіть серію і номер паспорта-книжечки (2 літери і 6 цифр, наприклад МЕ123456) або номер ID-картки з 9 цифр',
    en: 'Enter the series and number of your passport booklet (2 letters and 6 digits, for example МЕ123456) or your 9-digit ID card number',
  },
} satisfies Record<string, Localized>;

export type IdentityDocumentKind = 'passport-booklet' | 'id-card';

export function normalisePassport(raw: string): string {
  return stripSeparators(raw)
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => LATIN_LOOKALIKES[letter] ?? letter);
}

export function identityDocumentKind(normalised: string): IdentityDocumentKind | undefined {
  if (/^[А-ЩЬЮЯҐЄІЇ]{2}\d{6}$/.test(normalised)) return 'passport-booklet';
  if (/^\d{9}$/.test(normalised)) return 'id-card';
  return undefined;
}

/** A passport booklet (2 Cyrillic letters + 6 digits) or an ID card (9 digits). */
export function validatePassport(raw: string): ValidationResult {
  const value = normalisePassport(raw);
  return identityDocumentKind(value) ? valid(value) : invalid(PASSPORT_MESSAGES.format);
}

export const ID_DOCUMENT_MESSAGES = {
  booklet: {
    uk: 'Введіть серію і номер паспорта-книжечки: 2 літери і 6 цифр, наприклад МЕ123456',
    en: 'Enter the passport booklet series and number: 2 letters and 6 digits, for example МЕ123456',
  },
  idCard: { uk: 'Введіть номер ID-картки з 9 цифр', en: 'Enter the 9-digit ID card number' },
} satisfies Record<string, Localized>;

export function validatePassportBooklet(raw: string): ValidationResult {
  const value = normalisePassport(raw);
  return identityDocumentKind(value) === 'passport-booklet' ? valid(value) : invalid(ID_DOCUMENT_MESSAGES.booklet);
}

export function validateIdCard(raw: string): ValidationResult {
  const value = normalisePassport(raw);
  return identityDocumentKind(value) === 'id-card' ? valid(value) : invalid(ID_DOCUMENT_MESSAGES.idCard);
}
