import type { Answers } from '../conditions.ts';
import { addYears, formatDate } from './dates.ts';
import { validateEmail } from './email.ts';
import { validateMoney } from './money.ts';
import { fillEach } from '../text/fill.ts';
import { VALIDATION_TEXT } from '../text/validation.ts';
import type { FieldDefinition, FieldRule, FieldType } from '../schema.ts';
import { validatePastDate, type DateParts } from './dates.ts';
import { validateIban } from './iban.ts';
import { validateIdCard, validatePassport, validatePassportBooklet } from './passport.ts';
import { validatePhone } from './phone.ts';
import { validatePostcode } from './postcode.ts';
import { invalid, valid, type ValidationResult } from './result.ts';
import { checkRnokppMatchesBirthDate, validateRnokpp } from './rnokpp.ts';
import { validateName, validateParagraphs, validateText } from './text.ts';

/** What the UI sends for one field: text, or the three boxes of a date. */
export type RawValue = string | DateParts;

export interface ValidationContext {
  /** Today in the kiosk's time zone, YYYY-MM-DD. */
  today: string;
  /** Answers already given in this visit (normalised), for checks across fields. */
  answers: Answers;
}

const MESSAGES = VALIDATION_TEXT.field;

/** Default length limits, so no field accepts an unbounded text. */
const DEFAULT_MAX_LENGTH: Partial<Record<FieldType, number>> = { name: 60, text: 200, textarea: 1000, email: 254 };

type TypeValidator = (raw: RawValue, field: FieldDefinition, ctx: ValidationContext) => ValidationResult;

const textOnly =
  (check: (raw: string) => ValidationResult): TypeValidator =>
  (raw) =>
    typeof raw === 'string' ? check(raw) : invalid(MESSAGES.textExpected);

/** One validator per field type: the table the content checks use to reject unknown types. */
export const FIELD_VALIDATORS: Record<FieldType, TypeValidator> = {
  name: textOnly(validateName),
  text: textOnly(validateText),
  textarea: textOnly(validateParagraphs),
  rnokpp: textOnly(validateRnokpp),
  passport: textOnly(validatePassport),
  passportBooklet: textOnly(validatePassportBooklet),
  idCard: textOnly(validateIdCard),
  email: textOnly(validateEmail),
  money: textOnly(validateMoney),
  phone: textOnly(validatePhone),
  iban: textOnly(validateIban),
  postcode: textOnly(validatePostcode),
  date: (raw, _field, ctx) => (typeof raw === 'string' ? invalid(MESSAGES.textExpected) : validatePastDate(raw, ctx.today)),
  choice: (raw, field) => (typeof raw === 'string' && field.options?.some((o) => o.value === raw) ? valid(raw) : invalid(MESSAGES.choose)),
  consent: (raw) => (raw === 'yes' ? valid('yes') : invalid(MESSAGES.consent)),
};

export function isEmpty(raw: RawValue | undefined): boolean {
  if (raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  return !raw.day.trim() && !raw.month.trim() && !raw.year.trim();
}

function checkRule(rule: FieldRule, value: string, ctx: ValidationContext): ValidationResult {
  switch (rule.rule) {
    case 'maxLength':
      return value.length <= rule.value ? valid(value) : invalid(rule.message ?? fillEach(MESSAGES.maxLength, { max: rule.value }));
    case 'minLength':
      return value.length >= rule.value ? valid(value) : invalid(rule.message ?? fillEach(MESSAGES.minLength, { min: rule.value }));
    case 'matchesBirthDate': {
      const birthDate = ctx.answers[rule.field];
      if (typeof birthDate !== 'string' || !birthDate) return valid(value);
      const result = checkRnokppMatchesBirthDate(value, birthDate);
      return result.ok || !rule.message ? result : invalid(rule.message);
    }
    case 'notBefore': {
      const from = ctx.answers[rule.field];
      if (typeof from !== 'string' || !from) return valid(value);
      const earliest = rule.years ? addYears(from, rule.years) : from;
      if (value >= earliest) return valid(value);
      // The content's own message, with the date it may not precede.
      return invalid(fillEach({ uk: '{message} ({date})', en: '{message} ({date})' }, { message: rule.message, date: formatDate(earliest) }));
    }
    case 'notEarlierThan':
      return value >= rule.value ? valid(value) : invalid(rule.message);
    case 'pattern':
      return new RegExp(`^(?:${rule.value})$`, 'u').test(value) ? valid(value) : invalid(rule.message);
    case 'maxValue':
      return Number(value) <= rule.value ? valid(value) : invalid(rule.message ?? fillEach(MESSAGES.maxValue, { max: rule.value }));
  }
}

/** Normalises and checks one answer: empty → required message (or '' when optional), then type, then rules. */
export function validateField(field: FieldDefinition, raw: RawValue | undefined, ctx: ValidationContext): ValidationResult {
  if (isEmpty(raw)) {
    if (field.optional) return valid('');
    if (field.type === 'consent') return invalid(field.requiredMessage ?? MESSAGES.consent);
    if (field.type === 'choice') return invalid(field.requiredMessage ?? MESSAGES.choose);
    return invalid(field.requiredMessage ?? MESSAGES.required);
  }
  const typed = FIELD_VALIDATORS[field.type](raw!, field, ctx);
  if (!typed.ok) return typed;
  const maxLength = DEFAULT_MAX_LENGTH[field.type];
  const rules: FieldRule[] = [
    ...(maxLength && !field.rules?.some((r) => r.rule === 'maxLength') ? [{ rule: 'maxLength' as const, value: maxLength }] : []),
    ...(field.rules ?? []),
  ];
  for (const rule of rules) {
    const result = checkRule(rule, typed.value, ctx);
    if (!result.ok) return result;
  }
  return typed;
}
