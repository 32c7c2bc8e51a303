import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ModuleSchema } from '../../content/schema.ts';
import { validatePastDate } from '../../content/validators/dates.ts';
import { validateField } from '../../content/validators/fields.ts';
import { ibanMod97, validateIban } from '../../content/validators/iban.ts';
import { validateIdCard, validatePassport, validatePassportBooklet } from '../../content/validators/passport.ts';
import { validateMoney } from '../../content/validators/money.ts';
import { validateEmail } from '../../content/validators/email.ts';
import { validatePhone } from '../../content/validators/phone.ts';
import { validatePostcode } from '../../content/validators/postcode.ts';
import { checkRnokppMatchesBirthDate, rnokppBirthDate, rnokppSex, validateRnokpp } from '../../content/validators/rnokpp.ts';
import { validateName } from '../../content/validators/text.ts';
import type { FieldDefinition } from '../../content/schema.ts';
import { VALIDATION_TEXT } from '../../content/text/validation.ts';

const TODAY = '2026-11-22';

describe('РНОКПП', () => {
  it.each([
    ['3652504575', '2000-01-01', 'male'],
    ['3068208400', '1984-01-02', 'female'],
    ['1839123450', '1950-05-09', 'male'],
  ] as const)('accepts the worked example %s (born %s, %s)', (number, birthDate, sex) => {
    expect(validateRnokpp(number)).toEqual({ ok: true, value: number });
    expect(rnokppBirthDate(number)).toBe(birthDate);
    expect(rnokppSex(number)).toBe(sex);
  });

  it('accepts spaces between digits and stores the digits only', () => {
    expect(validateRnokpp(' 36525 04575 ')).toEqual({ ok: true, value: '3652504575' });
  });

  it.each([
    ['365250457', VALIDATION_TEXT.rnokpp.format],
    ['36525045751', VALIDATION_TEXT.rnokpp.format],
    ['36525O4575', VALIDATION_TEXT.rnokpp.format],
    ['0000000000', VALIDATION_TEXT.rnokpp.zeros],
    ['3652504576', VALIDATION_TEXT.rnokpp.checksum],
    ['3068208401', VALIDATION_TEXT.rnokpp.checksum],
  ])('rejects %s with a message that says what to do', (number, message) => {
    expect(validateRnokpp(number)).toEqual({ ok: false, message });
  });

  it('names both dates when the number does not match the date of birth entered', () => {
    const result = checkRnokppMatchesBirthDate('3652504575', '2000-01-02');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.uk).toContain('01.01.2000');
      expect(result.message.uk).toContain('02.01.2000');
      expect(result.message.en).toContain('01.01.2000');
    }
    expect(checkRnokppMatchesBirthDate('3652504575', '2000-01-01')).toEqual({ ok: true, value: '3652504575' });
  });
});

describe('passport and ID card', () => {
  it.each([
    ['МЕ123456', 'МЕ123456'],
    ['ме 123456', 'МЕ123456'],
    ['ME-123456', 'МЕ123456'], // Latin look-alikes become Cyrillic
    ['123456789', '123456789'],
    ['123 456 789', '123456789'],
  ])('accepts %s as %s', (raw, value) => {
    expect(validatePassport(raw)).toEqual({ ok: true, value });
  });

  it.each(['МЕ12345', 'М1234567', '12345678', 'ABC123456', 'ЖЖ12345X'])('rejects %s', (raw) => {
    expect(validatePassport(raw)).toEqual({ ok: false, message: VALIDATION_TEXT.identityDocument.any });
  });
});

describe('IBAN', () => {
  it('accepts the example from identifiers.md, with spaces and in lower case', () => {
    expect(validateIban('UA903052992990004149123456789')).toEqual({ ok: true, value: 'UA903052992990004149123456789' });
    expect(validateIban('ua90 3052 9929 9000 4149 1234 5678 9')).toEqual({ ok: true, value: 'UA903052992990004149123456789' });
    expect(ibanMod97('UA903052992990004149123456789')).toBe(1);
  });

  it('rejects a changed digit with the checksum message', () => {
    expect(validateIban('UA903052992990004149123456780')).toEqual({ ok: false, message: VALIDATION_TEXT.iban.checksum });
  });

  it.each(['UA90305299299000414912345678', 'DE89370400440532013000', 'UA9030529929900041491234567A9', ''])('rejects %s by its form', (raw) => {
    expect(validateIban(raw)).toEqual({ ok: false, message: VALIDATION_TEXT.iban.format });
  });
});

