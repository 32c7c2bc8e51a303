// Fills the official forms of one visit from its answers (as corrected at the desk). Pure: layouts, services and answers
// in, text out. A visit prints each form once: a unified form named by two services has both their boxes ticked.
import { decidingBodyOf } from '../deciding-body.ts';
import type { AnswerValue, GroupItem } from '../conditions.ts';
import type { FieldDefinition, ModuleDefinition, ServiceDefinition } from '../schema.ts';
import { formatDate } from '../validators/dates.ts';
import type { FilledBlock, FilledForm, FormBlock, FormLayout } from './form-schema.ts';

export interface FormApplication {
  number: string;
  serviceId: string;
  answers: Record<string, AnswerValue>;
  documentIds: readonly string[];
}

export interface FormsInput {
  layouts: ReadonlyMap<string, FormLayout>;
  services: readonly ServiceDefinition[];
  modules: readonly ModuleDefinition[];
  applications: readonly FormApplication[];
  centreName: string;
}

/** A line left for the administrator or the applicant to fill in by hand. */
export const BLANK = '________________________';

/** Every field of the catalogue by id (a shared field is the same field wherever it is asked). */
function fieldsById(services: readonly ServiceDefinition[], modules: readonly ModuleDefinition[]): Map<string, FieldDefinition> {
  const fields = new Map<string, FieldDefinition>();
  for (const step of [...modules.flatMap((m) => m.steps), ...services.flatMap((s) => s.steps)])
    for (const f of step.fields ?? []) if (!fields.has(f.id)) fields.set(f.id, f);
  return fields;
}

function shown(field: FieldDefinition | undefined, value: string | undefined): string {
  if (!value) return '';
  if (field?.type === 'date') return formatDate(value);
  if (field?.type === 'consent') return 'так';
  if (field?.options) return field.options.find((o) => o.value === value)?.label.uk ?? value;
  return value;
}

function fill(layout: FormLayout, applications: readonly FormApplication[], input: FormsInput, fields: Map<string, FieldDefinition>): FilledForm {
  // Shared questions are asked once a visit: the first application that has an answer gives it.
  const answers: Record<string, AnswerValue> = Object.assign({}, ...[...applications].reverse().map((a) => a.answers));
  const text = (id: string): string => {
    const value = answers[id];
    return typeof value === 'string' ? shown(fields.get(id), value) : '';
  };
  const joined = (ids: readonly string[], join = ' ', from: (id: string) => string = text) => ids.map(from).filter(Boolean).join(join);
  const services = applications.map((a) => input.services.find((s) => s.id === a.serviceId)!);

  const blockOf = (block: FormBlock): FilledBlock[] => {
    if ('heading' in block) return [{ kind: 'heading', text: block.heading }];
    if ('paragraph' in block) return [{ kind: 'paragraph', text: block.paragraph }];
    if ('receivingBody' in block) {
      const bodies = [...new Set(applications.map((a, i) => decidingBodyOf(services[i]!, a.answers).uk))].join('; ');
      return [
        {
          kind: 'rows',
          rows: [
            { label: block.receivingBody, value: bodies },
            { label: block.receivedBy, value: input.centreName },
          ],
        },
      ];
    }
    if ('rows' in block) {
      return [
        {
          kind: 'rows',
          rows: block.rows.map((row) => {
            const value = joined(row.fields, row.join);
            return { label: row.label, value: value || row.whenMissing || BLANK };
          }),
        },
      ];
    }
    if ('assistanceKinds' in block) {
      const ticked = new Set(services.map((s) => s.assistanceKind));
      return [{ kind: 'checkboxes', title: block.assistanceKinds, boxes: block.kinds.map((k) => ({ label: k.label, checked: ticked.has(k.id) })) }];
    }
    if ('table' in block) {
      const members = (answers[block.group] as GroupItem[] | undefined) ?? [];
      return [
        {
          kind: 'table',
          title: block.table,
          columns: block.columns.map((c) => c.label),
          rows: members.map((member) => block.columns.map((c) => joined(c.fields, c.join, (id) => shown(fields.get(id), member[id])) || '—')),
          empty: block.empty,
        },
      ];
    }
    if ('serviceAnswers' in block) {
      return services.flatMap((service, i): FilledBlock[] => {
        const own = service.steps.flatMap((step) => (step.repeat ? [] : (step.fields ?? [])));
        const rows = own
          .map((field) => ({
            label: field.label.uk,
            value: shown(field, typeof applications[i]!.answers[field.id] === 'string' ? (applications[i]!.answers[field.id] as string) : undefined),
          }))
          .filter((row) => row.value);
        // A service's own list (the children of a single-parent benefit): one table, a column per question.
        const lists = service.steps.flatMap((step): FilledBlock[] => {
          const members = applications[i]!.answers[step.id];
          if (!step.repeat || !Array.isArray(members) || !members.length) return [];
          return [
            {
              kind: 'table',
              title: (step.title ?? step.repeat.itemName).uk,
              columns: step.fields.map((f) => f.summaryLabel?.uk ?? f.label.uk),
              rows: members.map((member) => step.fields.map((f) => shown(f, member[f.id]) || '—')),
              empty: '',
            },
          ];
        });
        return [{ kind: 'heading', text: `${block.serviceAnswers}: ${service.title.uk}` }, ...(rows.length ? [{ kind: 'rows' as const, rows }] : []), ...lists];
      });
    }
    if ('documents' in block) {
      const titles = services.flatMap((service, i) => service.documents.filter((d) => applications[i]!.documentIds.includes(d.id)).map((d) => d.title.uk));
      return [{ kind: 'checkboxes', title: block.documents, boxes: [...new Set(titles)].map((label) => ({ label, checked: false })) }];
    }
    return [{ kind: 'signatures', lines: block.signatures }];
  };

  return {
    formId: layout.id,
    title: layout.title,
    basis: layout.basis,
    applicationNumbers: applications.map((a) => a.number),
    blocks: layout.blocks.flatMap(blockOf),
  };
}

/** The visit's forms in the order its services name them; each form once, for the applications that name it. */
export function fillForms(input: FormsInput): FilledForm[] {
  const fields = fieldsById(input.services, input.modules);
  const formIds: string[] = [];
  for (const application of input.applications) {
    for (const id of input.services.find((s) => s.id === application.serviceId)?.forms ?? []) if (!formIds.includes(id)) formIds.push(id);
  }
  return formIds.map((id) => {
    const layout = input.layouts.get(id);
    if (!layout) throw new Error(`no form layout "${id}" (content/forms/${id}.json)`);
    const named = input.applications.filter((a) => input.services.find((s) => s.id === a.serviceId)?.forms.includes(id));
    return fill(layout, named, input, fields);
  });
}
