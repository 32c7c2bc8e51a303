import { z } from 'zod';

/** One member of a repeating group (a family member): field id → normalised answer. */
export type GroupItem = Record<string, string>;
/** A stored answer: text normalised by its validator (dates YYYY-MM-DD), or the members of a repeating group. */
export type AnswerValue = string | GroupItem[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** What conditions can look at: the answers so far and the services chosen in this visit. */
export interface Facts {
  answers: Answers;
  services: readonly string[];
}

/** A leaf compares one earlier answer with a value. */
export const FieldLeafSchema = z.strictObject({
  field: z.string().min(1),
  /** `itemEq`: some member of a repeating group has `itemField` equal to `value` (e.g. a child among the family). */
  op: z.enum(['eq', 'neq', 'in', 'answered', 'notAnswered', 'itemEq']),
  value: z.union([z.string(), z.array(z.string())]).optional(),
  itemField: z.string().min(1).optional(),
});
export type FieldLeaf = z.infer<typeof FieldLeafSchema>;

/** True when the person chose this service in the visit (e.g. skip a question another chosen service answers). */
export const ChosenLeafSchema = z.strictObject({ chosen: z.string().min(1) });
export type ChosenLeaf = z.infer<typeof ChosenLeafSchema>;

export type Condition = FieldLeaf | ChosenLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    ChosenLeafSchema,
    FieldLeafSchema,
  ]),
);

function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  return Array.isArray(value) ? value.length > 0 : value !== '';
}

export function evaluate(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, facts));
  if ('not' in condition) return !evaluate(condition.not, facts);
  if ('chosen' in condition) return facts.services.includes(condition.chosen);
  const actual = facts.answers[condition.field];
  const text = typeof actual === 'string' ? actual : undefined;
  switch (condition.op) {
    case 'eq':
      return text !== undefined && text === condition.value;
    case 'neq':
      return text !== condition.value;
    case 'in':
      return text !== undefined && Array.isArray(condition.value) && condition.value.includes(text);
    case 'answered':
      return isAnswered(actual);
    case 'notAnswered':
      return !isAnswered(actual);
    case 'itemEq':
      return Array.isArray(actual) && actual.some((item) => condition.itemField !== undefined && item[condition.itemField] === condition.value);
  }
}

/** Every leaf of a condition, for the content checks. */
export function leavesOf(condition: Condition): (FieldLeaf | ChosenLeaf)[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}
