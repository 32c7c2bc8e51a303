import { invalid, stripSeparators, valid, type ValidationResult } from './result.ts';
import { formatDate, isoFromUtcDate } from './dates.ts';
import type { Localized } from '../localized.ts';

// Weights of digits 1–9 (identifiers.md); check digit = (sum mod 11) mod 10.
const WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7] as const;
// Digits 1–5 count days since 31.12.1899 (00001 = 01.01.1900).
const EPOCH_UTC = Date.UTC(1899, 11, 31);
const DAY_MS = 86_400_000;

export const RNOKPP_MESSAGES = {
  format: { uk: 'Введіть РНОКПП з 10 цифр', en: 'Enter your 10-digit tax number (РНОКПП)' },
  zeros: { uk: 'РНОКПП не може складатися лише з нулів. Введіть РНОКПП з 10 цифр', en: 'A tax number cannot be all zeros. Enter your 10-digit tax number' },
  checksum: {
    uk: 'У РНОКПП помилка: перевірте цифри і введіть номер ще раз',
    en: 'There is a mistake in the tax number: check the digits and enter it again',
  },
} satisfies Record<string, Localized>;

export function rnokppCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += WEIGHTS[i]! * Number(digits[i]);
  return (((sum % 11) + 11) % 11) % 10;
}

/** The holder's date of birth encoded in digits 1–5, as YYYY-MM-DD. */
export function rnokppBirthDate(rnokpp: string): string {
  const days = Number(rnokpp.slice(0, 5));
  return isoFromUtcDate(new Date(EPOCH_UTC + days * DAY_MS));
}

/** Digit 9: even for women, odd for men. */
export function rnokppSex(rnokpp: string): 'female' | 'male' {
  return Number(rnokpp[8]) % 2 === 0 ? 'female' : 'male';
}

export function validateRnokpp(raw: string): ValidationResult {
  const digits = stripSeparators(raw);
  if (!/^\d{10}$/.test(digits)) return invalid(RNOKPP_MESSAGES.format);
  if (/^0+$/.test(digits)) return invalid(RNOKPP_MESSAGES.zeros);
  if (rnokppCheckDigit(digits) !== Number(digits[9])) return invalid(RNOKPP_MESSAGES.checksum);
  return valid(digits);
}

/** Cross-check with the date of birth the person entered: a mismatch names both dates so the fix is clear. */
export function checkRnokppMatchesBirthDate(rnokpp: string, isoBirthDate: string): ValidationResult {
  const encoded = rnokppBirthDate(rnokpp);
  if (encoded === isoBirthDate) return valid(rnokpp);
  const inNumber = formatDate(encoded);
  const entered = formatDate(isoBirthDate);
  return invalid({
    uk: `РНОКПП належить людині, яка народилася ${inNumber}, а ви ввели дату народження ${entered}. Перевірте РНОКПП або змініть дату народження`,
    en: `This tax number belongs to someone born on ${inNumber}, but you entered ${entered} as your date of birth. Check the tax number or change your date of birth`,
  });
}
