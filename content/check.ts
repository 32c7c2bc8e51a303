import type { z } from 'zod';
import { fieldsOf, type Condition } from './conditions.ts';
import { CHECK_ANSWERS, ServiceSchema, type FieldDefinition, type ServiceDefinition, type StepDefinition } from './schema.ts';

/** A content file that cannot be used; `problems` each name the file, the place and what is wrong. */
export class ContentError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export interface ServiceStats {
  steps: number;
  fields: number;
  /** Distinct routes from the first question to check answers. */
  paths: number;
}

function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(file)';
    return `${where}: ${issue.message}`;
  });
}

function successorsOf(step: StepDefinition): string[] {
  return [...new Set(step.next.map((n) => n.goto))];
}

/** Steps from which `target` can be reached (the steps that may come before it). */
function ancestors(steps: Map<string, StepDefinition>, target: string): Set<string> {
  const result = new Set<string>();
  const stack = [target];
  while (stack.length) {
    const current = stack.pop()!;
    for (const step of steps.values()) {
      if (!result.has(step.id) && successorsOf(step).includes(current)) {
        result.add(step.id);
        stack.push(step.id);
      }
    }
  }
  return result;
}

function checkGraph(service: ServiceDefinition, problems: string[]): Map<string, StepDefinition> {
  const steps = new Map<string, StepDefinition>();
  for (const step of service.steps) {
    if (steps.has(step.id)) problems.push(`step "${step.id}" is defined twice`);
    if (step.id === CHECK_ANSWERS) problems.push(`"${CHECK_ANSWERS}" is reserved and cannot be a step id`);
    steps.set(step.id, step);
  }
  if (!steps.has(service.firstStep)) problems.push(`firstStep "${service.firstStep}" is not a step`);
  for (const step of service.steps) {
    step.next.forEach((next, i) => {
      if (next.goto !== CHECK_ANSWERS && !steps.has(next.goto)) {
        problems.push(`step "${step.id}": next[${i}] goes to "${next.goto}", which does not exist`);
      }
    });
    if (step.next.at(-1)?.when) {
      problems.push(`step "${step.id}": the last entry of "next" has a "when", so a person whose answers match none of them would be stuck; make the last entry unconditional`);
    }
  }

  // Depth-first search: a grey step met again is a cycle.
  const colour = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, trail: string[]): void => {
    if (id === CHECK_ANSWERS || !steps.has(id)) return;
    if (colour.get(id) === 'grey') {
      problems.push(`the steps form a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
      return;
    }
    if (colour.get(id) === 'black') return;
    colour.set(id, 'grey');
    for (const next of successorsOf(steps.get(id)!)) visit(next, [...trail, id]);
    colour.set(id, 'black');
  };
  visit(service.firstStep, []);
  for (const step of service.steps) {
    if (!colour.has(step.id)) problems.push(`step "${step.id}" can never be reached from "${service.firstStep}"`);
  }
  return steps;
}

function checkCondition(
  condition: Condition,
  where: string,
  fields: Map<string, { field: FieldDefinition; step: string }>,
  allowedSteps: Set<string> | undefined,
  problems: string[],
): void {
  for (const leaf of fieldsOf(condition)) {
    const found = fields.get(leaf.field);
    if (!found) {
      problems.push(`${where}: "when" refers to field "${leaf.field}", which does not exist`);
      continue;
    }
    if (allowedSteps && !allowedSteps.has(found.step)) {
      problems.push(`${where}: "when" refers to field "${leaf.field}", which is not asked before this point`);
    }
    if ((leaf.op === 'eq' || leaf.op === 'neq') && typeof leaf.value !== 'string') {
      problems.push(`${where}: "${leaf.op}" needs a text "value"`);
    }
    if (leaf.op === 'in' && !Array.isArray(leaf.value)) problems.push(`${where}: "in" needs a list "value"`);
    const options = found.field.options?.map((o) => o.value);
    const values = leaf.value === undefined ? [] : Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    for (const value of options ? values : []) {
      if (!options!.includes(value)) {
        problems.push(`${where}: "${value}" is not an option of field "${leaf.field}" (options: ${options!.join(', ')})`);
      }
    }
  }
}

function checkFields(service: ServiceDefinition, steps: Map<string, StepDefinition>, problems: string[]): number {
  const fields = new Map<string, { field: FieldDefinition; step: string }>();
  for (const step of service.steps) {
    for (const field of step.fields) {
      if (fields.has(field.id)) problems.push(`field "${field.id}" is defined twice (steps "${fields.get(field.id)!.step}" and "${step.id}")`);
      fields.set(field.id, { field, step: step.id });
    }
    if (step.fields.length > 1 && !step.title) problems.push(`step "${step.id}" has several fields and needs a "title" for its heading`);
  }
  for (const step of service.steps) {
    const before = ancestors(steps, step.id);
    before.add(step.id);
    step.next.forEach((next, i) => {
      if (next.when) checkCondition(next.when, `step "${step.id}" next[${i}]`, fields, before, problems);
    });
    for (const field of step.fields) {
      for (const rule of field.rules ?? []) {
        if (rule.rule !== 'matchesBirthDate') continue;
        const target = fields.get(rule.field);
        if (field.type !== 'rnokpp') problems.push(`field "${field.id}": matchesBirthDate applies only to rnokpp fields`);
        if (!target || target.field.type !== 'date') problems.push(`field "${field.id}": matchesBirthDate refers to "${rule.field}", which is not a date field`);
        else if (!before.has(target.step)) problems.push(`field "${field.id}": matchesBirthDate refers to "${rule.field}", which is not asked before it`);
      }
    }
  }
  service.documents.forEach((doc) => {
    if (doc.when) checkCondition(doc.when, `document "${doc.id}"`, fields, undefined, problems);
  });
  return fields.size;
}

function countPaths(service: ServiceDefinition, steps: Map<string, StepDefinition>): number {
  const memo = new Map<string, number>();
  const count = (id: string): number => {
    if (id === CHECK_ANSWERS) return 1;
    if (memo.has(id)) return memo.get(id)!;
    const step = steps.get(id);
    const total = step ? successorsOf(step).reduce((sum, next) => sum + count(next), 0) : 0;
    memo.set(id, total);
    return total;
  };
  return count(service.firstStep);
}

/** Parses and checks one service file; throws ContentError listing every problem found. */
export function checkService(data: unknown, source: string): { service: ServiceDefinition; stats: ServiceStats } {
  const parsed = ServiceSchema.safeParse(data);
  if (!parsed.success) throw new ContentError(source, describeZodIssues(parsed.error));
  const service = parsed.data;
  const problems: string[] = [];
  const steps = checkGraph(service, problems);
  const fieldCount = checkFields(service, steps, problems);
  if (problems.length) throw new ContentError(source, problems);
  return { service, stats: { steps: steps.size, fields: fieldCount, paths: countPaths(service, steps) } };
}
