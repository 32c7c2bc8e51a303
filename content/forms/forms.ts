// Reads the form layouts (content/forms/*.json) and checks them against the catalogue: a service naming a form that
// does not exist, a layout naming a field no module or service asks, or a box no layout has, each named with its fix.
import type { ModuleDefinition, ServiceDefinition } from '../schema.ts';
import { FormLayoutSchema, type FormLayout } from './form-schema.ts';

export interface FormFile {
  source: string;
  data: unknown;
}

/** One line per problem, each naming the file. */
export function formProblems(
  files: readonly FormFile[],
  services: readonly ServiceDefinition[],
  modules: readonly ModuleDefinition[],
): { layouts: Map<string, FormLayout>; problems: string[] } {
  const problems: string[] = [];
  const layouts = new Map<string, FormLayout>();
  for (const file of files) {
    const parsed = FormLayoutSchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file.source}: ${i.path.join('.') || '(file)'}: ${i.message}`));
      continue;
    }
    const expected = `${parsed.data.id}.json`;
    if (!file.source.endsWith(expected)) problems.push(`${file.source}: its id "${parsed.data.id}" must match the file name (${expected})`);
    layouts.set(parsed.data.id, parsed.data);
  }
  const steps = [...modules.flatMap((m) => m.steps), ...services.flatMap((s) => s.steps)];
  const fieldIds = new Set(steps.flatMap((step) => (step.fields ?? []).map((f) => f.id)));
  const groups = new Set(steps.filter((step) => step.repeat).map((step) => step.id));
  const kinds = new Set<string>();
  for (const [id, layout] of layouts) {
    const where = `content/forms/${id}.json`;
    for (const block of layout.blocks) {
      const rows = 'rows' in block ? block.rows : 'table' in block ? block.columns : [];
      for (const row of rows)
        for (const field of row.fields)
          if (!fieldIds.has(field)) problems.push(`${where}: "${row.label}" names field "${field}", which no module or service asks`);
      if ('table' in block && !groups.has(block.group))
        problems.push(`${where}: table "${block.table}" names group "${block.group}", which is no list of people`);
      if ('assistanceKinds' in block) for (const kind of block.kinds) kinds.add(kind.id);
    }
  }
  for (const service of services) {
    for (const form of service.forms) {
      if (!layouts.has(form))
        problems.push(`services/${service.id}.json: forms names "${form}"; add content/forms/${form}.json or use one of: ${[...layouts.keys()].join(', ')}`);
    }
    if (service.assistanceKind && !kinds.has(service.assistanceKind)) {
      problems.push(
        `services/${service.id}.json: assistanceKind "${service.assistanceKind}" is no box under «Прошу призначити»; one of: ${[...kinds].join(', ')}`,
      );
    }
  }
  return { layouts, problems };
}
