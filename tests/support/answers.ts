import type { Answers } from '../../content/conditions.ts';
import type { FieldDefinition, StepDefinition } from '../../content/schema.ts';
import { rnokppCheckDigit } from '../../content/validators/rnokpp.ts';
import type { RawValue } from '../../content/validators/fields.ts';

/** A valid РНОКПП for someone born on `isoDate` (digits 1–5 count days since 31.12.1899). */
export function rnokppFor(isoDate: string): string {
  const days = Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 31)) / 86_400_000);
  const first9 = `${String(days).padStart(5, '0')}1234`;
  return `${first9}${rnokppCheckDigit(first9)}`;
}

const DEFAULTS: Partial<Record<FieldDefinition['type'], string>> = {
  name: 'Іваненко',
  text: 'Тестова відповідь',
  textarea: 'Коротко про ситуацію.',
  passport: 'МЕ123456',
  passportBooklet: 'МЕ123456',
  idCard: '001234567',
  phone: '050 123 45 67',
  email: 'ivan@ukr.net',
  iban: 'UA903052992990004149123456789',
  postcode: '01001',
  money: '4500',
  consent: 'yes',
};

/**
 * A valid answer for every field of a step, as a person would type it: the content's own example where there is one,
 * a РНОКПП that matches the date of birth it is checked against, the given option for a choice.
 */
export function sampleValues(step: StepDefinition, answers: Answers, choices: Record<string, string> = {}): Record<string, RawValue> {
  const values: Record<string, RawValue> = {};
  const typed: Record<string, string> = {};
  for (const field of step.fields) {
    if (field.type === 'choice') {
      values[field.id] = choices[field.id] ?? field.options![0]!.value;
    } else if (field.type === 'date') {
      const [day = '1', month = '1', year = '2000'] = (field.example ?? '1.1.2000').split('.');
      values[field.id] = { day, month, year };
      typed[field.id] = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    } else if (field.type === 'rnokpp') {
      const rule = field.rules?.find((r) => r.rule === 'matchesBirthDate');
      const birth = rule && 'field' in rule ? (typed[rule.field] ?? (answers[rule.field] as string | undefined)) : undefined;
      values[field.id] = field.optional && !birth ? '' : rnokppFor(birth ?? '2000-01-01');
    } else {
      values[field.id] = field.example ?? (field.optional ? '' : (DEFAULTS[field.type] ?? 'Відповідь'));
    }
  }
  return values;
}

/** A person as the desk's forms show one: the shared questions answered, an ID card, paid to a bank account. */
export const SAMPLE_PERSON = {
  surname: 'Шевченко-Бойко',
  givenName: 'Олена',
  patronymic: 'Петрівна',
  dateOfBirth: '1958-03-27',
  sex: 'female',
  hasRnokpp: 'yes',
  rnokpp: '2125409365',
  identityKind: 'idCard',
  idCardNumber: '001234567',
  regRegion: 'Київська',
  regSettlement: 'Ірпінь',
  regStreet: 'Соборна',
  regHouse: '12',
  livesAtRegistered: 'yes',
  phone: '+380501234567',
  paymentMethod: 'iban',
  iban: 'UA903052992990004149123456789',
} as const;
