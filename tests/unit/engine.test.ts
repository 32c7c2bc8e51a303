import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { GroupItem } from '../../content/conditions.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import * as engine from '../../kiosk-server/session/engine.ts';
import { newSession, type SessionState } from '../../kiosk-server/session/state.ts';
import { viewOf } from '../../kiosk-server/session/views.ts';
import { rnokppFor } from '../support/answers.ts';
import { answerCurrent, startVisit, TODAY, walkToCheckAnswers } from '../support/walk.ts';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const at = (state: SessionState) => (state.position.kind === 'question' || state.position.kind === 'item' ? state.position.stepId : state.position.kind);

function answer(state: SessionState, stepId: string, values: Record<string, RawValue>): SessionState {
  const result = engine.answerStep(catalogue, state, stepId, values, TODAY);
  expect(result.ok).toBe(true);
  return result.state;
}

/** Answers with sample values until the given step is on screen. */
function until(state: SessionState, stepId: string): SessionState {
  for (let i = 0; at(state) !== stepId; i++) {
    if (i > 50) throw new Error(`never reached ${stepId}`);
    state = answerCurrent(catalogue, state);
  }
  return state;
}

const aid = () => startVisit(catalogue, ['one-time-aid']);
const finishedAid = () => walkToCheckAnswers(catalogue, aid()).state;

describe('session engine: one service', () => {
  it('asks the shared questions first, then the service’s own, then consent', () => {
    const { visited } = walkToCheckAnswers(catalogue, aid());
    expect(visited.slice(0, 3)).toEqual(['applicant-name', 'date-of-birth', 'sex']);
    expect(visited.indexOf('reason')).toBeGreaterThan(visited.indexOf('iban'));
    expect(visited.at(-1)).toBe('consent');
  });

  it('skips the РНОКПП when the person has none', () => {
    let state = until(aid(), 'has-rnokpp');
    state = answer(state, 'has-rnokpp', { hasRnokpp: 'no' });
    expect(at(state)).toBe('identity-kind');
    expect(engine.flowOf(catalogue, state).steps.has('rnokpp')).toBe(true);
    const { visited } = walkToCheckAnswers(catalogue, state);
    expect(visited).not.toContain('rnokpp');
  });

  it('keeps what was typed and explains each error, without moving on', () => {
    const state = until(aid(), 'rnokpp');
    const next = answer(state, 'rnokpp', { rnokpp: '3652504576' });
    expect(at(next)).toBe('rnokpp');
    expect(next.errors).toEqual([{ fieldId: 'rnokpp', message: expect.objectContaining({ uk: expect.stringContaining('помилка') }) }]);
    const view = viewOf(catalogue, next);
    expect(view.screen === 'question' && view.values.rnokpp).toBe('3652504576');
  });

  it('refuses an answer for a step that is not on screen', () => {
    const state = until(aid(), 'phone');
    expect(engine.answerStep(catalogue, state, 'rnokpp', { rnokpp: '3652504575' }, TODAY)).toMatchObject({ ok: false, code: 'stale_step' });
  });

  it('goes back along the route, with the answers kept, and to the services from the first question', () => {
    let state = until(aid(), 'identity-kind');
    state = engine.goBack(catalogue, state);
    expect(at(state)).toBe('rnokpp');
    const view = viewOf(catalogue, state);
    expect(view.screen === 'question' && typeof view.values.rnokpp).toBe('string');
    for (let i = 0; i < 4; i++) state = engine.goBack(catalogue, state);
    expect(at(state)).toBe('applicant-name');
    expect(at(engine.goBack(catalogue, state))).toBe('services');
  });

  it('goes back from check answers to the last question, and Back after a Change follows the route (not the taps)', () => {
    let state = finishedAid();
    const changed = engine.changeAnswer(catalogue, state, 'phone');
    state = answer(changed.state, 'phone', { phone: '067 765 43 21' });
    expect(at(state)).toBe('check-answers');
    const trail = [];
    for (let i = 0; i < 3; i++) trail.push(at((state = engine.goBack(catalogue, state))));
    expect(trail).toEqual(['consent', 'description', 'reason']);
  });

  it('asks the questions a changed answer opens, then returns to check answers', () => {
    let state = finishedAid();
    state = answer(engine.changeAnswer(catalogue, state, 'payment-method').state, 'payment-method', { paymentMethod: 'post' });
    expect(at(state)).toBe('post-office');
    state = answer(state, 'post-office', { postcode: '01001' });
    expect(at(state)).toBe('check-answers');
    const view = viewOf(catalogue, state);
    const rows = view.screen === 'check-answers' ? view.sections.flatMap((s) => s.rows.map((r) => r.label.en)) : [];
    expect(rows).toContain('Postcode of the post office');
    expect(rows).not.toContain('Your account number (IBAN)');
  });

  it('sends the person back to the РНОКПП when a changed date of birth no longer matches it', () => {
    const changed = engine.changeAnswer(catalogue, finishedAid(), 'date-of-birth');
    const state = answer(changed.state, 'date-of-birth', { dateOfBirth: { day: '2', month: '1', year: '1999' } });
    expect(at(state)).toBe('rnokpp');
    expect(state.errors[0]?.message.uk).toContain('02.01.1999');
  });

  it('ignores answers left on a branch the person has left: not asked, not counted for documents, not submitted', () => {
    let state = finishedAid();
    // Answered the post office once, then chose the bank account again.
    state = { ...state, answers: { ...state.answers, postcode: '01001' } };
    const prepared = engine.prepareSubmission(catalogue, state, TODAY);
    if (!('submissions' in prepared)) throw new Error('not ready');
    expect(prepared.submissions[0]!.answers).not.toHaveProperty('postcode');
    expect(prepared.submissions[0]!.answers).toMatchObject({ iban: 'UA903052992990004149123456789', consent: 'yes' });
    expect(prepared.submissions[0]!.documentIds).toEqual(['identity', 'rnokpp-card', 'medical']);
  });

  it('will not submit from anywhere but check answers, nor with an answer that no longer holds', () => {
    expect(engine.prepareSubmission(catalogue, until(aid(), 'phone'), TODAY)).toMatchObject({ ok: false, code: 'stale_step' });
    const state = finishedAid();
    const broken = { ...state, answers: { ...state.answers, dateOfBirth: '1999-12-31' } };
    const prepared = engine.prepareSubmission(catalogue, broken, TODAY);
    expect(prepared).toMatchObject({ ok: false, code: 'not_ready' });
    if (!('submissions' in prepared)) expect(at(prepared.state)).toBe('rnokpp');
  });

  it('forgets the answers once submitted', () => {
    const state = engine.markSubmitted(finishedAid(), '2026-11-22T10:00:00Z', [
      { applicationNumber: 'K01-2026-000001', serviceId: 'one-time-aid', documentIds: [] },
    ]);
    expect(state.answers).toEqual({});
    expect(viewOf(catalogue, state)).toMatchObject({ screen: 'confirmation', applications: [{ applicationNumber: 'K01-2026-000001' }] });
  });

  it('shows progress along the route', () => {
    const view = viewOf(catalogue, until(aid(), 'phone'));
    expect(view.screen === 'question' && view.progress.index).toBe(8);
    expect(view.screen === 'question' && view.progress.total).toBeGreaterThan(8);
  });
});

