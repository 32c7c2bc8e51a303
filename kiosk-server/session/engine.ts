// The session engine: pure functions from (content, state, input) to a new state. No I/O, no clock: `today` is passed in.
import { applicantIdentifier, type ApplicantIdentifier } from '../../content/applicant.ts';
import type { AnswerValue, GroupItem } from '../../content/conditions.ts';
import { evaluate } from '../../content/conditions.ts';
import { composeFlow, entryFrom, nextAfter, partOf, routeOf, type ContentSource, type Flow } from '../../content/flow.ts';
import { fillEach } from '../../content/text/fill.ts';
import { VALIDATION_TEXT } from '../../content/text/validation.ts';
import { CHECK_ANSWERS, type DocumentDefinition, type FieldDefinition, type ServiceDefinition, type StepDefinition } from '../../content/schema.ts';
import { partsFromIso } from '../../content/validators/dates.ts';
import { validateField, type RawValue } from '../../content/validators/fields.ts';
import type { FieldErrorView } from '../../protocol/views.ts';
import type { SessionState, SubmittedApplication } from './state.ts';

export type EngineCode = 'stale_step' | 'not_ready' | 'not_found' | 'invalid_choice';
export type EngineResult = { ok: true; state: SessionState } | { ok: false; code: EngineCode; state: SessionState };

const ok = (state: SessionState): EngineResult => ({ ok: true, state });
const refuse = (state: SessionState, code: EngineCode): EngineResult => ({ ok: false, code, state });

export function flowOf(content: ContentSource, state: SessionState): Flow {
  return composeFlow(content, state.serviceIds);
}

const textAnswers = (answers: Record<string, AnswerValue>): Record<string, string> =>
  Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === 'string'));

const itemsOf = (state: SessionState, stepId: string): GroupItem[] => {
  const value = state.answers[stepId];
  return Array.isArray(value) ? value : [];
};

/** The stored answer as the UI shows it in an input: dates go back to their three boxes. */
export function rawFromAnswer(field: FieldDefinition, value: string): RawValue {
  return field.type === 'date' ? partsFromIso(value) : value;
}

/** Validates a form's fields in order, each seeing the ones above it (a РНОКПП after its date of birth). */
function validateForm(fields: FieldDefinition[], values: Record<string, RawValue | undefined>, context: Record<string, string>, today: string) {
  const answers = { ...context };
  const accepted: Record<string, string> = {};
  const errors: FieldErrorView[] = [];
  for (const field of fields) {
    const result = validateField(field, values[field.id], { today, answers });
    if (result.ok) accepted[field.id] = answers[field.id] = result.value;
    else errors.push({ fieldId: field.id, message: result.message });
  }
  return { accepted, errors };
}

function storedRaw(fields: FieldDefinition[], stored: Record<string, string>): Record<string, RawValue | undefined> {
  return Object.fromEntries(fields.map((f) => [f.id, stored[f.id] === undefined ? undefined : rawFromAnswer(f, stored[f.id]!)]));
}

type Incomplete = { step: StepDefinition; errors: FieldErrorView[]; item?: number };

/** Checks the stored answers of one step again (an answer it depends on may have changed since). */
function recheckStep(step: StepDefinition, answers: Record<string, AnswerValue>, today: string): Incomplete | undefined {
  const context = textAnswers(answers);
  if (step.repeat) {
    const items = answers[step.id];
    if (!Array.isArray(items)) return { step, errors: [] };
    for (const [index, item] of items.entries()) {
      const { errors } = validateForm(step.fields, storedRaw(step.fields, item), context, today);
      if (errors.length) return { step, errors, item: index };
    }
    return items.length < step.repeat.min ? { step, errors: [groupMinError(step)] } : undefined;
  }
  if (step.fields.some((f) => answers[f.id] === undefined)) return { step, errors: [] };
  const { errors } = validateForm(step.fields, storedRaw(step.fields, context), context, today);
  return errors.length ? { step, errors } : undefined;
}

function groupMinError(step: StepDefinition): FieldErrorView {
  const repeat = step.repeat!;
  return {
    fieldId: step.id,
    message:
      repeat.minMessage ??
      fillEach(VALIDATION_TEXT.field.groupMin, { min: repeat.min, item: { uk: repeat.itemName.uk.toLowerCase(), en: repeat.itemName.en.toLowerCase() } }),
  };
}

