// A visit's questions: the shared modules its services use (each asked once), then each service's own steps, then the
// closing modules (consent), then check answers. Pure; used by the engine and by the content checks.
import { evaluate, type Answers, type AnswerValue, type Facts } from './conditions.ts';
import type { Localized } from './localized.ts';
import { CHECK_ANSWERS, type ModuleDefinition, type NextDefinition, type ServiceDefinition, type StepDefinition } from './schema.ts';

export interface FlowPart {
  /** A module id or a service id. */
  id: string;
  kind: 'module' | 'service';
  title: Localized;
  start: NextDefinition[];
  steps: StepDefinition[];
}

export interface Flow {
  serviceIds: readonly string[];
  parts: readonly FlowPart[];
  /** Every step of the visit with the index of its part. */
  steps: ReadonlyMap<string, { step: StepDefinition; part: number }>;
}

export interface ContentSource {
  service(id: string): ServiceDefinition | undefined;
  module(id: string): ModuleDefinition | undefined;
}

export function composeFlow(source: ContentSource, serviceIds: readonly string[]): Flow {
  const services = serviceIds.map((id) => source.service(id)).filter((s): s is ServiceDefinition => !!s);
  const moduleIds = [...new Set(services.flatMap((s) => s.modules))];
  const modules = moduleIds
    .map((id) => source.module(id))
    .filter((m): m is ModuleDefinition => !!m)
    .sort((a, b) => a.order - b.order);
  const asPart = (m: ModuleDefinition): FlowPart => ({ id: m.id, kind: 'module', title: m.title, start: m.start, steps: m.steps });
  const parts: FlowPart[] = [
    ...modules.filter((m) => m.placement === 'before').map(asPart),
    ...services.filter((s) => s.steps.length && s.start).map((s): FlowPart => ({ id: s.id, kind: 'service', title: s.title, start: s.start!, steps: s.steps })),
    ...modules.filter((m) => m.placement === 'after').map(asPart),
  ];
  const steps = new Map<string, { step: StepDefinition; part: number }>();
  parts.forEach((part, index) => part.steps.forEach((step) => steps.set(step.id, { step, part: index })));
  return { serviceIds: services.map((s) => s.id), parts, steps };
}

/** The first entry whose condition holds; content checks guarantee the last one has none. */
export function follow(next: readonly NextDefinition[], facts: Facts): string {
  return (next.find((n) => !n.when || evaluate(n.when, facts)) ?? next.at(-1)!).goto;
}

/** The first step of part `index` or of a later one (a part whose start goes straight on is skipped). */
export function entryFrom(flow: Flow, index: number, facts: Facts): string {
  for (let i = index; i < flow.parts.length; i++) {
    const target = follow(flow.parts[i]!.start, facts);
    if (target !== CHECK_ANSWERS) return target;
  }
  return CHECK_ANSWERS;
}

/** Where a person goes after answering `stepId`. */
export function nextAfter(flow: Flow, stepId: string, facts: Facts): string {
  const found = flow.steps.get(stepId);
  if (!found) return CHECK_ANSWERS;
  const target = follow(found.step.next, facts);
  return target === CHECK_ANSWERS ? entryFrom(flow, found.part + 1, facts) : target;
}

/** The answers a step contributes: its fields, or for a repeating step the list under the step's id. */
export function answerIdsOf(step: StepDefinition): string[] {
  return step.repeat ? [step.id] : step.fields.map((f) => f.id);
}

/**
 * The steps a person with these answers goes through, in order, up to check answers, and the answers given on that
 * route. Each decision reads only answers given earlier on the same route: an answer left behind on a branch the person
 * has since left never steers the route, the documents or the submission.
 */
export function routeOf(flow: Flow, answers: Answers): { steps: StepDefinition[]; answers: Record<string, AnswerValue> } {
  const steps: StepDefinition[] = [];
  const onRoute: Record<string, AnswerValue> = {};
  const facts: Facts = { answers: onRoute, services: flow.serviceIds };
  const seen = new Set<string>();
  let id = entryFrom(flow, 0, facts);
  while (id !== CHECK_ANSWERS && !seen.has(id)) {
    const found = flow.steps.get(id);
    if (!found) break; // content checks rule this out
    seen.add(id);
    steps.push(found.step);
    for (const answerId of answerIdsOf(found.step)) if (answers[answerId] !== undefined) onRoute[answerId] = answers[answerId]!;
    id = nextAfter(flow, id, facts);
  }
  return { steps, answers: onRoute };
}

/** Which part of the flow a step belongs to. */
export function partOf(flow: Flow, stepId: string): FlowPart | undefined {
  const found = flow.steps.get(stepId);
  return found && flow.parts[found.part];
}
