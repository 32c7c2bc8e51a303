// Load-time checks of the catalogue: every file parses and names its sources, every route of every service — and of
// the combinations of services a person could choose — reaches check answers, and every condition reads a field asked
// before it (check-flow.ts checks each part's steps).
import type { z } from 'zod';
import { checkCondition, checkPartContent, countPaths, knownOf, type Known } from './check-flow.ts';
import { composeFlow, type ContentSource } from './flow.ts';
import { CategoriesSchema, ModuleSchema, ServiceSchema, type CategoryDefinition, type ModuleDefinition, type ServiceDefinition } from './schema.ts';

/** Content that cannot be used; `problems` each name the place and what is wrong. */
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

export interface ContentFile {
  source: string;
  data: unknown;
}

export interface CheckedContent {
  services: ServiceDefinition[];
  modules: ModuleDefinition[];
  categories: CategoryDefinition[];
  stats: Map<string, ServiceStats>;
  /**
   * How many combinations of services were checked (each alone, every pair and triple, and all together), the most
   * routes any of them has, and the routes of a visit choosing every service.
   */
  combinations: { count: number; maxPaths: number; allPaths: number };
  /** What a content writer should see to but that does not stop the kiosk: a service not checked for 12 months. */
  warnings: string[];
}

export interface CheckOptions {
  /** Today in Kyiv (YYYY-MM-DD), for how long ago a service was checked. */
  today: string;
}

/** A service's facts must be checked against its sources at least this often (issue 17: "quick reaction to changes in the law"). */
export const RECHECK_MONTHS = 12;

/** The day `months` before `day` (YYYY-MM-DD), clamped to the month's end. */
function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A service last checked on `checkedOn` is due for a check against its sources. */
export const needsRecheck = (checkedOn: string, today: string): boolean => checkedOn < monthsBefore(today, RECHECK_MONTHS);

/** Every combination of up to `size` of `ids`, in order. */
function combinationsUpTo<T>(ids: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  const grow = (from: number, chosen: T[]) => {
    if (chosen.length) out.push(chosen);
    if (chosen.length === size) return;
    for (let i = from; i < ids.length; i++) grow(i + 1, [...chosen, ids[i]!]);
  };
  grow(0, []);
  return out;
}

