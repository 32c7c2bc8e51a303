import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PERSON } from '../support/answers.ts';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { BLANK, fillForms, type FormApplication } from '../../content/forms/fill-form.ts';
import type { FilledBlock, FilledForm } from '../../content/forms/form-schema.ts';
import { formProblems } from '../../content/forms/forms.ts';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const person = SAMPLE_PERSON;

const forms = (applications: FormApplication[]): FilledForm[] =>
  fillForms({ layouts: catalogue.forms, services: catalogue.services, modules: catalogue.modules, applications, centreName: 'ЦНАП Ірпінської громади' });
const rowsOf = (form: FilledForm) => form.blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : []));
const row = (form: FilledForm, label: string) => rowsOf(form).find((r) => r.label === label)?.value;
const boxes = (form: FilledForm, title: string) =>
  (form.blocks.find((b) => b.kind === 'checkboxes' && b.title === title) as Extract<FilledBlock, { kind: 'checkboxes' }>).boxes;

describe('the official forms of a visit', () => {
  it('prints one unified form for two services on it, both boxes ticked, and the declaration once', () => {
    const filled = forms([
      { number: 'K01-2026-000101', serviceId: 'housing-subsidy', answers: person, documentIds: ['identity'] },
      { number: 'K01-2026-000102', serviceId: 'low-income', answers: person, documentIds: ['identity'] },
    ]);
    expect(filled.map((f) => f.formId)).toEqual(['unified-application', 'income-declaration']);
    const unified = filled[0]!;
    expect(unified.applicationNumbers).toEqual(['K01-2026-000101', 'K01-2026-000102']);
    const ticked = boxes(unified, 'Прошу призначити')
      .filter((b) => b.checked)
      .map((b) => b.label);
    expect(ticked).toEqual(['житлову субсидію', 'державну соціальну допомогу малозабезпеченим сімʼям']);
    expect(boxes(unified, 'Прошу призначити').length).toBeGreaterThan(2);
    // Choices by their words, dates as printed on forms, an address from its parts.
    expect(row(unified, 'Стать')).toBe('Жіноча');
    expect(row(unified, 'Дата народження')).toBe('27.03.1958');
    expect(row(unified, 'Задекларована / зареєстрована адреса')).toBe('Київська, Ірпінь, Соборна, 12');
    expect(row(unified, 'Фактичне місце проживання')).toBe('За задекларованою адресою');
  });

  it('says the passport mark stands for a РНОКПП refused, leaves a line to fill by hand, never "undefined"', () => {
    const [form] = forms([
      { number: 'K01-2026-000103', serviceId: 'birth-assistance', answers: { ...person, hasRnokpp: 'no', rnokpp: '', iban: '' }, documentIds: [] },
    ]);
    expect(row(form!, 'РНОКПП')).toMatch(/релігійні переконання/);
    expect(row(form!, 'Рахунок IBAN')).toBe(BLANK);
    expect(JSON.stringify(form)).not.toMatch(/undefined|null/);
  });

  it("prints a service's own list as a table under its answers (the children of a single-parent benefit)", () => {
    const children = [
      {
        singleParentChildSurname: 'Коваль',
        singleParentChildGivenName: 'Марія',
        singleParentChildPatronymic: '',
        singleParentChildBirthDate: '2019-04-05',
        singleParentChildCertificate: 'І-ОК 123456',
        singleParentChildStudies: 'under18',
      },
    ];
    const [form] = forms([
      { number: 'K01-2026-000106', serviceId: 'single-parent-benefit', answers: { ...person, 'single-parent-children': children }, documentIds: [] },
    ]);
    const tables = form!.blocks.filter((b) => b.kind === 'table') as Extract<FilledBlock, { kind: 'table' }>[];
    const list = tables.find((t) => t.title.startsWith('Діти, на яких ви просите допомогу'))!;
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]!.slice(0, 5)).toEqual(['Коваль', 'Марія', '—', '05.04.2019', 'І-ОК 123456']);
  });

  it('names who decides by the answers: burial aid for a pensioner goes to the Pension Fund, for the uninsured to the community', () => {
    const receiving = (category: string) =>
      row(
        forms([{ number: 'K01-2026-000107', serviceId: 'burial-aid', answers: { ...person, burialAidDeceasedCategory: category }, documentIds: [] }])[0]!,
        'Куди подано',
      );
    expect(receiving('pensioner')).toBe('Пенсійний фонд України');
    expect(receiving('uninsured')).toMatch(/^Орган соціального захисту населення громади/);
  });

  it('lists the family from the group answers, and says so when there is nobody', () => {
    const family = [
      { memberSurname: 'Шевченко', memberGivenName: 'Іван', memberPatronymic: '', memberRelation: 'spouse', memberDateOfBirth: '1955-01-02', memberRnokpp: '' },
    ];
    const [withFamily] = forms([{ number: 'K01-2026-000104', serviceId: 'idp-allowance', answers: { ...person, 'family-members': family }, documentIds: [] }]);
    const table = withFamily!.blocks.find((b) => b.kind === 'table') as Extract<FilledBlock, { kind: 'table' }>;
    expect(table.rows).toEqual([['Шевченко Іван', 'Чоловік або дружина', '02.01.1955', '—']]);
    const [alone] = forms([{ number: 'K01-2026-000105', serviceId: 'idp-allowance', answers: person, documentIds: [] }]);
    expect((alone!.blocks.find((b) => b.kind === 'table') as Extract<FilledBlock, { kind: 'table' }>).rows).toEqual([]);
  });

  it('prints the plain application, with the service’s own answers and documents, for a service not on the unified form', () => {
    const [form, ...more] = forms([
      { number: 'K01-2026-000106', serviceId: 'one-time-aid', answers: { ...person, reason: 'illness' }, documentIds: ['identity'] },
    ]);
    expect(more).toEqual([]);
    expect(form!.formId).toBe('service-application');
    expect(row(form!, 'Куди подано')).toBe(catalogue.get('one-time-aid')!.decidingBody.uk);
    expect(
      rowsOf(form!).some((r) => r.value === catalogue.get('one-time-aid')!.steps[0]!.fields![0]!.options!.find((o) => o.value === 'illness')!.label.uk),
    ).toBe(true);
    expect(boxes(form!, 'До заяви додано').map((b) => b.label)).toEqual([catalogue.get('one-time-aid')!.documents.find((d) => d.id === 'identity')!.title.uk]);
  });
});