describe('phone', () => {
  it.each([
    ['050 123 45 67', '+380501234567'],
    ['+38 (067) 123-45-67', '+380671234567'],
    ['380931234567', '+380931234567'],
    ['0991234567', '+380991234567'],
  ])('normalises %s to %s', (raw, value) => {
    expect(validatePhone(raw)).toEqual({ ok: true, value });
  });

  it('rejects a landline code with the operator message', () => {
    expect(validatePhone('044 123 45 67')).toEqual({ ok: false, message: VALIDATION_TEXT.phone.operator });
  });

  it.each(['12345', '050 123 45 6', '+1 202 555 0100'])('rejects %s by its form', (raw) => {
    expect(validatePhone(raw)).toEqual({ ok: false, message: VALIDATION_TEXT.phone.format });
  });
});

describe('dates', () => {
  const date = (day: string, month: string, year: string) => validatePastDate({ day, month, year }, TODAY);

  it('accepts a real date in the past and stores it as YYYY-MM-DD', () => {
    expect(date('27', '3', '1958')).toEqual({ ok: true, value: '1958-03-27' });
    expect(date('29', '2', '2000')).toEqual({ ok: true, value: '2000-02-29' });
    // Today has happened: a death, a return home, a child born this morning.
    expect(date('22', '11', '2026')).toEqual({ ok: true, value: '2026-11-22' });
  });

  it.each([
    [['', '3', '1958'], 'missing'],
    [['31', '2', '2001'], 'notReal'],
    [['29', '2', '2001'], 'notReal'],
    [['1', '13', '1990'], 'notReal'],
    [['1', '1', '58'], 'year'],
    [['1', 'березня', '1958'], 'digits'],
    [['23', '11', '2026'], 'future'],
    [['1', '1', '2030'], 'future'],
  ] as const)('rejects %j (%s)', (parts, kind) => {
    expect(date(parts[0], parts[1], parts[2])).toEqual({ ok: false, message: VALIDATION_TEXT.date[kind] });
  });

  it('says the earliest year it takes, filled into the message in both languages', () => {
    expect(date('1', '1', '1899')).toEqual({ ok: false, message: { uk: 'Рік має бути не раніше 1900', en: 'The year must be 1900 or later' } });
  });
});

describe('length and amount limits', () => {
  const ctx = { today: TODAY, answers: {} };
  it('names the limit of a text that is too long, in both languages', () => {
    const field: FieldDefinition = { id: 'note', type: 'text', label: { uk: 'Примітка', en: 'Note' } };
    expect(validateField(field, 'а'.repeat(201), ctx)).toEqual({
      ok: false,
      message: { uk: 'Скоротіть текст до 200 символів', en: 'Shorten the text to 200 characters' },
    });
  });
  it('names the largest amount a field takes', () => {
    const field: FieldDefinition = { id: 'sum', type: 'money', label: { uk: 'Сума', en: 'Amount' }, rules: [{ rule: 'maxValue', value: 5000 }] };
    expect(validateField(field, '5000,01', ctx)).toEqual({
      ok: false,
      message: { uk: 'Сума не може бути більшою за 5000 грн', en: 'The amount cannot be more than 5000 UAH' },
    });
  });
});