/** The first step on the route that is unanswered or whose answers no longer hold, with its errors. */
function firstIncomplete(flow: Flow, answers: Record<string, AnswerValue>, today: string): Incomplete | undefined {
  for (const step of routeOf(flow, answers).steps) {
    const incomplete = recheckStep(step, answers, today);
    if (incomplete) return incomplete;
  }
  return undefined;
}

function show(state: SessionState, stepId: string, errors: FieldErrorView[] = []): SessionState {
  return { ...state, position: { kind: 'question', stepId }, drafts: {}, errors };
}

function showIncomplete(state: SessionState, incomplete: Incomplete): SessionState {
  if (incomplete.item === undefined) return show(state, incomplete.step.id, incomplete.errors);
  return {
    ...state,
    position: { kind: 'item', stepId: incomplete.step.id, index: incomplete.item, fromCheckAnswers: false },
    drafts: {},
    errors: incomplete.errors,
  };
}

function toCheckAnswers(state: SessionState): SessionState {
  return { ...state, position: { kind: 'check-answers' }, drafts: {}, errors: [], changing: false };
}

function start(content: ContentSource, state: SessionState): SessionState {
  const first = entryFrom(flowOf(content, state), 0, { answers: {}, services: state.serviceIds });
  return first === CHECK_ANSWERS ? toCheckAnswers(state) : show({ ...state, changing: false }, first);
}

/** The person chose their services; related ones not yet offered are offered once before the questions. */
export function chooseServices(content: ContentSource, state: SessionState, serviceIds: string[]): EngineResult {
  const unique = [...new Set(serviceIds)];
  if (!unique.length) return ok({ ...state, errors: [{ fieldId: 'services', message: VALIDATION_TEXT.field.chooseService }] });
  const services = unique.map((id) => content.service(id));
  if (services.some((s) => !s)) return refuse(state, 'not_found');
  const related = [...new Set(services.flatMap((s) => s!.related?.map((r) => r.service) ?? []))].filter(
    (id) => !unique.includes(id) && !state.offered.includes(id) && content.service(id),
  );
  const chosen = { ...state, serviceIds: unique, errors: [], drafts: {} };
  if (related.length) return ok({ ...chosen, position: { kind: 'suggest', serviceIds: related }, offered: [...state.offered, ...related] });
  return ok(start(content, chosen));
}

export function answerSuggestions(content: ContentSource, state: SessionState, accepted: string[]): EngineResult {
  if (state.position.kind !== 'suggest') return refuse(state, 'stale_step');
  const offered = state.position.serviceIds;
  if (accepted.some((id) => !offered.includes(id))) return refuse(state, 'invalid_choice');
  return ok(start(content, { ...state, serviceIds: [...state.serviceIds, ...accepted] }));
}

/** "What do I need?" for one service; the services ticked so far are kept, so Back and «Подати заяву» find them ticked. */
export function showInfo(content: ContentSource, state: SessionState, serviceId: string, ticked: readonly string[] = state.serviceIds): EngineResult {
  if (state.position.kind !== 'services') return refuse(state, 'stale_step');
  if (!content.service(serviceId) || ticked.some((id) => !content.service(id))) return refuse(state, 'not_found');
  return ok({ ...state, serviceIds: [...new Set(ticked)], position: { kind: 'info', serviceId }, errors: [] });
}

/** «Подати заяву на цю послугу» on "What do I need?": that service, with any others already ticked, in the list's order. */
export function applyFromInfo(content: ContentSource & { services: readonly { id: string }[] }, state: SessionState, serviceId: string): EngineResult {
  if (state.position.kind !== 'info' || state.position.serviceId !== serviceId) return refuse(state, 'stale_step');
  const wanted = new Set([...state.serviceIds, serviceId]);
  return chooseServices(
    content,
    { ...state, position: { kind: 'services' } },
    content.services.map((s) => s.id).filter((id) => wanted.has(id)),
  );
}

