import { z } from 'zod';
import { ConditionSchema } from './conditions.ts';
import { LANGUAGES, LocalizedSchema } from './localized.ts';

/** The field types the kiosk knows how to show and check; anything else in a content file is rejected. */
export const FIELD_TYPES = [
  'name', // a part of a person's name: letters, apostrophe, hyphen
  'text', // one line of free text
  'textarea', // a few sentences
  'date', // three boxes: day, month, year; a real date, today or earlier
  'rnokpp', // individual tax number (10 digits, checksum)
  'passport', // passport booklet series + number, or an ID-card number
  'passportBooklet', // passport booklet: 2 Cyrillic letters + 6 digits
  'idCard', // ID card: 9 digits
  'phone', // Ukrainian mobile number
  'email', // e-mail address
  'iban', // Ukrainian IBAN
  'postcode', // 5 digits
  'money', // an amount in hryvnias, up to 2 decimals
  'choice', // one of a list of options
  'consent', // a box the person must tick
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * Where a `goto` leads when a part's questions are over. In a visit with several parts (shared questions, then each
 * service's own) it means "this part is done": the next part starts, and after the last one comes check answers.
 */
export const CHECK_ANSWERS = 'check-answers';

const IdSchema = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are lower camelCase or kebab-case letters and digits');

export const OptionSchema = z.strictObject({
  value: IdSchema,
  label: LocalizedSchema,
  hint: LocalizedSchema.optional(),
  /** How the voice guide says this option: written to be heard, short. */
  voice: LocalizedSchema.optional(),
});

/** Extra checks a content file can put on a field, each with its own message. */
export const FieldRuleSchema = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('maxLength'), value: z.number().int().positive(), message: LocalizedSchema.optional() }),
  z.strictObject({ rule: z.literal('minLength'), value: z.number().int().positive(), message: LocalizedSchema.optional() }),
  /** A regular expression the normalised answer must match; the message must say what to type. */
  z.strictObject({ rule: z.literal('pattern'), value: z.string().min(1), message: LocalizedSchema }),
  /** The birth date encoded in a РНОКПП must equal the date answered in `field`. */
  z.strictObject({ rule: z.literal('matchesBirthDate'), field: IdSchema, message: LocalizedSchema.optional() }),
  /**
   * A date that cannot be earlier than the date answered in `field` (a child's birth, a document's issue) — or, with
   * `years`, than the day the person born on that date turned that age (a passport is issued from 14).
   */
  z.strictObject({ rule: z.literal('notBefore'), field: IdSchema, years: z.number().int().min(1).max(100).optional(), message: LocalizedSchema }),
  /** A date that cannot be earlier than a fixed day (YYYY-MM-DD): ID cards are issued from 2016. */
  z.strictObject({ rule: z.literal('notEarlierThan'), value: z.iso.date(), message: LocalizedSchema }),
  /** The largest amount accepted for a money field. */
  z.strictObject({ rule: z.literal('maxValue'), value: z.number().positive(), message: LocalizedSchema.optional() }),
]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const FieldSchema = z
  .strictObject({
    id: IdSchema,
    type: z.enum(FIELD_TYPES, { error: (issue) => `unknown field type ${JSON.stringify(issue.input)}; known types: ${FIELD_TYPES.join(', ')}` }),
    label: LocalizedSchema,
    hint: LocalizedSchema.optional(),
    /** The question as the voice guide asks it: written to be heard, not read. */
    voice: LocalizedSchema.optional(),
    /** What "Допомога" says about this question, in plain words; without it the field type's own help is shown. */
    help: LocalizedSchema.optional(),
    optional: z.boolean().optional(),
    /** Said when the field is left empty: name the fix ("Введіть прізвище"). */
    requiredMessage: LocalizedSchema.optional(),
    options: z.array(OptionSchema).min(2).optional(),
    /** How the answer is labelled on check answers and receipts when it differs from the label. */
    summaryLabel: LocalizedSchema.optional(),
    rules: z.array(FieldRuleSchema).optional(),
    /** Which on-screen keyboard to offer; the field type sets a sensible default. */
    inputMode: z.enum(['text', 'numeric', 'tel', 'email', 'decimal']).optional(),
    /** A valid answer, as a person would type it: checked against the field's own validator, used by tests. */
    example: z.string().optional(),
    /** The answer identifies the applicant to the central system (Трембіта's Uxp-Subject-Id): a РНОКПП is preferred to a document. */
    identifiesApplicant: z.enum(['rnokpp', 'document']).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && !field.options) ctx.addIssue({ code: 'custom', message: `choice field "${field.id}" has no options` });
    if (field.type !== 'choice' && field.options) ctx.addIssue({ code: 'custom', message: `field "${field.id}" of type ${field.type} cannot have options` });
  });
export type FieldDefinition = z.infer<typeof FieldSchema>;

export const NextSchema = z.strictObject({
  when: ConditionSchema.optional(),
  goto: z.string().min(1),
});
export type NextDefinition = z.infer<typeof NextSchema>;