describe('other fields', () => {
  it('checks postcodes', () => {
    expect(validatePostcode('01 001')).toEqual({ ok: true, value: '01001' });
    expect(validatePostcode('1001').ok).toBe(false);
  });

  it('checks names and normalises apostrophes', () => {
    expect(validateName('  Мар’яна  ')).toEqual({ ok: true, value: "Мар'яна" });
    expect(validateName('Нечуй - Левицький')).toEqual({ ok: true, value: 'Нечуй-Левицький' });
    expect(validateName('Іван2').ok).toBe(false);
  });

  const field = (extra: Partial<FieldDefinition>): FieldDefinition => ({ id: 'x', type: 'text', label: { uk: 'x', en: 'x' }, ...extra });
  const ctx = { today: TODAY, answers: {} };

  it('gives the field’s own message when a required field is empty, and accepts an empty optional one', () => {
    const requiredMessage = { uk: 'Введіть прізвище', en: 'Enter your surname' };
    expect(validateField(field({ requiredMessage }), '  ', ctx)).toEqual({ ok: false, message: requiredMessage });
    expect(validateField(field({ optional: true }), '', ctx)).toEqual({ ok: true, value: '' });
    expect(validateField(field({}), undefined, ctx)).toEqual({ ok: false, message: VALIDATION_TEXT.field.required });
  });

  it('applies content rules with their own messages', () => {
    const message = { uk: 'Скоротіть опис', en: 'Shorten it' };
    const f = field({ type: 'textarea', rules: [{ rule: 'maxLength', value: 5, message }] });
    expect(validateField(f, 'abcdef', ctx)).toEqual({ ok: false, message });
    expect(validateField(f, 'abc', ctx)).toEqual({ ok: true, value: 'abc' });
  });

  it('cross-checks a РНОКПП with the date of birth already answered', () => {
    const f = field({ type: 'rnokpp', rules: [{ rule: 'matchesBirthDate', field: 'dob' }] });
    expect(validateField(f, '3652504575', { today: TODAY, answers: { dob: '2000-01-01' } }).ok).toBe(true);
    expect(validateField(f, '3652504575', { today: TODAY, answers: { dob: '1999-01-01' } }).ok).toBe(false);
  });

  it('accepts only a listed option for a choice and only "yes" for consent', () => {
    const choice = field({
      type: 'choice',
      options: [
        { value: 'a', label: { uk: 'А', en: 'A' } },
        { value: 'b', label: { uk: 'Б', en: 'B' } },
      ],
    });
    expect(validateField(choice, 'a', ctx).ok).toBe(true);
    expect(validateField(choice, 'c', ctx).ok).toBe(false);
    expect(validateField(field({ type: 'consent' }), 'yes', ctx).ok).toBe(true);
    expect(validateField(field({ type: 'consent' }), '', ctx)).toEqual({ ok: false, message: VALIDATION_TEXT.field.consent });
  });
});

describe('fields added for the whole catalogue', () => {
  const ctx = { today: TODAY, answers: { dateOfBirth: '1958-03-27' } };
  const field = (extra: Partial<FieldDefinition>): FieldDefinition => ({ id: 'x', type: 'text', label: { uk: 'x', en: 'x' }, ...extra });

  it('money: spaces, commas and "грн" accepted; normalised to a plain number', () => {
    expect(validateMoney('4 500,5 грн')).toEqual({ ok: true, value: '4500.50' });
    expect(validateMoney('0012')).toEqual({ ok: true, value: '12' });
    expect(validateMoney('12.345')).toEqual({ ok: false, message: VALIDATION_TEXT.money.format });
    expect(validateMoney('-5')).toEqual({ ok: false, message: VALIDATION_TEXT.money.format });
    const capped = field({ type: 'money', rules: [{ rule: 'maxValue', value: 100_000 }] });
    expect(validateField(capped, '100000', ctx).ok).toBe(true);
    expect(validateField(capped, '100000,01', ctx).ok).toBe(false);
  });

  it('e-mail', () => {
    expect(validateEmail(' Ivan@Ukr.NET ')).toEqual({ ok: true, value: 'ivan@ukr.net' });
    for (const bad of ['ivan', 'ivan@', 'ivan@ukr', 'iv an@ukr.net']) expect(validateEmail(bad)).toEqual({ ok: false, message: VALIDATION_TEXT.email.format });
  });

  it('ID card and passport booklet each accept only their own form', () => {
    expect(validateIdCard('001 234 567')).toEqual({ ok: true, value: '001234567' });
    expect(validateIdCard('МЕ123456')).toEqual({ ok: false, message: VALIDATION_TEXT.identityDocument.idCard });
    expect(validatePassportBooklet('me123456')).toEqual({ ok: true, value: 'МЕ123456' });
    expect(validatePassportBooklet('001234567')).toEqual({ ok: false, message: VALIDATION_TEXT.identityDocument.booklet });
  });

  it('pattern rules match the whole answer and give the content’s message', () => {
    const message = { uk: 'Код має 4 цифри', en: 'The code has 4 digits' };
    const f = field({ rules: [{ rule: 'pattern', value: '\\d{4}', message }] });
    expect(validateField(f, '8031', ctx).ok).toBe(true);
    expect(validateField(f, '80312', ctx)).toEqual({ ok: false, message });
  });

  it('notBefore: a date cannot precede the one it is checked against (a child born before the parent)', () => {
    const f = field({
      type: 'date',
      rules: [{ rule: 'notBefore', field: 'dateOfBirth', message: { uk: 'Не раніше за вашу дату народження', en: 'Not before your birth' } }],
    });
    expect(validateField(f, { day: '27', month: '3', year: '1958' }, ctx).ok).toBe(true);
    expect(validateField(f, { day: '26', month: '3', year: '1958' }, ctx)).toEqual({
      ok: false,
      message: { uk: 'Не раніше за вашу дату народження (27.03.1958)', en: 'Not before your birth (27.03.1958)' },
    });
  });

  it('notBefore with years: not before the person turned that age (29 February becomes 1 March)', () => {
    const f = field({ type: 'date', rules: [{ rule: 'notBefore', field: 'dateOfBirth', years: 14, message: { uk: 'З 14 років', en: 'From 14' } }] });
    expect(validateField(f, { day: '27', month: '3', year: '1972' }, ctx).ok).toBe(true);
    expect(validateField(f, { day: '26', month: '3', year: '1972' }, ctx)).toEqual({
      ok: false,
      message: { uk: 'З 14 років (27.03.1972)', en: 'From 14 (27.03.1972)' },
    });
    const leap = { today: TODAY, answers: { dateOfBirth: '2008-02-29' } };
    expect(validateField(f, { day: '28', month: '2', year: '2022' }, leap).ok).toBe(false);
    expect(validateField(f, { day: '1', month: '3', year: '2022' }, leap).ok).toBe(true);
  });
});

