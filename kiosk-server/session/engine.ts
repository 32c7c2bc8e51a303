// The session engine: pure functions from (content, state, input) to a new state. No I/O, no clock: `today` is passed in.
import { evaluate } from '../../content/conditions.ts';
import { CHECK_ANSWERS, type DocumentDefinition, type ServiceDefinition, type StepDefinition } from '../../content/schema.ts';
import { partsFromIso } from '../../content/validators/dates.ts';
import { validateField, type RawValue } from '../../content/validators/fields.ts';
import type { FieldErrorView } from '../../protocol/views.ts';
import type { SessionState, SubmittedApplication } from './state.ts';

export type EngineResult = { ok: true; state: SessionState } | { ok: false; code: 'stale_step' | 'not_ready' | 'not_found'; state: SessionState };

const ok = (state: SessionState): EngineResult => ({ ok: true, state });

function stepOf(service: ServiceDefinition, stepId: string): StepDefinition | undefined {
  return service.steps.find((s) => s.id === stepId);
}

/** The first `next` whose condition holds; content checks guarantee the last one has none. */
export function nextStepId(step: StepDefinition, answers: Record<string, string>): string {
  return (step.next.find((n) => !n.when || evaluate(n.when, answers)) ?? step.next.at(-1)!).goto;
}

/** The steps a person with these answers goes through, in order, up to check answers. */
export function activePath(service: ServiceDefinition, answers: Record<string, string>): StepDefinition[] {
  const path: StepDefinition[] = [];
  let id = service.firstStep;
  while (id !== CHECK_ANSWERS) {
    const step = stepOf(service, id);
    if (!step || path.includes(step)) break; // content checks rule this out; never loop
    path.push(step);
    id = nextStepId(step, answers);
  }
  return path;
}

/** The stored answer as the UI shows it in an input: dates go back to their three boxes. */
export function rawFromAnswer(service: ServiceDefinition, fieldId: string, value: string): RawValue {
  const field = service.steps.flatMap((s) => s.fields).find((f) => f.id === fieldId);
  return field?.type === 'date' ? partsFromIso(value) : value;
}

/** Checks the stored answers of one step again (another answer it depends on may have changed since). */
function storedStepErrors(service: ServiceDefinition, step: StepDefinition, answers: Record<string, string>, today: string): FieldErrorView[] | 'unanswered' {
  const errors: FieldErrorView[] = [];
  for (const field of step.fields) {
    const stored = answers[field.id];
    if (stored === undefined) return 'unanswered';
    const result = validateField(field, rawFromAnswer(service, field.id, stored), { today, answers });
    if (!result.ok) errors.push({ fieldId: field.id, message: result.message });
  }
  return errors;
}

/** The first step on the route that is unanswered or whose answers no longer hold, with its errors. */
function firstIncompleteStep(service: ServiceDefinition, answers: Record<string, string>, today: string) {
  for (const step of activePath(service, answers)) {
    const errors = storedStepErrors(service, step, answers, today);
    if (errors === 'unanswered' || errors.length) return { step, errors: errors === 'unanswered' ? [] : errors };
  }
  return undefined;
}

function showStep(state: SessionState, stepId: string, errors: FieldErrorView[] = []): SessionState {
  return { ...state, position: { kind: 'question', stepId }, drafts: {}, errors };
}

export function chooseService(service: ServiceDefinition, state: SessionState): SessionState {
  const sameService = state.serviceId === service.id;
  return showStep({ ...state, serviceId: service.id, answers: sameService ? state.answers : {}, history: [], changing: false }, service.firstStep);
}

export function answerStep(service: ServiceDefinition, state: SessionState, stepId: string, values: Record<string, RawValue>, today: string): EngineResult {
  const step = stepOf(service, stepId);
  if (state.position.kind !== 'question' || state.position.stepId !== stepId || !step) return { ok: false, code: 'stale_step', state };

  const answers = { ...state.answers };
  const errors: FieldErrorView[] = [];
  for (const field of step.fields) {
    const result = validateField(field, values[field.id], { today, answers });
    if (result.ok) answers[field.id] = result.value;
    else errors.push({ fieldId: field.id, message: result.message });
  }
  if (errors.length) {
    const drafts = Object.fromEntries(step.fields.map((f) => [f.id, values[f.id] ?? '']));
    return ok({ ...state, drafts, errors });
  }

  const target = nextStepId(step, answers);
  const answered = { ...state, answers, history: [...state.history, stepId] };
  if (state.changing) {
    // Back to check answers unless the new answer opened questions not yet answered (or made another answer wrong).
    const incomplete = firstIncompleteStep(service, answers, today);
    if (incomplete) return ok(showStep(answered, incomplete.step.id, incomplete.errors));
    return ok({ ...answered, position: { kind: 'check-answers' }, drafts: {}, errors: [], changing: false });
  }
  if (target === CHECK_ANSWERS) return ok({ ...answered, position: { kind: 'check-answers' }, drafts: {}, errors: [] });
  return ok(showStep(answered, target));
}

export function goBack(service: ServiceDefinition, state: SessionState): SessionState {
  const { position } = state;
  if (position.kind === 'submitted' || position.kind === 'services') return state;
  if (position.kind === 'question' && state.changing) {
    return { ...state, position: { kind: 'check-answers' }, drafts: {}, errors: [], changing: false };
  }
  // The history can hold steps of a route the person has since left; Back follows the current route.
  const path = activePath(service, state.answers).map((s) => s.id);
  const history = [...state.history];
  while (history.length) {
    const previous = history.pop()!;
    if (path.includes(previous) && !(position.kind === 'question' && previous === position.stepId)) {
      return { ...showStep(state, previous), history };
    }
  }
  return { ...state, position: { kind: 'services' }, history: [], drafts: {}, errors: [] };
}

export function changeAnswer(service: ServiceDefinition, state: SessionState, stepId: string): EngineResult {
  if (state.position.kind !== 'check-answers') return { ok: false, code: 'stale_step', state };
  if (!activePath(service, state.answers).some((s) => s.id === stepId)) return { ok: false, code: 'not_found', state };
  return ok({ ...showStep(state, stepId), changing: true });
}

export function applicableDocuments(service: ServiceDefinition, answers: Record<string, string>): DocumentDefinition[] {
  return service.documents.filter((d) => !d.when || evaluate(d.when, answers));
}

export interface Submission {
  /** Only the answers on the route taken: questions left behind by a changed branch are not sent. */
  answers: Record<string, string>;
  documentIds: string[];
}

/**
 * Everything checked once more before anything is stored. When an answer is missing or no longer valid the person is
 * taken to that question with its message.
 */
export function prepareSubmission(service: ServiceDefinition, state: SessionState, today: string): { ok: true; submission: Submission } | EngineResult {
  if (state.position.kind !== 'check-answers') return { ok: false, code: 'stale_step', state };
  const incomplete = firstIncompleteStep(service, state.answers, today);
  if (incomplete) return { ok: false, code: 'not_ready', state: { ...showStep(state, incomplete.step.id, incomplete.errors), changing: true } };
  const path = activePath(service, state.answers);
  const answers: Record<string, string> = {};
  for (const field of path.flatMap((s) => s.fields)) answers[field.id] = state.answers[field.id]!;
  return { ok: true, submission: { answers, documentIds: applicableDocuments(service, answers).map((d) => d.id) } };
}

export function markSubmitted(state: SessionState, application: SubmittedApplication): SessionState {
  return { ...state, position: { kind: 'submitted', application }, drafts: {}, errors: [], changing: false };
}