/** After a question is answered: on to the next, or back to check answers when the person came from there. */
function advance(flow: Flow, state: SessionState, stepId: string, today: string): SessionState {
  if (state.changing) {
    const incomplete = firstIncomplete(flow, state.answers, today);
    return incomplete ? { ...showIncomplete(state, incomplete), changing: true } : toCheckAnswers(state);
  }
  const route = routeOf(flow, state.answers);
  const target = nextAfter(flow, stepId, { answers: route.answers, services: state.serviceIds });
  return target === CHECK_ANSWERS ? toCheckAnswers(state) : show(state, target);
}

export function answerStep(content: ContentSource, state: SessionState, stepId: string, values: Record<string, RawValue>, today: string): EngineResult {
  const flow = flowOf(content, state);
  const step = flow.steps.get(stepId)?.step;
  const { position } = state;
  if (!step) return refuse(state, 'stale_step');

  if (position.kind === 'item' && position.stepId === stepId) return saveItem(flow, state, step, position.index, position.fromCheckAnswers, values, today);
  if (position.kind !== 'question' || position.stepId !== stepId) return refuse(state, 'stale_step');

  if (step.repeat) {
    const items = itemsOf(state, stepId);
    if (items.length < step.repeat.min) return ok({ ...state, errors: [groupMinError(step)] });
    return ok(advance(flow, { ...state, answers: { ...state.answers, [stepId]: items }, errors: [] }, stepId, today));
  }

  const { accepted, errors } = validateForm(step.fields, values, textAnswers(state.answers), today);
  if (errors.length) {
    const drafts = Object.fromEntries(step.fields.map((f) => [f.id, values[f.id] ?? '']));
    return ok({ ...state, drafts, errors });
  }
  return ok(advance(flow, { ...state, answers: { ...state.answers, ...accepted }, drafts: {}, errors: [] }, stepId, today));
}

function saveItem(
  flow: Flow,
  state: SessionState,
  step: StepDefinition,
  index: number,
  fromCheckAnswers: boolean,
  values: Record<string, RawValue>,
  today: string,
): EngineResult {
  const { accepted, errors } = validateForm(step.fields, values, textAnswers(state.answers), today);
  if (errors.length) {
    const drafts = Object.fromEntries(step.fields.map((f) => [f.id, values[f.id] ?? '']));
    return ok({ ...state, drafts, errors });
  }
  const items = [...itemsOf(state, step.id)];
  items[index] = accepted;
  const saved: SessionState = { ...state, answers: { ...state.answers, [step.id]: items }, drafts: {}, errors: [] };
  if (fromCheckAnswers) return ok(advance(flow, { ...saved, changing: true }, step.id, today));
  return ok(show(saved, step.id));
}

/** Opens the form for a new member (`index` omitted) or an existing one, from the list page or from check answers. */
export function openItem(content: ContentSource, state: SessionState, stepId: string, index?: number): EngineResult {
  const step = flowOf(content, state).steps.get(stepId)?.step;
  if (!step?.repeat) return refuse(state, 'stale_step');
  const items = itemsOf(state, stepId);
  const { position } = state;
  const fromList = position.kind === 'question' && position.stepId === stepId;
  const fromCheckAnswers = position.kind === 'check-answers' && index !== undefined;
  if (!fromList && !fromCheckAnswers) return refuse(state, 'stale_step');
  if (index === undefined && items.length >= step.repeat.max) return refuse(state, 'invalid_choice');
  const target = index ?? items.length;
  if (target > items.length) return refuse(state, 'not_found');
  return ok({ ...state, position: { kind: 'item', stepId, index: target, fromCheckAnswers }, drafts: {}, errors: [] });
}

export function askRemoveItem(state: SessionState, stepId: string, index: number): EngineResult {
  const { position } = state;
  if (position.kind !== 'question' || position.stepId !== stepId) return refuse(state, 'stale_step');
  if (index < 0 || index >= itemsOf(state, stepId).length) return refuse(state, 'not_found');
  return ok({ ...state, position: { kind: 'remove', stepId, index }, errors: [] });
}

export function confirmRemoveItem(state: SessionState, remove: boolean): EngineResult {
  const { position } = state;
  if (position.kind !== 'remove') return refuse(state, 'stale_step');
  const items = itemsOf(state, position.stepId).filter((_, i) => !remove || i !== position.index);
  return ok(show({ ...state, answers: { ...state.answers, [position.stepId]: items } }, position.stepId));
}