describe('session engine: family members (a repeating group)', () => {
  const member = (surname: string, relation: string, birth: { day: string; month: string; year: string }): Record<string, RawValue> => ({
    memberSurname: surname,
    memberGivenName: 'Оксана',
    memberPatronymic: '',
    memberRelation: relation,
    memberDateOfBirth: birth,
    memberRnokpp: '',
  });
  const items = (state: SessionState) => state.answers['family-members'] as GroupItem[];

  it('adds, changes and removes members, checking each like any answer', () => {
    let state = until(startVisit(catalogue, ['idp-registration']), 'family-members');
    expect(viewOf(catalogue, state)).toMatchObject({ screen: 'group', items: [], canAdd: true });

    state = engine.openItem(catalogue, state, 'family-members').state;
    expect(state.position).toMatchObject({ kind: 'item', index: 0 });
    // The member's РНОКПП is checked against the member's own date of birth.
    state = answer(state, 'family-members', { ...member('Шевченко', 'child', { day: '5', month: '9', year: '2012' }), memberRnokpp: rnokppFor('2012-09-06') });
    expect(state.errors.map((e) => e.fieldId)).toEqual(['memberRnokpp']);
    state = answer(state, 'family-members', { ...member('Шевченко', 'child', { day: '5', month: '9', year: '2012' }), memberRnokpp: rnokppFor('2012-09-05') });
    expect(at(state)).toBe('family-members');
    state = answer(
      engine.openItem(catalogue, state, 'family-members').state,
      'family-members',
      member('Коваль', 'parent', { day: '1', month: '2', year: '1950' }),
    );
    expect(items(state).map((i) => i.memberSurname)).toEqual(['Шевченко', 'Коваль']);
    expect(viewOf(catalogue, state)).toMatchObject({
      screen: 'group',
      items: [{ summary: { uk: 'Шевченко Оксана, Син або донька, 05.09.2012' } }, { index: 1 }],
    });

    state = answer(
      engine.openItem(catalogue, state, 'family-members', 1).state,
      'family-members',
      member('Коваленко', 'parent', { day: '1', month: '2', year: '1950' }),
    );
    expect(items(state)[1]!.memberSurname).toBe('Коваленко');

    state = engine.askRemoveItem(state, 'family-members', 0).state;
    expect(viewOf(catalogue, state)).toMatchObject({ screen: 'confirm-remove', summary: { uk: expect.stringContaining('Шевченко') } });
    state = engine.confirmRemoveItem(state, false).state;
    expect(items(state)).toHaveLength(2);
    state = engine.confirmRemoveItem(engine.askRemoveItem(state, 'family-members', 0).state, true).state;
    expect(items(state).map((i) => i.memberSurname)).toEqual(['Коваленко']);
    expect(at(answer(state, 'family-members', {}))).toBe('idp-registration-left-address');
  });

  it('shows each member on check answers, and Change on one member returns to check answers', () => {
    const { state } = walkToCheckAnswers(catalogue, startVisit(catalogue, ['idp-registration']));
    const view = viewOf(catalogue, state);
    const rows = view.screen === 'check-answers' ? view.sections.flatMap((s) => s.rows) : [];
    expect(rows.find((r) => r.itemIndex === 0)).toMatchObject({ stepId: 'family-members', label: { uk: 'Член сімʼї 1' } });
    let changed = engine.changeAnswer(catalogue, state, 'family-members', 0).state;
    expect(changed.position).toMatchObject({ kind: 'item', index: 0, fromCheckAnswers: true });
    changed = answer(changed, 'family-members', member('Мельник', 'spouse', { day: '3', month: '3', year: '1980' }));
    expect(at(changed)).toBe('check-answers');
    expect(items(changed)[0]!.memberSurname).toBe('Мельник');
  });
});