function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`);
}

function parse<T>(schema: z.ZodType<T>, file: ContentFile, errors: ContentError[]): T | undefined {
  const parsed = schema.safeParse(file.data);
  if (parsed.success) return parsed.data;
  errors.push(new ContentError(file.source, describeZodIssues(parsed.error)));
  return undefined;
}

function throwAll(errors: ContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length)
    throw new ContentError(
      errors.map((e) => e.source).join(', '),
      errors.flatMap((e) => e.problems.map((p) => `${e.source}: ${p}`)),
    );
}

/** Parses and checks the whole catalogue; throws a ContentError listing every problem, each with its file. */
export function checkContent(input: { services: ContentFile[]; modules: ContentFile[]; categories: ContentFile }, options: CheckOptions): CheckedContent {
  const warnings: string[] = [];
  const errors: ContentError[] = [];
  const services = input.services.map((f) => ({ file: f, service: parse(ServiceSchema, f, errors) }));
  const modules = input.modules.map((f) => ({ file: f, module: parse(ModuleSchema, f, errors) }));
  const categories = parse(CategoriesSchema, input.categories, errors);
  throwAll(errors);

  const serviceIds = new Set<string>();
  const moduleById = new Map<string, ModuleDefinition>();
  // Step ids and answer ids (fields, and repeating steps, whose members are stored under the step id) are each unique.
  const owners = { step: new Map<string, string>(), answer: new Map<string, string>() };
  const claim = (kind: 'step' | 'answer', id: string, where: string, source: string) => {
    const other = owners[kind].get(id);
    if (other) errors.push(new ContentError(source, [`${kind === 'step' ? 'step' : 'answer'} id "${id}" is defined twice (${other} and ${where})`]));
    else owners[kind].set(id, where);
  };
  for (const { file, module } of modules) {
    if (moduleById.has(module!.id)) errors.push(new ContentError(file.source, [`module id "${module!.id}" is used by another file too`]));
    moduleById.set(module!.id, module!);
  }
  for (const { file, service } of services) {
    if (serviceIds.has(service!.id)) errors.push(new ContentError(file.source, [`service id "${service!.id}" is used by another file too`]));
    serviceIds.add(service!.id);
  }
  for (const { file, module } of [
    ...modules.map((m) => ({ file: m.file, module: m.module!, kind: 'module' })),
    ...services.map((s) => ({ file: s.file, module: s.service!, kind: 'service' })),
  ]) {
    for (const step of module.steps) {
      claim('step', step.id, `step of ${module.id}`, file.source);
      if (step.repeat) claim('answer', step.id, `repeating step of ${module.id}`, file.source);
      for (const field of step.fields) claim('answer', field.id, `field in ${module.id} step "${step.id}"`, file.source);
    }
  }
  throwAll(errors);

  const fieldsOfModules = (ids: string[], placement?: 'before' | 'after', belowOrder = Infinity): Known =>
    new Map(
      ids
        .map((id) => moduleById.get(id))
        .filter((m): m is ModuleDefinition => !!m && (!placement || m.placement === placement) && m.order < belowOrder)
        .sort((a, b) => a.order - b.order)
        .flatMap((m) => [...knownOf(m.steps)]),
    );
  const allModuleIds = [...moduleById.keys()];

  for (const { file, module } of modules) {
    const m = module!;
    const problems: string[] = [];
    const before =
      m.placement === 'before'
        ? fieldsOfModules(allModuleIds, 'before', m.order)
        : new Map([...fieldsOfModules(allModuleIds, 'before'), ...fieldsOfModules(allModuleIds, 'after', m.order)]);
    checkPartContent(m.start, m.steps, before, serviceIds, problems);
    if (problems.length) errors.push(new ContentError(file.source, problems));
  }
  const categoryIds = new Set(categories!.map((c) => c.id));
  for (const { file, service } of services) {
    const s = service!;
    const problems: string[] = [];
    for (const id of s.modules) if (!moduleById.has(id)) problems.push(`modules: "${id}" is not a module`);
    for (const id of s.categories) if (!categoryIds.has(id)) problems.push(`categories: "${id}" is not a category (categories.json)`);
    for (const r of s.related ?? []) if (!serviceIds.has(r.service) || r.service === s.id) problems.push(`related: "${r.service}" is not another service`);
    if (!s.sources?.length) problems.push('sources: none; list the laws and pages its facts come from, each with "title" and "url"');
    if (!s.checkedOn) problems.push('checkedOn: missing; the day its facts were last checked against the sources, YYYY-MM-DD');
    else if (s.checkedOn > options.today) problems.push(`checkedOn: ${s.checkedOn} is after today (${options.today})`);
    else if (needsRecheck(s.checkedOn, options.today))
      warnings.push(
        `${file.source}: last checked on ${s.checkedOn}, more than ${RECHECK_MONTHS} months ago; check it against its sources and update checkedOn`,
      );
    const before = fieldsOfModules(s.modules, 'before');
    if (s.start) checkPartContent(s.start, s.steps, before, serviceIds, problems);
    const everything: Known = new Map([...fieldsOfModules(s.modules), ...knownOf(s.steps)]);
    (s.decidingBodyByAnswer ?? []).forEach((route, i) => checkCondition(route.when, `decidingBodyByAnswer[${i}]`, everything, serviceIds, problems));
    for (const doc of s.documents) {
      if (doc.when) checkCondition(doc.when, `document "${doc.id}"`, everything, serviceIds, problems);
      if (doc.when && !doc.whenText) problems.push(`document "${doc.id}" has a "when" but no "whenText" saying it in plain words`);
    }
    if (problems.length) errors.push(new ContentError(file.source, problems));
  }
  // WCAG 3.3.7: a question two services both ask would be asked twice in one visit; it belongs in a shared module.
  const askedBy = new Map<string, string>();
  for (const { file, service } of services) {
    for (const step of service!.steps) {
      const heading = (step.title ?? step.fields[0]!.label).uk;
      const other = askedBy.get(heading);
      if (other && other !== service!.id) {
        errors.push(
          new ContentError(file.source, [
            `step "${step.id}" asks «${heading}», which ${other} asks too: a person choosing both would answer it twice; move it to a shared module or say how they differ`,
          ]),
        );
      }
      askedBy.set(heading, service!.id);
    }
  }
  throwAll(errors);

  const source: ContentSource = { service: (id) => services.find((s) => s.service!.id === id)?.service, module: (id) => moduleById.get(id) };
  const stats = new Map<string, ServiceStats>();
  for (const { service } of services) {
    const flow = composeFlow(source, [service!.id]);
    stats.set(service!.id, {
      steps: flow.steps.size,
      fields: [...flow.steps.values()].reduce((n, { step }) => n + step.fields.length, 0),
      paths: countPaths(flow),
    });
  }
  // Combinations checked as one visit. Each part (a module, a service's own steps) was checked alone above, and parts
  // meet only through the shared modules a visit asks once and "chosen" conditions, each of which involves at most a
  // few services: so every service alone, every pair, every triple and the whole catalogue together are walked, not all
  // 2^n − 1 (262 143 for 18 services).
  const ids = [...serviceIds];
  const walked = [...combinationsUpTo(ids, 3), ...(ids.length > 3 ? [ids] : [])];
  let maxPaths = 0;
  let allPaths = 0;
  const combinationProblems: string[] = [];
  for (const chosen of walked) {
    try {
      const paths = countPaths(composeFlow(source, chosen));
      maxPaths = Math.max(maxPaths, paths);
      if (chosen.length === ids.length) allPaths = paths;
    } catch (error) {
      combinationProblems.push(`services ${chosen.join(' + ')}: ${(error as Error).message}`);
    }
  }
  if (combinationProblems.length) throw new ContentError('combinations of services', combinationProblems);
  return {
    services: services.map((s) => s.service!),
    modules: [...moduleById.values()],
    categories: categories!,
    stats,
    combinations: { count: walked.length, maxPaths, allPaths },
    warnings,
  };
}
