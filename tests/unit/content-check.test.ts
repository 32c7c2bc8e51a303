import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR, loadCatalogue } from '../../content/catalogue.ts';
import { checkContent, ContentError, type ContentFile } from '../../content/check.ts';

/** The content as plain JSON that tests may break in any way. */
interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
let original: { services: Record<string, Json>; modules: Record<string, Json>; categories: Json };

beforeAll(async () => {
  const read = async (folder: string) =>
    Object.fromEntries(
      await Promise.all(
        (await readdir(path.join(DEFAULT_CONTENT_DIR, folder)))
          .filter((f) => f.endsWith('.json'))
          .map(async (f) => [f.replace('.json', ''), JSON.parse(await readFile(path.join(DEFAULT_CONTENT_DIR, folder, f), 'utf8'))]),
      ),
    );
  original = {
    services: await read('services'),
    modules: await read('modules'),
    categories: JSON.parse(await readFile(path.join(DEFAULT_CONTENT_DIR, 'categories.json'), 'utf8')),
  };
});

function copy() {
  return structuredClone(original);
}

const TODAY = '2026-12-03';

function check(content: ReturnType<typeof copy>, today = TODAY) {
  const files = (record: Record<string, Json>, folder: string): ContentFile[] =>
    Object.entries(record).map(([id, data]) => ({ source: `${folder}/${id}.json`, data }));
  return checkContent(
    {
      services: files(content.services, 'services'),
      modules: files(content.modules, 'modules'),
      categories: { source: 'categories.json', data: content.categories },
    },
    { today },
  );
}

/** Singles, pairs and triples of n services, and all n together. */
const walkedFor = (n: number) => n + (n * (n - 1)) / 2 + (n * (n - 1) * (n - 2)) / 6 + (n > 3 ? 1 : 0);

