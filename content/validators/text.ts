import { invalid, valid, type ValidationResult } from './result.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';

// Apostrophe look-alikes people type for «ʼ» in names like Мар'яна; stored as the ASCII apostrophe.
const APOSTROPHES = /[’ʼ`´‘]/g;
const NAME_PATTERN = /^[\p{L}' -]+$/u;

export function collapseSpaces(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

export function validateName(raw: string): ValidationResult {
  const value = collapseSpaces(raw)
    .replace(APOSTROPHES, "'")
    .replace(/\s*-\s*/g, '-');
  return NAME_PATTERN.test(value) ? valid(value) : invalid(VALIDATION_TEXT.name.letters);
}

export function validateText(raw: string): ValidationResult {
  return valid(collapseSpaces(raw));
}

/** Keeps the person's line breaks but not runs of blank lines or trailing spaces. */
export function validateParagraphs(raw: string): ValidationResult {
  const value = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return valid(value);
}
