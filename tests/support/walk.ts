import type { Catalogue } from '../../content/catalogue.ts';
import { leavesOf } from '../../content/conditions.ts';
import type { Flow } from '../../content/flow.ts';
import * as engine from '../../kiosk-server/session/engine.ts';
import { newSession, type SessionState } from '../../kiosk-server/session/state.ts';
import { sampleValues } from './answers.ts';

export const TODAY = '2026-11-22';

/** The eight services the catalogue began with: walked together in one visit by the engine test and the browser. */
export const ORIGINAL_SERVICE_IDS: readonly string[] = [
  'birth-assistance',
  'disability-childhood',
  'housing-subsidy',
  'idp-allowance',
  'idp-registration',
  'low-income',
  'one-time-aid',
  'pension-info',
];

function expectOk(result: engine.EngineResult, what: string): SessionState {
  if (!result.ok) throw new Error(`${what}: ${result.code}`);
  if (result.state.errors.length) throw new Error(`${what}: ${JSON.stringify(result.state.errors.map((e) => `${e.fieldId}: ${e.message.en}`))}`);
  return result.state;
}

/** Choice fields whose answer steers the route somewhere in this flow: the walker tries each of their options. */
export function routingFields(flow: Flow): Set<string> {
  const ids = new Set<string>();
  for (const part of flow.parts) {
    const conditions = [...part.start, ...part.steps.flatMap((s) => s.next)].flatMap((n) => (n.when ? leavesOf(n.when) : []));
    for (const leaf of conditions) if ('field' in leaf) ids.add(leaf.field);
  }
  return ids;
}

export function startVisit(catalogue: Catalogue, serviceIds: string[], acceptSuggestions = false): SessionState {
  let state = expectOk(engine.chooseServices(catalogue, newSession('uk'), serviceIds), 'choose');
  if (state.position.kind === 'suggest')
    state = expectOk(engine.answerSuggestions(catalogue, state, acceptSuggestions ? state.position.serviceIds : []), 'suggest');
  return state;
}

/** Answers the step on screen with valid sample values (adding one member to an empty list first). */
export function answerCurrent(catalogue: Catalogue, state: SessionState, choices: Record<string, string> = {}): SessionState {
  if (state.position.kind !== 'question') throw new Error(`not on a question: ${state.position.kind}`);
  const stepId = state.position.stepId;
  const step = engine.flowOf(catalogue, state).steps.get(stepId)!.step;
  if (step.repeat && !Array.isArray(state.answers[stepId])) {
    let opened = expectOk(engine.openItem(catalogue, state, stepId), 'open item');
    opened = expectOk(engine.answerStep(catalogue, opened, stepId, sampleValues(step, opened.answers, choices), TODAY), `save item of ${stepId}`);
    state = opened;
  }
  return expectOk(engine.answerStep(catalogue, state, stepId, step.repeat ? {} : sampleValues(step, state.answers, choices), TODAY), `answer ${stepId}`);
}

/** Goes from the first question to check answers with the given choices; returns the steps visited. */
export function walkToCheckAnswers(
  catalogue: Catalogue,
  state: SessionState,
  choices: Record<string, string> = {},
): { state: SessionState; visited: string[] } {
  const visited: string[] = [];
  for (let guard = 0; state.position.kind === 'question'; guard++) {
    if (guard > 200) throw new Error('the walk does not end');
    visited.push(state.position.stepId);
    state = answerCurrent(catalogue, state, choices);
  }
  if (state.position.kind !== 'check-answers') throw new Error(`walk ended on ${state.position.kind}`);
  return { state, visited };
}

/**
 * Every route through a visit: at each step, every option of a choice that steers the route is tried. Returns one
 * check-answers state per distinct route.
 */
export function walkEveryRoute(catalogue: Catalogue, serviceIds: string[]): { state: SessionState; visited: string[] }[] {
  const start = startVisit(catalogue, serviceIds);
  const steering = routingFields(engine.flowOf(catalogue, start));
  const done: { state: SessionState; visited: string[] }[] = [];
  const explore = (state: SessionState, visited: string[], choices: Record<string, string>): void => {
    if (visited.length > 200) throw new Error('route too long');
    if (state.position.kind === 'check-answers') {
      done.push({ state, visited });
      return;
    }
    if (state.position.kind !== 'question') throw new Error(`unexpected ${state.position.kind}`);
    const step = engine.flowOf(catalogue, state).steps.get(state.position.stepId)!.step;
    const branching = step.repeat ? [] : step.fields.filter((f) => f.type === 'choice' && steering.has(f.id));
    const options = branching.length ? branching[0]!.options!.map((o) => ({ ...choices, [branching[0]!.id]: o.value })) : [choices];
    for (const option of options) explore(answerCurrent(catalogue, state, option), [...visited, state.position.stepId], option);
  };
  explore(start, [], {});
  return done;
}
