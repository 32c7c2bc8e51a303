// The checks of one service's or module's steps: its graph (every step reachable, every route reaching check answers),
// the conditions and rules reading only answers asked before them, and the count of routes through a composed flow.
import { leavesOf, type Condition } from './conditions.ts';
import type { Flow } from './flow.ts';
import { CHECK_ANSWERS, type FieldDefinition, type NextDefinition, type StepDefinition } from './schema.ts';
import { validateField } from './validators/fields.ts';

const successorsOf = (step: StepDefinition) => [...new Set(step.next.map((n) => n.goto))];

/** Checks one part's graph (a module, or a service's own steps); returns each step's ancestors within the part. */
function checkPartGraph(start: NextDefinition[], steps: StepDefinition[], problems: string[]): Map<string, Set<string>> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const targets = (next: NextDefinition[], where: string) =>
    next.forEach((n, i) => {
      if (n.goto !== CHECK_ANSWERS && !byId.has(n.goto)) problems.push(`${where}[${i}] goes to "${n.goto}", which does not exist`);
    });
  targets(start, 'start');
  if (start.at(-1)?.when) problems.push('the last entry of "start" has a "when"; make it unconditional');
  for (const step of steps) {
    targets(step.next, `step "${step.id}": next`);
    if (step.next.at(-1)?.when) {
      problems.push(
        `step "${step.id}": the last entry of "next" has a "when", so a person whose answers match none of them would be stuck; make the last entry unconditional`,
      );
    }
  }
  // Depth-first search from every entry: a grey step met again is a cycle.
  const colour = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, trail: string[]): void => {
    if (!byId.has(id)) return;
    if (colour.get(id) === 'grey') {
      problems.push(`the steps form a cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
      return;
    }
    if (colour.get(id) === 'black') return;
    colour.set(id, 'grey');
    for (const next of successorsOf(byId.get(id)!)) visit(next, [...trail, id]);
    colour.set(id, 'black');
  };
  for (const entry of start) visit(entry.goto, []);
  for (const step of steps) if (!colour.has(step.id)) problems.push(`step "${step.id}" can never be reached from "start"`);

  const ancestors = new Map<string, Set<string>>();
  for (const step of steps) {
    const found = new Set<string>();
    const stack = [step.id];
    while (stack.length) {
      const current = stack.pop()!;
      for (const other of steps) {
        if (!found.has(other.id) && successorsOf(other).includes(current)) {
          found.add(other.id);
          stack.push(other.id);
        }
      }
    }
    ancestors.set(step.id, found);
  }
  return ancestors;
}

/** What a condition or rule may read: answers by id (fields, and repeating steps by their step id). */
export type Known = Map<string, { field?: FieldDefinition; stepId: string; step?: StepDefinition }>;

export function knownOf(steps: StepDefinition[]): Known {
  const known: Known = new Map();
  for (const step of steps) {
    if (step.repeat) known.set(step.id, { stepId: step.id, step });
    else for (const field of step.fields) known.set(field.id, { field, stepId: step.id });
  }
  return known;
}

export function checkCondition(condition: Condition, where: string, visible: Known, serviceIds: Set<string>, problems: string[]): void {
  for (const leaf of leavesOf(condition)) {
    if ('chosen' in leaf) {
      if (!serviceIds.has(leaf.chosen)) problems.push(`${where}: "chosen" names service "${leaf.chosen}", which does not exist`);
      continue;
    }
    const found = visible.get(leaf.field);
    if (!found) {
      problems.push(`${where}: "when" refers to field "${leaf.field}", which does not exist or is not asked before this point`);
      continue;
    }
    if ((leaf.op === 'eq' || leaf.op === 'neq') && typeof leaf.value !== 'string') problems.push(`${where}: "${leaf.op}" needs a text "value"`);
    if (leaf.op === 'in' && !Array.isArray(leaf.value)) problems.push(`${where}: "in" needs a list "value"`);
    let options = found.field?.options?.map((o) => o.value);
    if (leaf.op === 'itemEq') {
      const item = found.step?.repeat ? found.step.fields.find((f) => f.id === leaf.itemField) : undefined;
      if (!found.step?.repeat) problems.push(`${where}: "itemEq" applies to a repeating step, and "${leaf.field}" is not one`);
      else if (!item) problems.push(`${where}: "itemEq" names item field "${leaf.itemField}", which "${leaf.field}" does not have`);
      if (typeof leaf.value !== 'string') problems.push(`${where}: "itemEq" needs a text "value"`);
      options = item?.options?.map((o) => o.value);
    }
    const values = leaf.value === undefined ? [] : Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    for (const value of options ? values : []) {
      if (!options!.includes(value)) problems.push(`${where}: "${value}" is not an option of field "${leaf.field}" (options: ${options!.join(', ')})`);
    }
  }
}

function checkFieldContent(field: FieldDefinition, where: string, visible: Known, problems: string[]): void {
  if (!field.voice) problems.push(`${where} field "${field.id}": no "voice" prompt`);
  for (const option of field.options ?? []) if (!option.voice) problems.push(`${where} field "${field.id}" option "${option.value}": no "voice" prompt`);
  for (const rule of field.rules ?? []) {
    if (rule.rule === 'matchesBirthDate' || rule.rule === 'notBefore') {
      const target = visible.get(rule.field);
      if (rule.rule === 'matchesBirthDate' && field.type !== 'rnokpp')
        problems.push(`${where} field "${field.id}": matchesBirthDate applies only to rnokpp fields`);
      if (rule.rule === 'notBefore' && field.type !== 'date') problems.push(`${where} field "${field.id}": notBefore applies only to date fields`);
      if (!target || target.field?.type !== 'date')
        problems.push(`${where} field "${field.id}": ${rule.rule} refers to "${rule.field}", which is not a date field asked before it`);
    }
    if (rule.rule === 'pattern') {
      try {
        new RegExp(rule.value, 'u');
      } catch {
        problems.push(`${where} field "${field.id}": pattern ${JSON.stringify(rule.value)} is not a valid regular expression`);
      }
    }
    if (rule.rule === 'notEarlierThan' && field.type !== 'date') problems.push(`${where} field "${field.id}": notEarlierThan applies only to date fields`);
    if (rule.rule === 'maxValue' && field.type !== 'money') problems.push(`${where} field "${field.id}": maxValue applies only to money fields`);
  }
  if (field.example !== undefined) {
    const parts = field.type === 'date' ? field.example.split('.') : undefined;
    const raw = parts ? { day: parts[0] ?? '', month: parts[1] ?? '', year: parts[2] ?? '' } : field.example;
    const result = validateField({ ...field, rules: field.rules?.filter((r) => !('field' in r)) }, raw, { today: '9999-12-31', answers: {} });
    if (!result.ok) problems.push(`${where} field "${field.id}": its example ${JSON.stringify(field.example)} is not valid: ${result.message.en}`);
  }
}

/** Checks the steps of one part: conditions and rules read only what is asked before them. */
export function checkPartContent(start: NextDefinition[], steps: StepDefinition[], before: Known, serviceIds: Set<string>, problems: string[]): void {
  const ancestors = checkPartGraph(start, steps, problems);
  start.forEach((n, i) => n.when && checkCondition(n.when, `start[${i}]`, before, serviceIds, problems));
  for (const step of steps) {
    const earlier = steps.filter((s) => ancestors.get(step.id)?.has(s.id));
    const visible: Known = new Map([...before, ...knownOf(earlier)]);
    const withSelf: Known = new Map([...visible, ...knownOf([step])]);
    step.next.forEach((n, i) => n.when && checkCondition(n.when, `step "${step.id}" next[${i}]`, withSelf, serviceIds, problems));
    if (step.fields.length > 1 && !step.title) problems.push(`step "${step.id}" has several fields and needs a "title" for its heading`);
    if ((step.fields.length > 1 || step.repeat) && !step.voice) problems.push(`step "${step.id}": no "voice" introduction`);
    if (step.repeat) {
      if (!step.title) problems.push(`repeating step "${step.id}" needs a "title" for its list page`);
      if (step.repeat.min > step.repeat.max) problems.push(`repeating step "${step.id}": min is more than max`);
      for (const id of step.repeat.summaryFields) {
        if (!step.fields.some((f) => f.id === id)) problems.push(`repeating step "${step.id}": summary field "${id}" is not one of its fields`);
      }
    }
    // Within a step (or one item of a group) a rule may read the fields above it.
    const inStep: Known = new Map(step.repeat ? before : visible);
    for (const field of step.fields) {
      checkFieldContent(field, `step "${step.id}"`, inStep, problems);
      inStep.set(field.id, { field, stepId: step.id });
    }
  }
}

export function countPaths(flow: Flow): number {
  const END = '\u0000end';
  const entries = (index: number): string[] => {
    if (index >= flow.parts.length) return [END];
    return [...new Set(flow.parts[index]!.start.flatMap((n) => (n.goto === CHECK_ANSWERS ? entries(index + 1) : [n.goto])))];
  };
  const memo = new Map<string, number>();
  const onStack = new Set<string>();
  const count = (id: string): number => {
    if (id === END) return 1;
    if (memo.has(id)) return memo.get(id)!;
    const found = flow.steps.get(id);
    if (!found || onStack.has(id)) throw new Error(`route through "${id}" never reaches check answers`);
    onStack.add(id);
    const next = [...new Set(found.step.next.flatMap((n) => (n.goto === CHECK_ANSWERS ? entries(found.part + 1) : [n.goto])))];
    const total = next.reduce((sum, n) => sum + count(n), 0);
    onStack.delete(id);
    memo.set(id, total);
    return total;
  };
  return entries(0).reduce((sum, id) => sum + count(id), 0);
}