/** A step that collects a list of people (family members): a list page with Add, Change and Remove, and an item form. */
export const RepeatSchema = z.strictObject({
  /** One of the list, for headings: "Член сімʼї". */
  itemName: LocalizedSchema,
  /** The button that opens an empty form: "Додати члена сімʼї". */
  addLabel: LocalizedSchema,
  /** Shown on the list page when it is empty. */
  emptyText: LocalizedSchema,
  min: z.number().int().min(0).default(0),
  max: z.number().int().min(1).max(20).default(10),
  minMessage: LocalizedSchema.optional(),
  /** Item fields that make its one-line summary on the list and check answers. */
  summaryFields: z.array(IdSchema).min(1),
});
export type RepeatDefinition = z.infer<typeof RepeatSchema>;

export const StepSchema = z.strictObject({
  id: IdSchema,
  /** The page heading when a step has several fields (their legend); a one-field step uses the field label. */
  title: LocalizedSchema.optional(),
  hint: LocalizedSchema.optional(),
  /** How the voice guide introduces a step with several fields. */
  voice: LocalizedSchema.optional(),
  /** What "Допомога" says about the whole page, before the help for each field. */
  help: LocalizedSchema.optional(),
  /** For a repeating group the fields are those of one item. */
  fields: z.array(FieldSchema).min(1),
  repeat: RepeatSchema.optional(),
  next: z.array(NextSchema).min(1),
});
export type StepDefinition = z.infer<typeof StepSchema>;

export const DocumentSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedSchema,
  hint: LocalizedSchema.optional(),
  when: ConditionSchema.optional(),
  /** The condition in plain words for "what do I need?": "якщо ви внутрішньо переміщена особа". */
  whenText: LocalizedSchema.optional(),
});
export type DocumentDefinition = z.infer<typeof DocumentSchema>;

/** Questions several services ask (applicant, address, payment, family, consent): asked once per visit. */
export const ModuleSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  /** Modules run in this order; "before" ones precede the services' own questions, "after" ones follow them. */
  order: z.number().int(),
  placement: z.enum(['before', 'after']),
  /** The section heading on check answers and in "what do I need?". */
  title: LocalizedSchema,
  start: z.array(NextSchema).min(1),
  steps: z.array(StepSchema).min(1),
});
export type ModuleDefinition = z.infer<typeof ModuleSchema>;

/** Where a service's facts come from: a law, a ministry's or a centre's page. */
export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'a source needs its full web address (https://…)' }),
});
export type SourceDefinition = z.infer<typeof SourceSchema>;

/** Who decides when it depends on the answers (burial aid: who the deceased was); the first that matches wins. */
export const DecidingBodyRouteSchema = z.strictObject({ when: ConditionSchema, body: LocalizedSchema });

export const ServiceSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    version: z.number().int().positive(),
    /** The sources its facts were checked against (the check fails on a service without them). */
    sources: z.array(SourceSchema).optional(),
    /** The day a content writer last checked it against its sources (YYYY-MM-DD); older than 12 months warns. */
    checkedOn: z.iso.date({ error: 'checkedOn is a date written YYYY-MM-DD' }).optional(),
    locales: z.array(z.enum(LANGUAGES)).refine((l) => LANGUAGES.every((lang) => l.includes(lang)), {
      message: `a service must declare every kiosk language: ${LANGUAGES.join(', ')}`,
    }),
    title: LocalizedSchema,
    summary: LocalizedSchema,
    /** Who can get it, in plain words, for "what do I need?". */
    eligibility: LocalizedSchema,
    decidingBody: LocalizedSchema,
    /** Who decides, by the answers: the desk's official forms («Куди подано») name the one that matches, else `decidingBody`. */
    decidingBodyByAnswer: z.array(DecidingBodyRouteSchema).min(1).optional(),
    legalBasis: LocalizedSchema,
    decisionTime: LocalizedSchema,
    whatHappensNext: LocalizedSchema,
    /** Groups of the service list (categories.json). */
    categories: z.array(IdSchema).min(1),
    /** Extra words people might type to find it, in each language. */
    keywords: LocalizedSchema.optional(),
    /** Services to offer when this one is chosen, with why. */
    related: z.array(z.strictObject({ service: IdSchema, reason: LocalizedSchema })).optional(),
    /** Shared question modules this service needs, by module id. */
    modules: z.array(IdSchema),
    /** Where the service's own questions begin (needed when it has any). */
    start: z.array(NextSchema).min(1).optional(),
    steps: z.array(StepSchema),
    documents: z.array(DocumentSchema),
    /** The official forms the desk prints for signature (content/forms/<id>.json), in order. */
    forms: z.array(IdSchema).min(1),
    /** The box this service ticks under «Прошу призначити» on the unified application form. */
    assistanceKind: IdSchema.optional(),
    /**
     * Seconds without a touch or key before "Потрібно більше часу?" for a service with long questions (default: the
     * kiosk's setting, 2 minutes). WCAG 2.2.1 lets the person extend it; the voice mode doubles it.
     */
    idleSeconds: z.number().int().min(60).max(900).optional(),
  })
  .superRefine((service, ctx) => {
    if (service.steps.length && !service.start) ctx.addIssue({ code: 'custom', path: ['start'], message: 'a service with its own steps needs "start"' });
  });
export type ServiceDefinition = z.infer<typeof ServiceSchema>;

export const CategorySchema = z.strictObject({ id: IdSchema, title: LocalizedSchema });
export const CategoriesSchema = z.array(CategorySchema).min(1);
export type CategoryDefinition = z.infer<typeof CategorySchema>;
