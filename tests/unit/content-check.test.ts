import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import oneTimeAid from '../../content/services/one-time-aid.json' with { type: 'json' };
import { loadCatalogue } from '../../content/catalogue.ts';
import { checkService, ContentError } from '../../content/check.ts';

/** The service file as plain JSON that tests may break in any way. */
interface ServiceJson {
  title: unknown;
  locales: string[];
  steps: { id: string; fields: { type: string }[]; next: { when?: unknown; goto: string }[] }[];
}
const copy = (): ServiceJson => structuredClone(oneTimeAid) as unknown as ServiceJson;
const stepById = (service: ServiceJson, id: string) => service.steps.find((s) => s.id === id)!;

function problemsOf(data: unknown): string[] {
  try {
    checkService(data, 'broken.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain('broken.json');
    return (error as ContentError).problems;
  }
  throw new Error('the broken service was accepted');
}

describe('content checks', () => {
  it('accept the one-time aid service and count its steps, fields and paths', () => {
    const { service, stats } = checkService(oneTimeAid, 'one-time-aid.json');
    expect(service.id).toBe('one-time-aid');
    // Paths: РНОКПП or passport × IBAN or post office.
    expect(stats).toEqual({ steps: 13, fields: 18, paths: 4 });
  });

  it('reject a goto to a step that does not exist, naming it', () => {
    const broken = copy();
    stepById(broken, 'phone').next = [{ goto: 'adress' }];
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('step "phone": next[0] goes to "adress", which does not exist'));
  });

  it('reject a cycle, showing the loop', () => {
    const broken = copy();
    stepById(broken, 'reason').next = [{ goto: 'address' }];
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('cycle: address → reason → address'));
  });

  it('reject a step whose last next is conditional (a path that never reaches check answers)', () => {
    const broken = copy();
    stepById(broken, 'payment-method').next = [{ when: { field: 'paymentMethod', op: 'eq', value: 'post' }, goto: 'post-office' }];
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('step "payment-method": the last entry of "next" has a "when"'));
  });

  it('reject a string without its English text', () => {
    const broken = copy();
    broken.title = { uk: 'Допомога' };
    expect(problemsOf(broken)).toContainEqual(expect.stringMatching(/^title\.en: /));
  });

  it('reject a service that does not declare every language', () => {
    const broken = copy();
    broken.locales = ['uk'];
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('every kiosk language'));
  });

  it('reject an unknown field type, listing the known ones', () => {
    const broken = copy();
    stepById(broken, 'phone').fields[0]!.type = 'telephone';
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('unknown field type "telephone"'));
  });

  it('reject a condition on a field that does not exist or is asked later', () => {
    const broken = copy();
    stepById(broken, 'payment-method').next[0]!.when = { field: 'paymentMethd', op: 'eq', value: 'post' };
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('refers to field "paymentMethd", which does not exist'));

    const later = copy();
    stepById(later, 'has-rnokpp').next[0]!.when = { field: 'reason', op: 'eq', value: 'fire' };
    expect(problemsOf(later)).toContainEqual(expect.stringContaining('"reason", which is not asked before this point'));
  });

  it('reject a condition value that is not an option of the field', () => {
    const broken = copy();
    stepById(broken, 'payment-method').next[0]!.when = { field: 'paymentMethod', op: 'eq', value: 'cash' };
    expect(problemsOf(broken)).toContainEqual(expect.stringContaining('"cash" is not an option of field "paymentMethod"'));
  });

  it('reject a step that can never be reached and a field defined twice', () => {
    const broken = copy();
    broken.steps.push({ ...structuredClone(stepById(broken, 'phone')), id: 'orphan' });
    const problems = problemsOf(broken);
    expect(problems).toContainEqual(expect.stringContaining('step "orphan" can never be reached'));
    expect(problems).toContainEqual(expect.stringContaining('field "phone" is defined twice'));
  });

  it('load a folder and stop at a broken file with its name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vikno-content-'));
    try {
      await writeFile(path.join(dir, 'good.json'), JSON.stringify(oneTimeAid));
      expect((await loadCatalogue(dir)).services.map((s) => s.id)).toEqual(['one-time-aid']);
      await writeFile(path.join(dir, 'bad.json'), '{ "id": ');
      await expect(loadCatalogue(dir)).rejects.toThrow(/bad\.json[\s\S]*not valid JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
