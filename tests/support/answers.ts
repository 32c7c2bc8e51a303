import type { RawValue } from '../../content/validators/fields.ts';

/** A complete, valid application for one-time aid, step by step (РНОКПП example from identifiers.md, born 01.01.2000). */
export const ONE_TIME_AID_ANSWERS: [string, Record<string, RawValue>][] = [
  ['applicant-name', { surname: 'Шевченко', givenName: 'Тарас', patronymic: 'Григорович' }],
  ['date-of-birth', { dateOfBirth: { day: '1', month: '1', year: '2000' } }],
  ['has-rnokpp', { hasRnokpp: 'yes' }],
  ['rnokpp', { rnokpp: '3652504575' }],
  ['phone', { phone: '050 123 45 67' }],
  ['address', { addressSettlement: 'Київ', addressStreet: 'Хрещатик', addressHouse: '1', addressFlat: '' }],
  ['reason', { reason: 'illness' }],
  ['description', { description: 'Потрібні ліки після операції.' }],
  ['payment-method', { paymentMethod: 'iban' }],
  ['iban', { iban: 'UA90 3052 9929 9000 4149 1234 5678 9' }],
  ['consent', { consent: 'yes' }],
];