function problemsOf(content: ReturnType<typeof copy>): string {
  try {
    check(content);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('the broken content was accepted');
}

const step = (owner: Json, id: string): Json => owner.steps.find((s: Json) => s.id === id);

describe('content checks', () => {
  it('accept the catalogue: every service alone, every pair and triple of services, and all of them in one visit', () => {
    const c = copy();
    const checked = check(c);
    const n = Object.keys(c.services).length;
    expect(checked.services).toHaveLength(n);
    expect(checked.combinations.count).toBe(walkedFor(n));
    expect(checked.combinations.allPaths).toBeGreaterThan(0);
    expect(checked.warnings).toEqual([]);
    // One-time aid: РНОКПП or not × ID card or booklet × lives at the registered address or not × IBAN or post.
    expect(checked.stats.get('one-time-aid')).toMatchObject({ paths: 24 });
  });

  it('reject a goto to a step that does not exist, naming the file and the step', () => {
    const c = copy();
    step(c.services['one-time-aid']!, 'reason').next = [{ goto: 'descripton' }];
    const message = problemsOf(c);
    expect(message).toContain('services/one-time-aid.json');
    expect(message).toContain('step "reason": next[0] goes to "descripton", which does not exist');
  });

  it('reject a cycle, showing the loop', () => {
    const c = copy();
    step(c.services['one-time-aid']!, 'description').next = [{ goto: 'reason' }];
    expect(problemsOf(c)).toContain('cycle: reason → description → reason');
  });

  it('reject a step whose last next is conditional (a path that never reaches check answers)', () => {
    const c = copy();
    step(c.modules.payment!, 'payment-method').next = [{ when: { field: 'paymentMethod', op: 'eq', value: 'post' }, goto: 'post-office' }];
    expect(problemsOf(c)).toContain('step "payment-method": the last entry of "next" has a "when"');
  });

  it('reject a string without its English text, and a service that does not declare every language', () => {
    const c = copy();
    c.services['pension-info']!.title = { uk: 'Довідка' };
    c.services['low-income']!.locales = ['uk'];
    const message = problemsOf(c);
    expect(message).toMatch(/services\/pension-info\.json[\s\S]*title\.en: /);
    expect(message).toContain('every kiosk language');
  });

  it('reject an unknown field type, listing the known ones', () => {
    const c = copy();
    step(c.modules.contact!, 'phone').fields[0].type = 'telephone';
    expect(problemsOf(c)).toContain('unknown field type "telephone"; known types: name, text');
  });

  it('reject a condition on a field that does not exist or is asked later', () => {
    const c = copy();
    step(c.modules.payment!, 'payment-method').next[0].when = { field: 'paymentMethd', op: 'eq', value: 'post' };
    expect(problemsOf(c)).toContain('refers to field "paymentMethd", which does not exist or is not asked before this point');
    const later = copy();
    // The applicant module comes before the payment module: it cannot read the payment method.
    step(later.modules.applicant!, 'has-rnokpp').next[0].when = { field: 'paymentMethod', op: 'eq', value: 'post' };
    expect(problemsOf(later)).toContain('refers to field "paymentMethod", which does not exist or is not asked before this point');
  });

  it('reject a condition value that is not an option, and a "chosen" service that does not exist', () => {
    const c = copy();
    step(c.modules.payment!, 'payment-method').next[0].when = { field: 'paymentMethod', op: 'eq', value: 'cash' };
    c.modules.payment!.start[0].when = { chosen: 'no-such-service' };
    const message = problemsOf(c);
    expect(message).toContain('"cash" is not an option of field "paymentMethod"');
    expect(message).toContain('"chosen" names service "no-such-service"');
  });

  it('reject a step that can never be reached and an answer id used twice across files', () => {
    const c = copy();
    c.services['one-time-aid']!.steps.push({ ...structuredClone(step(c.services['one-time-aid']!, 'reason')), id: 'orphan' });
    const message = problemsOf(c);
    expect(message).toContain('answer id "reason" is defined twice');
    const d = copy();
    d.services['one-time-aid']!.steps.push({
      ...structuredClone(step(d.services['one-time-aid']!, 'reason')),
      id: 'orphan',
      fields: [{ ...step(d.services['one-time-aid']!, 'reason').fields[0], id: 'orphanReason' }],
    });
    expect(problemsOf(d)).toContain('step "orphan" can never be reached');
  });

  it('reject a question without a voice prompt, an example its own validator refuses, and a document condition without words', () => {
    const c = copy();
    delete step(c.modules.contact!, 'phone').fields[0].voice;
    step(c.modules.payment!, 'iban').fields[0].example = 'UA00 0000';
    delete c.services['one-time-aid']!.documents.find((d: Json) => d.id === 'medical').whenText;
    const message = problemsOf(c);
    expect(message).toContain('field "phone": no "voice" prompt');
    expect(message).toContain('field "iban": its example "UA00 0000" is not valid');
    expect(message).toContain('document "medical" has a "when" but no "whenText"');
  });

  it('reject a service without sources or a check date, and warn about one not checked for 12 months', () => {
    const c = copy();
    delete c.services['one-time-aid']!.sources;
    delete c.services['low-income']!.checkedOn;
    c.services['idp-allowance']!.checkedOn = '2027-01-01';
    const message = problemsOf(c);
    expect(message).toContain('services/one-time-aid.json: sources: none; list the laws and pages its facts come from');
    expect(message).toContain('services/low-income.json: checkedOn: missing');
    expect(message).toContain('services/idp-allowance.json: checkedOn: 2027-01-01 is after today (2026-12-03)');

    const address = copy();
    address.services['pension-info']!.sources = [{ title: 'Закон', url: 'zakon.rada.gov.ua' }];
    expect(problemsOf(address)).toContain('sources.0.url: a source needs its full web address (https://…)');

    const old = copy();
    old.services['one-time-aid']!.checkedOn = '2025-12-02';
    old.services['pension-info']!.checkedOn = '2025-12-03';
    expect(check(old).warnings).toEqual([
      'services/one-time-aid.json: last checked on 2025-12-02, more than 12 months ago; check it against its sources and update checkedOn',
    ]);
  });

  it('reject a deciding body by answer whose condition reads a field the service never asks', () => {
    const c = copy();
    c.services['one-time-aid']!.decidingBodyByAnswer = [{ when: { field: 'deceasedKind', op: 'eq', value: 'pensioner' }, body: { uk: 'ПФУ', en: 'PFU' } }];
    expect(problemsOf(c)).toContain('decidingBodyByAnswer[0]: "when" refers to field "deceasedKind", which does not exist');
  });

  it('reject a service that uses a module or a category that does not exist', () => {
    const c = copy();
    c.services['pension-info']!.modules.push('pets');
    c.services['pension-info']!.categories = ['veterans'];
    const message = problemsOf(c);
    expect(message).toContain('modules: "pets" is not a module');
    expect(message).toContain('categories: "veterans" is not a category');
  });

  it('load a ninth service from a new file, with no code', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-content-'));
    try {
      await cp(DEFAULT_CONTENT_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
      const ninth = structuredClone(original.services['one-time-aid']!);
      ninth.id = 'firewood-aid';
      ninth.title = { uk: 'Допомога дровами', en: 'Firewood aid' };
      ninth.start = [{ goto: 'firewood-amount' }];
      const question = {
        ...structuredClone(ninth.steps[0].fields[0]),
        id: 'firewoodReason',
        label: { uk: 'Навіщо вам дрова?', en: 'What is the firewood for?' },
      };
      ninth.steps = [{ ...structuredClone(ninth.steps[0]), id: 'firewood-amount', next: [{ goto: 'check-answers' }], fields: [question] }];
      ninth.documents = ninth.documents.filter((d: Json) => !d.when || d.when.field === 'hasRnokpp');
      await writeFile(path.join(dir, 'services', 'firewood-aid.json'), JSON.stringify(ninth));
      const catalogue = await loadCatalogue(dir);
      expect(catalogue.services.map((s) => s.id)).toContain('firewood-aid');
      expect(catalogue.combinations.count).toBe(walkedFor(Object.keys(original.services).length + 1));
      await mkdir(path.join(dir, 'broken'), { recursive: true });
      await writeFile(path.join(dir, 'services', 'bad.json'), '{ "id": ');
      await expect(loadCatalogue(dir)).rejects.toThrow(/bad\.json[\s\S]*not valid JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('content checks across services', () => {
  it('reject a question two services both ask, which a person choosing both would answer twice', () => {
    const c = copy();
    const asked = structuredClone(step(c.services['housing-subsidy']!, 'housing-subsidy-heating'));
    asked.id = 'low-income-heating';
    asked.fields[0].id = 'lowIncomeHeating';
    asked.next = [{ goto: 'check-answers' }];
    step(c.services['low-income']!, 'low-income-property').next = [{ goto: 'low-income-heating' }];
    c.services['low-income']!.steps.push(asked);
    expect(problemsOf(c)).toContain('which housing-subsidy asks too: a person choosing both would answer it twice');
  });
});
