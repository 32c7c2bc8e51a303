import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

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
  return identityDocumentKind(value) ? valid(value) : invalid(VALIDATION_TEXT.identityDocument.any);
}

export function validatePassportBooklet(raw: string): ValidationResult {
  const value = normalisePassport(raw);
  return identityDocumentKind(value) === 'passport-booklet' ? valid(value) : invalid(VALIDATION_TEXT.identityDocument.booklet);
}

export function validateIdCard(raw: string): ValidationResult {
  const value = normalisePassport(raw);
  return identityDocumentKind(value) === 'id-card' ? valid(value) : invalid(VALIDATION_TEXT.identityDocument.idCard);
}
