import { z } from 'zod';
import { ConditionSchema } from './conditions.ts';
import { LANGUAGES, LocalizedSchema } from './localized.ts';

/** The field types the kiosk knows how to show and check; anything else in a content file is rejected. */
export const FIELD_TYPES = [
  'name', // a part of a person's name: letters, apostrophe, hyphen
  'text', // one line of free text
  'textarea', // a few sentences
  'date', // three boxes: day, month, year; must be a real date in the past
  'rnokpp', // individual tax number (10 digits, checksum)
  'passport', // passport booklet series + number or ID-card number
  'phone', // Ukrainian mobile number
  'iban', // Ukrainian IBAN
  'postcode', // 5 digits
  'choice', // one of a list of options
  'consent', // a box the person must tick
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Where the goto of a step leads when the questions are over. */
export const CHECK_ANSWERS = 'check-answers';

const IdSchema = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are lower camelCase or kebab-case letters and digits');

export const OptionSchema = z.strictObject({
  value: IdSchema,
  label: LocalizedSchema,
  hint: LocalizedSchema.optional(),
});

/** Extra checks a content file can put on a field, each with its own message. */
export const FieldRuleSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('maxLength'), value: z.number().int().positive(), message: LocalizedSchema.optional() }),
  z.strictObject({ rule: z.literal('minLength'), value: z.number().int().positive(), message: LocalizedSchema.optional() }),
  /** The birth date encoded in a РНОКПП must equal the date answered in `field`. */
  z.strictObject({ rule: z.literal('matchesBirthDate'), field: IdSchema, message: LocalizedSchema.optional() }),
]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const FieldSchema = z
  .strictObject({
    id: IdSchema,
    type: z.enum(FIELD_TYPES, { error: (issue) => `unknown field type ${JSON.stringify(issue.input)}; known types: ${FIELD_TYPES.join(', ')}` }),
    label: LocalizedSchema,
    hint: LocalizedSchema.optional(),
    optional: z.boolean().optional(),
    /** Said when the field is left empty: name the fix ("Введіть прізвище"). */
    requiredMessage: LocalizedSchema.optional(),
    options: z.array(OptionSchema).min(2).optional(),
    /** How the answer reads on check answers and receipts when it differs from the label. */
    summaryLabel: LocalizedSchema.optional(),
    rules: z.array(FieldRuleSchema).optional(),
    /** Which on-screen keyboard to offer; the field type sets a sensible default. */
    inputMode: z.enum(['text', 'numeric', 'tel']).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && !field.options) {
      ctx.addIssue({ code: 'custom', message: `choice field "${field.id}" has no options` });
    }
    if (field.type !== 'choice' && field.options) {
      ctx.addIssue({ code: 'custom', message: `field "${field.id}" of type ${field.type} cannot have options` });
    }
  });
export type FieldDefinition = z.infer<typeof FieldSchema>;

export const NextSchema = z.strictObject({
  when: ConditionSchema.optional(),
  goto: z.string().min(1),
});

export const StepSchema = z.strictObject({
  id: IdSchema,
  /** The page heading when a step has several fields (their legend); a one-field step uses the field label. */
  title: LocalizedSchema.optional(),
  hint: LocalizedSchema.optional(),
  fields: z.array(FieldSchema).min(1),
  next: z.array(NextSchema).min(1),
});
export type StepDefinition = z.infer<typeof StepSchema>;

export const DocumentSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedSchema,
  hint: LocalizedSchema.optional(),
  when: ConditionSchema.optional(),
});
export type DocumentDefinition = z.infer<typeof DocumentSchema>;

export const ServiceSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: z.number().int().positive(),
  locales: z.array(z.enum(LANGUAGES)).refine((l) => LANGUAGES.every((lang) => l.includes(lang)), {
    message: `a service must declare every kiosk language: ${LANGUAGES.join(', ')}`,
  }),
  title: LocalizedSchema,
  summary: LocalizedSchema,
  decidingBody: LocalizedSchema,
  legalBasis: LocalizedSchema,
  decisionTime: LocalizedSchema,
  whatHappensNext: LocalizedSchema,
  firstStep: z.string().min(1),
  steps: z.array(StepSchema).min(1),
  documents: z.array(DocumentSchema),
});
export type ServiceDefinition = z.infer<typeof ServiceSchema>;