/** Back follows the route the answers lead along (never a branch the person has left). */
export function goBack(content: ContentSource, state: SessionState): SessionState {
  const { position } = state;
  switch (position.kind) {
    case 'submitted':
    case 'services':
      return state;
    case 'info':
    case 'suggest':
      return { ...state, position: { kind: 'services' }, errors: [], drafts: {} };
    case 'item':
      if (position.fromCheckAnswers) return toCheckAnswers(state);
      return show(state, position.stepId);
    case 'remove':
      return show(state, position.stepId);
    case 'check-answers': {
      const last = routeOf(flowOf(content, state), state.answers).steps.at(-1);
      return last ? show(state, last.id) : { ...state, position: { kind: 'services' } };
    }
    case 'question': {
      if (state.changing) return toCheckAnswers(state);
      const route = routeOf(flowOf(content, state), state.answers).steps;
      const index = route.findIndex((s) => s.id === position.stepId);
      return index > 0 ? show(state, route[index - 1]!.id) : { ...state, position: { kind: 'services' }, drafts: {}, errors: [] };
    }
  }
}

/** Change from check answers: a question, a repeating step's list, or one member (with `index`). */
export function changeAnswer(content: ContentSource, state: SessionState, stepId: string, index?: number): EngineResult {
  if (state.position.kind !== 'check-answers') return refuse(state, 'stale_step');
  const flow = flowOf(content, state);
  if (!routeOf(flow, state.answers).steps.some((s) => s.id === stepId)) return refuse(state, 'not_found');
  if (index !== undefined) return openItem(content, state, stepId, index);
  return ok({ ...show(state, stepId), changing: true });
}

export function applicableDocuments(service: ServiceDefinition, answers: Record<string, AnswerValue>, serviceIds: readonly string[]): DocumentDefinition[] {
  return service.documents.filter((d) => !d.when || evaluate(d.when, { answers, services: serviceIds }));
}

export interface Submission {
  serviceId: string;
  /** The answers this service needs, from its modules and its own questions on the route taken. */
  answers: Record<string, AnswerValue>;
  documentIds: string[];
  /** The applicant's РНОКПП or document number, told to the central system. */
  applicant: ApplicantIdentifier | null;
}

/**
 * Everything checked once more before anything is stored; one submission per chosen service. When an answer is
 * missing or no longer valid the person is taken to that question with its message.
 */
export function prepareSubmission(content: ContentSource, state: SessionState, today: string): { ok: true; submissions: Submission[] } | EngineResult {
  if (state.position.kind !== 'check-answers') return refuse(state, 'stale_step');
  const flow = flowOf(content, state);
  const incomplete = firstIncomplete(flow, state.answers, today);
  if (incomplete) return refuse({ ...showIncomplete(state, incomplete), changing: true }, 'not_ready');
  const route = routeOf(flow, state.answers);
  const submissions = state.serviceIds.map((serviceId) => {
    const service = content.service(serviceId)!;
    const answers: Record<string, AnswerValue> = {};
    const fields: FieldDefinition[] = [];
    for (const step of route.steps) {
      const part = partOf(flow, step.id)!;
      const belongs = part.kind === 'service' ? part.id === serviceId : service.modules.includes(part.id);
      if (!belongs) continue;
      if (step.repeat) answers[step.id] = route.answers[step.id] ?? [];
      else
        for (const field of step.fields) {
          answers[field.id] = route.answers[field.id]!;
          fields.push(field);
        }
    }
    return {
      serviceId,
      answers,
      documentIds: applicableDocuments(service, route.answers, state.serviceIds).map((d) => d.id),
      applicant: applicantIdentifier(fields, answers),
    };
  });
  return { ok: true, submissions };
}

/** After the commit the answers are dropped from memory: only what the confirmation shows is kept. */
export function markSubmitted(
  state: SessionState,
  submittedAt: string,
  applications: SubmittedApplication[],
  desk: { place: string | null } | null = null,
): SessionState {
  return {
    ...state,
    position: { kind: 'submitted', submittedAt, applications, receipt: 'printing', desk },
    answers: {},
    drafts: {},
    errors: [],
    changing: false,
  };
}