// Issue 17: the kiosk accepted an ID card issued in 1950 to a person born in 1950.
describe('identity documents: plausible dates of issue (content/modules/identity.json)', () => {
  const identity = ModuleSchema.parse(JSON.parse(readFileSync(new URL('../../content/modules/identity.json', import.meta.url), 'utf8')));
  const dateField = (id: string) => identity.steps.flatMap((s) => s.fields).find((f) => f.id === id)!;
  const born1950 = { today: TODAY, answers: { dateOfBirth: '1950-05-10' } };
  const typed = (iso: string) => {
    const [year, month, day] = iso.split('-') as [string, string, string];
    return { day, month, year };
  };

  it('an ID card is issued from 2016, never before the person was 14, never after today', () => {
    const idCard = dateField('idCardIssueDate');
    const refused = validateField(idCard, typed('1950-06-01'), born1950);
    expect(refused).toEqual({
      ok: false,
      message: { uk: 'ID-картки видають з 2016 року: перевірте рік видачі', en: 'ID cards have been issued since 2016: check the year of issue' },
    });
    expect(validateField(idCard, typed('2015-12-31'), born1950).ok).toBe(false);
    expect(validateField(idCard, typed('2016-01-01'), born1950)).toEqual({ ok: true, value: '2016-01-01' });
    const born2010 = { today: TODAY, answers: { dateOfBirth: '2010-08-20' } };
    const tooYoung = validateField(idCard, typed('2024-08-19'), born2010);
    expect(tooYoung.ok).toBe(false);
    if (!tooYoung.ok)
      expect(tooYoung.message.uk).toBe(
        'ID-картку видають з 14 років: дата видачі не може бути раніше, ніж вам виповнилося 14. Перевірте рік видачі або дату народження (20.08.2024)',
      );
    expect(validateField(idCard, typed('2024-08-20'), born2010).ok).toBe(true);
    expect(validateField(idCard, typed(TODAY), born2010)).toEqual({ ok: true, value: TODAY });
    expect(validateField(idCard, typed('2026-11-23'), born2010)).toEqual({ ok: false, message: VALIDATION_TEXT.date.future });
  });

  it('a passport booklet is never issued before the person was 14', () => {
    const booklet = dateField('passportIssueDate');
    expect(validateField(booklet, typed('1950-06-01'), born1950).ok).toBe(false);
    expect(validateField(booklet, typed('1964-05-09'), born1950).ok).toBe(false);
    expect(validateField(booklet, typed('1966-07-01'), born1950)).toEqual({ ok: true, value: '1966-07-01' });
  });
});