describe('session engine: several services in one visit', () => {
  it('offers the IDP living allowance to someone registering as an IDP, once', () => {
    let state = engine.chooseServices(catalogue, newSession('uk'), ['idp-registration']).state;
    expect(state.position).toEqual({ kind: 'suggest', serviceIds: ['idp-allowance'] });
    expect(viewOf(catalogue, state)).toMatchObject({ screen: 'suggest', suggestions: [{ id: 'idp-allowance', reason: { uk: expect.any(String) } }] });
    state = engine.answerSuggestions(catalogue, state, ['idp-allowance']).state;
    expect(state.serviceIds).toEqual(['idp-registration', 'idp-allowance']);
    expect(at(state)).toBe('applicant-name');
    // Back to the list and on again: not offered a second time.
    state = engine.chooseServices(catalogue, { ...state, position: { kind: 'services' } }, ['idp-registration']).state;
    expect(at(state)).toBe('applicant-name');
  });

  it('asks for the IDP certificate only when the person is not registering in the same visit', () => {
    expect(walkToCheckAnswers(catalogue, startVisit(catalogue, ['idp-allowance'])).visited).toContain('idp-allowance-certificate');
    const both = walkToCheckAnswers(catalogue, startVisit(catalogue, ['idp-registration', 'idp-allowance'])).visited;
    expect(both).not.toContain('idp-allowance-certificate');
    // The allowance needs a bank account: no choice of post office.
    expect(both).not.toContain('payment-method');
    expect(both).toContain('iban');
  });

  it('refuses an unknown service and asks for at least one', () => {
    expect(engine.chooseServices(catalogue, newSession('uk'), ['no-such'])).toMatchObject({ ok: false, code: 'not_found' });
    expect(engine.chooseServices(catalogue, newSession('uk'), []).state.errors[0]?.message.uk).toBe('Виберіть хоча б одну послугу');
  });

  it('shows "what do I need?" for a service without starting it', () => {
    const state = engine.showInfo(catalogue, newSession('uk'), 'birth-assistance').state;
    const view = viewOf(catalogue, state);
    expect(view).toMatchObject({ screen: 'info', title: { uk: 'Допомога при народженні дитини' } });
    if (view.screen !== 'info') return;
    expect(view.sections.map((s) => s.title.uk)).toContain('Про вас');
    expect(view.documents.some((d) => d.whenText)).toBe(true);
    expect(at(engine.goBack(catalogue, state))).toBe('services');
  });

  // Issue 17: "What do I need?" offered no way to apply for the service it describes.
  it('applies from "what do I need?": that service with the ones already ticked, in the list\'s order; Back keeps the ticks', () => {
    const info = engine.showInfo(catalogue, newSession('uk'), 'idp-allowance', ['pension-info']).state;
    expect(viewOf(catalogue, engine.goBack(catalogue, info))).toMatchObject({ screen: 'services', selected: ['pension-info'] });
    const applied = engine.applyFromInfo(catalogue, info, 'idp-allowance');
    if (!applied.ok) throw new Error(applied.code);
    const order = catalogue.services.map((s) => s.id).filter((id) => id === 'idp-allowance' || id === 'pension-info');
    expect(applied.state.serviceIds).toEqual(order);
    expect(['question', 'suggest']).toContain(applied.state.position.kind);
    expect(engine.applyFromInfo(catalogue, info, 'low-income')).toMatchObject({ ok: false, code: 'stale_step' });
    expect(engine.showInfo(catalogue, newSession('uk'), 'idp-allowance', ['no-such'])).toMatchObject({ ok: false, code: 'not_found' });
  });
});
