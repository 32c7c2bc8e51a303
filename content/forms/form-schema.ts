// An official form as data: blocks of rows, boxes and tables, each fed by answers named by field id. The desk prints
// it for the applicant to sign; no code per service or per form. Official forms are in Ukrainian only.
import { z } from 'zod';

const Text = z.string().min(1).max(400);
const FieldId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/);

/** One line of the form: a label and the answers it shows, joined (an address from its parts). */
export const FormRowSchema = z.strictObject({
  label: Text,
  fields: z.array(FieldId).min(1),
  join: z.string().max(5).optional(),
  /** Said instead when the first field is answered "no" / left out (a РНОКПП refused for religious reasons). */
  whenMissing: Text.optional(),
});

export const FormBlockSchema = z.union([
  z.strictObject({ heading: Text }),
  z.strictObject({ paragraph: Text }),
  /** Who receives it: the deciding body of each service in the visit, and the centre that received it. */
  z.strictObject({ receivingBody: Text, receivedBy: Text }),
  z.strictObject({ rows: z.array(FormRowSchema).min(1) }),
  /** «Прошу призначити»: every kind printed, each service of the visit ticking its own (`assistanceKind`). */
  z.strictObject({ assistanceKinds: Text, kinds: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), label: Text })).min(1) }),
  /** A list of people (a repeated group's answers): one row each, columns fed by fields. */
  z.strictObject({ table: Text, group: z.string().regex(/^[a-z0-9-]+$/), columns: z.array(FormRowSchema.omit({ whenMissing: true })).min(1), empty: Text }),
  /** The service's own questions and answers (forms that are not laid out field by field). */
  z.strictObject({ serviceAnswers: Text }),
  /** The documents the applicant was told to bring. */
  z.strictObject({ documents: Text }),
  z.strictObject({ signatures: z.array(Text).min(1) }),
]);
export type FormBlock = z.infer<typeof FormBlockSchema>;

export const FormLayoutSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: Text,
  /** The order or resolution that sets the form, printed under the title. */
  basis: Text,
  blocks: z.array(FormBlockSchema).min(1),
});
export type FormLayout = z.infer<typeof FormLayoutSchema>;

/** A form filled in: only text, ready to lay out on paper. */
export type FilledBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'rows'; rows: { label: string; value: string }[] }
  | { kind: 'checkboxes'; title: string; boxes: { label: string; checked: boolean }[] }
  | { kind: 'table'; title: string; columns: string[]; rows: string[][]; empty: string }
  | { kind: 'signatures'; lines: string[] };

export interface FilledForm {
  formId: string;
  title: string;
  basis: string;
  applicationNumbers: string[];
  blocks: FilledBlock[];
}