describe('the forms content check', () => {
  it('names a form no file has, a field nobody asks, a list that is no list, and a box that does not exist', () => {
    const unified = catalogue.forms.get('unified-application')!;
    const broken = {
      ...unified,
      blocks: [
        { rows: [{ label: 'Номер паспорта', fields: ['passportNumbr'] }] },
        { table: 'Діти', group: 'children', columns: [{ label: 'ПІБ', fields: ['memberSurname'] }], empty: '—' },
      ],
    };
    const services = catalogue.services.map((s) => (s.id === 'housing-subsidy' ? { ...s, forms: ['subsidy-form'], assistanceKind: 'subsidy' } : s));
    const { problems } = formProblems([{ source: 'content/forms/unified-application.json', data: broken }], services, catalogue.modules);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/forms/unified-application.json: "Номер паспорта" names field "passportNumbr", which no module or service asks',
        'content/forms/unified-application.json: table "Діти" names group "children", which is no list of people',
        expect.stringMatching(/^services\/housing-subsidy\.json: forms names "subsidy-form"; add content\/forms\/subsidy-form\.json/),
        expect.stringMatching(/^services\/housing-subsidy\.json: assistanceKind "subsidy" is no box/),
      ]),
    );
    expect(formProblems([{ source: 'content/forms/x.json', data: { id: 'x' } }], [], []).problems[0]).toMatch(/^content\/forms\/x\.json: /);
  });
});
