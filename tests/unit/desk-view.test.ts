import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { DeskApplication } from '../../kiosk-server/desk/desk-store.ts';
import { deskVisitView, identityItems, mergedAnswers, visitCorrections, visitFields } from '../../kiosk-server/desk/desk-view.ts';
import type { Correction } from '../../protocol/acceptance.ts';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const correction = (fieldId: string, at: string): Correction => ({ fieldId, from: 'a', to: 'b', reason: 'так у паспорті', staffLogin: 'olena', at });

function application(overrides: Partial<DeskApplication>): DeskApplication {
  return {
    id: 'a1',
    number: 'K01-2026-000001',
    visitId: 'v1',
    kioskId: 'K01',
    serviceId: 'one-time-aid',
    serviceVersion: 1,
    language: 'uk',
    answers: {},
    applicant: null,
    documentIds: [],
    submittedAt: new Date('2026-12-02T08:00:00Z'),
    acceptance: 'waiting',
    formsPrintedAt: null,
    corrections: [],
    personalDataDeleted: false,
    ...overrides,
  };
}

describe('the visit as the desk sees it', () => {
  it('lines up the identity to compare with the document: names, the date as printed, the ID card or the booklet', () => {
    const fields = visitFields(catalogue, ['one-time-aid']);
    const answers = { surname: 'Іваненко', givenName: 'Олена', patronymic: 'Петрівна', dateOfBirth: '1958-03-27', idCardNumber: '001234567' };
    expect(identityItems(fields, answers).map((item) => [item.check, item.fieldId, item.value])).toEqual([
      ['surname', 'surname', 'Іваненко'],
      ['givenName', 'givenName', 'Олена'],
      ['patronymic', 'patronymic', 'Петрівна'],
      ['dateOfBirth', 'dateOfBirth', '27.03.1958'],
      ['document', 'idCardNumber', '001234567'],
    ]);
    expect(identityItems(fields, { passportNumber: 'МЕ123456' }).at(-1)).toMatchObject({ fieldId: 'passportNumber', value: 'МЕ123456' });
    // Nothing answered: the line is still there to tick, with nothing to correct it from.
    expect(identityItems(fields, {}).at(-1)).toMatchObject({ fieldId: null, value: '' });
  });

  it('takes one answer per shared question from the applications of the visit, the first one winning', () => {
    expect(mergedAnswers([application({ answers: { surname: 'А', iban: 'UA1' } }), application({ answers: { surname: 'Б', idpReason: 'war' } })])).toEqual({
      surname: 'А',
      iban: 'UA1',
      idpReason: 'war',
    });
  });

  it('lists a correction kept with several applications once, in the order made', () => {
    const a = correction('surname', '2026-12-02T09:00:00.000Z');
    const b = correction('patronymic', '2026-12-02T09:05:00.000Z');
    expect(visitCorrections([application({ corrections: [a, b] }), application({ corrections: [a] })])).toEqual([a, b]);
  });

  it('counts the forms as printed only when every application has them, from the earliest print', () => {
    const printed = (at: string | null) => application({ formsPrintedAt: at ? new Date(at) : null, answers: { surname: 'Іваненко' } });
    expect(deskVisitView(catalogue, [printed('2026-12-02T09:10:00Z'), printed(null)]).formsPrintedAt).toBeNull();
    expect(deskVisitView(catalogue, [printed(null), printed('2026-12-02T09:10:00Z')]).formsPrintedAt).toBeNull();
    expect(deskVisitView(catalogue, [printed('2026-12-02T09:10:00Z'), printed('2026-12-02T09:05:00Z')]).formsPrintedAt).toBe('2026-12-02T09:05:00.000Z');
  });

  it('offers to correct what a person typed, never a choice or the consent', () => {
    const view = deskVisitView(catalogue, [application({ answers: { surname: 'Іваненко', sex: 'female', consent: 'yes', dateOfBirth: '1958-03-27' } })]);
    expect(view.correctable.map((c) => c.fieldId)).toEqual(['surname', 'dateOfBirth']);
    expect(view.correctable[1]).toMatchObject({ value: '27.03.1958', type: 'date' });
  });
});
