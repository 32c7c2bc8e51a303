import { z } from 'zod';

/** A stored answer after normalisation: plain text, an ISO date (YYYY-MM-DD) or a choice value. */
export type Answers = Readonly<Record<string, string>>;

/** A leaf compares one earlier answer with a value. */
export const ConditionLeafSchema = z.strictObject({
  field: z.string().min(1),
  op: z.enum(['eq', 'neq', 'in', 'answered', 'notAnswered']),
  value: z.union([z.string(), z.array(z.string())]).optional(),
});
export type ConditionLeaf = z.infer<typeof ConditionLeafSchema>;

export type Condition = ConditionLeaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    ConditionLeafSchema,
  ]),
);

export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
  if ('not' in condition) return !evaluate(condition.not, answers);
  const actual = answers[condition.field];
  switch (condition.op) {
    case 'eq':
      return actual !== undefined && actual === condition.value;
    case 'neq':
      return actual !== condition.value;
    case 'in':
      return actual !== undefined && Array.isArray(condition.value) && condition.value.includes(actual);
    case 'answered':
      return actual !== undefined && actual !== '';
    case 'notAnswered':
      return actual === undefined || actual === '';
  }
}

/** Every field a condition reads, for the content checks. */
export function fieldsOf(condition: Condition): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap(fieldsOf);
  if ('any' in condition) return condition.any.flatMap(fieldsOf);
  if ('not' in condition) return fieldsOf(condition.not);
  return [condition];
}
