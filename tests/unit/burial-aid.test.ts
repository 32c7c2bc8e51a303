// Burial aid is paid by different bodies depending on who died: the first question of the service is that category,
// and each category has its own questions, its own documents and its own deciding body.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { decidingBodyOf } from '../../content/deciding-body.ts';
import { partOf } from '../../content/flow.ts';
import type { ServiceDefinition } from '../../content/schema.ts';
import * as engine from '../../kiosk-server/session/engine.ts';
import type { SessionState } from '../../kiosk-server/session/state.ts';
import { startVisit, TODAY, walkToCheckAnswers } from '../support/walk.ts';

let catalogue: Catalogue;
let service: ServiceDefinition;
beforeAll(async () => {
  catalogue = await loadCatalogue();
  service = catalogue.get('burial-aid')!;
});

const CATEGORY = 'burialAidDeceasedCategory';

/** Walks a whole visit for burial aid with these choices: the service's own steps, the submission and its answers. */
function apply(choices: Record<string, string>) {
  const { state, visited } = walkToCheckAnswers(catalogue, startVisit(catalogue, ['burial-aid']), choices);
  const flow = engine.flowOf(catalogue, state);
  const own = visited.filter((id) => partOf(flow, id)?.id === 'burial-aid');
  const prepared = engine.prepareSubmission(catalogue, state, TODAY);
  if (!('submissions' in prepared)) throw new Error('burial aid was not ready to submit');
  const submission = prepared.submissions[0]!;
  return { state, visited, own, submission, body: decidingBodyOf(service, submission.answers) };
}

const DECEASED = ['burial-aid-deceased-name', 'burial-aid-deceased-birth-date', 'burial-aid-deceased-rnokpp', 'burial-aid-death-date'];
const APPLICANT = ['burial-aid-relation', 'burial-aid-organiser'];

describe('burial aid: who died decides the route', () => {
  it('asks who died before anything else of its own, with the four categories', () => {
    expect(service.start).toEqual([{ goto: 'burial-aid-category' }]);
    const first = service.steps.find((s) => s.id === 'burial-aid-category')!;
    expect(first.fields.map((f) => f.id)).toEqual([CATEGORY]);
    expect(first.fields[0]!.options!.map((o) => o.value)).toEqual(['uninsured', 'pensioner', 'socialAid', 'insured']);
    for (const category of ['uninsured', 'pensioner', 'socialAid', 'insured']) expect(apply({ [CATEGORY]: category }).own[0]).toBe('burial-aid-category');
  });

  it('asks each category its own questions', () => {
    expect(apply({ [CATEGORY]: 'uninsured' }).own).toEqual(['burial-aid-category', 'burial-aid-uninsured-kind', ...DECEASED, ...APPLICANT]);
    expect(apply({ [CATEGORY]: 'pensioner' }).own).toEqual(['burial-aid-category', 'burial-aid-pension-kind', ...DECEASED, ...APPLICANT]);
    expect(apply({ [CATEGORY]: 'socialAid' }).own).toEqual(['burial-aid-category', 'burial-aid-social-aid-kind', ...DECEASED, ...APPLICANT]);
    // No "which pension" for someone without one, and no sub-case of the uninsured for a pensioner.
    expect(apply({ [CATEGORY]: 'uninsured' }).own).not.toContain('burial-aid-pension-kind');
    expect(apply({ [CATEGORY]: 'pensioner' }).own).not.toContain('burial-aid-uninsured-kind');
  });

  it('takes a worker’s family straight on, without the questions the employer asks, and says the employer decides', () => {
    const { own, submission, body } = apply({ [CATEGORY]: 'insured' });
    expect(own).toEqual(['burial-aid-category']);
    expect(submission.answers[CATEGORY]).toBe('insured');
    expect(submission.answers).not.toHaveProperty('burialAidDeceasedSurname');
    expect(submission.documentIds).not.toContain('death-extract');
    expect(body.uk).toMatch(/^Роботодавець померлого/);
    // The option itself says so, before the person goes on.
    const option = service.steps[0]!.fields[0]!.options!.find((o) => o.value === 'insured')!;
    expect(option.hint!.uk).toContain('роботодавець');
    expect(option.voice!.uk).toContain('роботодавець');
  });

  it('lists the documents of the category and its sub-case', () => {
    const student = apply({ [CATEGORY]: 'uninsured', burialAidUninsuredKind: 'student' }).submission.documentIds;
    expect(student).toEqual(expect.arrayContaining(['identity', 'death-extract', 'burial-study-certificate', 'burial-receipts']));
    expect(student).not.toContain('burial-child-birth-certificate');
    expect(student).not.toContain('burial-employment-record');

    const child = apply({ [CATEGORY]: 'uninsured', burialAidUninsuredKind: 'child' }).submission.documentIds;
    expect(child).toContain('burial-child-birth-certificate');
    expect(child).not.toContain('burial-study-certificate');

    const notWorking = apply({ [CATEGORY]: 'uninsured', burialAidUninsuredKind: 'notWorking' }).submission.documentIds;
    expect(notWorking).toContain('burial-employment-record');

    for (const category of ['pensioner', 'socialAid']) {
      const documents = apply({ [CATEGORY]: category }).submission.documentIds;
      expect(documents, category).toContain('death-extract');
      for (const uninsuredOnly of ['burial-receipts', 'burial-study-certificate', 'burial-child-birth-certificate', 'burial-employment-record'])
        expect(documents, category).not.toContain(uninsuredOnly);
    }
  });

  it('names the community for the uninsured and the Pension Fund for pensioners and aid recipients', () => {
    expect(apply({ [CATEGORY]: 'uninsured' }).body.uk).toMatch(/^Орган соціального захисту населення громади/);
    expect(apply({ [CATEGORY]: 'pensioner' }).body).toEqual({ uk: 'Пенсійний фонд України', en: 'The Pension Fund of Ukraine' });
    expect(apply({ [CATEGORY]: 'socialAid' }).body).toEqual({ uk: 'Пенсійний фонд України', en: 'The Pension Fund of Ukraine' });
    // Before the question is answered only the general words apply.
    expect(decidingBodyOf(service, {})).toEqual(service.decidingBody);
    expect(service.decidingBody.uk).toContain('Залежить від того, ким була померла людина');
  });

  it('forgets the branch left behind when the category is changed at check answers', () => {
    const { state } = apply({ [CATEGORY]: 'pensioner', burialAidPensionKind: 'military' });
    const changing = engine.changeAnswer(catalogue, state, 'burial-aid-category');
    expect(changing.ok).toBe(true);
    const answered = engine.answerStep(catalogue, changing.state, 'burial-aid-category', { [CATEGORY]: 'uninsured' }, TODAY);
    expect(answered.ok).toBe(true);
    let next: SessionState = answered.state;
    // The uninsured sub-case has not been asked yet: the engine asks it before check answers.
    ({ state: next } = walkToCheckAnswers(catalogue, next, { [CATEGORY]: 'uninsured' }));
    const prepared = engine.prepareSubmission(catalogue, next, TODAY);
    if (!('submissions' in prepared)) throw new Error('not ready');
    const { answers, documentIds } = prepared.submissions[0]!;
    expect(answers).not.toHaveProperty('burialAidPensionKind');
    expect(answers).toHaveProperty('burialAidUninsuredKind');
    expect(documentIds).toContain('burial-receipts');
    expect(decidingBodyOf(service, answers).uk).toMatch(/^Орган соціального захисту/);
  });
});
