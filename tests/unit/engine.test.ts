import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { ServiceDefinition } from '../../content/schema.ts';
import type { RawValue } from '../../content/validators/fields.ts';
import { activePath, answerStep, changeAnswer, chooseService, goBack, prepareSubmission } from '../../kiosk-server/session/engine.ts';
import { newSession, type SessionState } from '../../kiosk-server/session/state.ts';
import { viewOf } from '../../kiosk-server/session/views.ts';
import { ONE_TIME_AID_ANSWERS } from '../support/answers.ts';

const TODAY = '2026-11-22';
let catalogue: Catalogue;
let service: ServiceDefinition;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  service = catalogue.get('one-time-aid')!;
});

function answer(state: SessionState, stepId: string, values: Record<string, RawValue>): SessionState {
  const result = answerStep(service, state, stepId, values, TODAY);
  expect(result.ok).toBe(true);
  return result.state;
}

const at = (state: SessionState) => (state.position.kind === 'question' ? state.position.stepId : state.position.kind);

/** Answers steps in order from the given list, overriding some answers. */
function walk(overrides: Record<string, Record<string, RawValue>> = {}, until?: string): SessionState {
  let state = chooseService(service, newSession('uk'));
  for (const [stepId, values] of ONE_TIME_AID_ANSWERS) {
    if (until && at(state) === until) return state;
    if (at(state) !== stepId) continue; // a step the route skips
    state = answer(state, stepId, overrides[stepId] ?? values);
  }
  return state;
}

describe('session engine', () => {
  it('goes through the service to check answers, one step at a time', () => {
    let state = chooseService(service, newSession('uk'));
    expect(at(state)).toBe('applicant-name');
    const visited: string[] = [];
    for (const [stepId, values] of ONE_TIME_AID_ANSWERS) {
      visited.push(at(state));
      state = answer(state, stepId, values);
    }
    expect(visited).toEqual(ONE_TIME_AID_ANSWERS.map(([id]) => id));
    expect(at(state)).toBe('check-answers');
    expect(state.answers.phone).toBe('+380501234567');
    expect(state.answers.dateOfBirth).toBe('2000-01-01');
  });

  it('asks for the passport instead of the РНОКПП when the person has none', () => {
    let state = walk({}, 'has-rnokpp');
    state = answer(state, 'has-rnokpp', { hasRnokpp: 'no' });
    expect(at(state)).toBe('passport');
    state = answer(state, 'passport', { passportNumber: 'ме123456' });
    expect(at(state)).toBe('phone');
    expect(state.answers.passportNumber).toBe('МЕ123456');
    expect(activePath(service, state.answers).map((s) => s.id)).not.toContain('rnokpp');
  });

  it('keeps what was typed and explains each error, without moving on', () => {
    const state = walk({}, 'rnokpp');
    const result = answerStep(service, state, 'rnokpp', { rnokpp: '3652504576' }, TODAY);
    expect(result.ok).toBe(true);
    expect(at(result.state)).toBe('rnokpp');
    expect(result.state.errors).toEqual([{ fieldId: 'rnokpp', message: expect.objectContaining({ uk: expect.stringContaining('помилка') }) }]);
    const view = viewOf(catalogue, result.state);
    expect(view.screen === 'question' && view.values.rnokpp).toBe('3652504576');
  });

  it('refuses an answer for a step that is not on screen', () => {
    const state = walk({}, 'phone');
    const result = answerStep(service, state, 'rnokpp', { rnokpp: '3652504575' }, TODAY);
    expect(result).toMatchObject({ ok: false, code: 'stale_step' });
  });

  it('goes back along the route taken, with the answers kept', () => {
    let state = walk({}, 'phone');
    state = goBack(service, state);
    expect(at(state)).toBe('rnokpp');
    const view = viewOf(catalogue, state);
    expect(view.screen === 'question' && view.values.rnokpp).toBe('3652504575');
    state = goBack(service, goBack(service, goBack(service, state)));
    expect(at(state)).toBe('applicant-name');
    expect(at(goBack(service, state))).toBe('services');
  });

  it('returns to check answers after a change', () => {
    let state = walk();
    const changed = changeAnswer(service, state, 'phone');
    expect(changed.ok && at(changed.state)).toBe('phone');
    state = answer(changed.state, 'phone', { phone: '067 765 43 21' });
    expect(at(state)).toBe('check-answers');
    expect(state.answers.phone).toBe('+380677654321');
  });

  it('asks the new questions a changed answer opens, then returns to check answers', () => {
    let state = walk();
    const changed = changeAnswer(service, state, 'payment-method');
    state = answer(changed.state, 'payment-method', { paymentMethod: 'post' });
    expect(at(state)).toBe('post-office');
    state = answer(state, 'post-office', { postcode: '01001' });
    expect(at(state)).toBe('check-answers');
    const view = viewOf(catalogue, state);
    expect(view.screen === 'check-answers' && view.rows.map((r) => r.fieldId)).toContain('postcode');
    expect(view.screen === 'check-answers' && view.rows.map((r) => r.fieldId)).not.toContain('iban');
  });

  it('Back from a change returns to check answers', () => {
    const changed = changeAnswer(service, walk(), 'reason');
    expect(at(goBack(service, changed.state))).toBe('check-answers');
  });

  it('sends a person back to the РНОКПП when a changed date of birth no longer matches it', () => {
    const changed = changeAnswer(service, walk(), 'date-of-birth');
    const state = answer(changed.state, 'date-of-birth', { dateOfBirth: { day: '2', month: '1', year: '2000' } });
    expect(at(state)).toBe('rnokpp');
    expect(state.errors[0]?.message.uk).toContain('01.01.2000');
  });

  it('prepares a submission with only the answers on the route and the documents that apply', () => {
    let state = walk();
    // Answered the post office branch once, then chose IBAN again: the postcode is not sent.
    state = { ...state, answers: { ...state.answers, postcode: '01001' } };
    const prepared = prepareSubmission(service, state, TODAY);
    expect('submission' in prepared).toBe(true);
    if (!('submission' in prepared)) return;
    expect(prepared.submission.answers).not.toHaveProperty('postcode');
    expect(prepared.submission.answers).toMatchObject({ rnokpp: '3652504575', iban: 'UA903052992990004149123456789', consent: 'yes' });
    expect(prepared.submission.documentIds).toEqual(['identity', 'rnokpp-card', 'medical']);
  });

  it('will not submit from anywhere but check answers, nor with an answer that no longer holds', () => {
    expect(prepareSubmission(service, walk({}, 'phone'), TODAY)).toMatchObject({ ok: false, code: 'stale_step' });
    const state = walk();
    const broken = { ...state, answers: { ...state.answers, dateOfBirth: '1999-12-31' } };
    const prepared = prepareSubmission(service, broken, TODAY);
    expect(prepared).toMatchObject({ ok: false, code: 'not_ready' });
    if (!('submission' in prepared)) expect(at(prepared.state)).toBe('rnokpp');
  });

  it('shows progress along the route', () => {
    const view = viewOf(catalogue, walk({}, 'phone'));
    expect(view.screen === 'question' && view.progress).toEqual({ index: 5, total: 11 });
  });
});
