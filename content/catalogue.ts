import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, ContentError, type CheckedContent, type ContentFile, type ServiceStats } from './check.ts';
import type { ContentSource } from './flow.ts';
import type { CategoryDefinition, ModuleDefinition, ServiceDefinition } from './schema.ts';
import type { FormLayout } from './forms/form-schema.ts';
import { formProblems } from './forms/forms.ts';
import { kyivToday } from './kyiv-time.ts';

/** The content folder: services/*.json, modules/*.json, forms/*.json and categories.json. */
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('.', import.meta.url));

export interface Catalogue extends ContentSource {
  services: readonly ServiceDefinition[];
  modules: readonly ModuleDefinition[];
  categories: readonly CategoryDefinition[];
  get(serviceId: string): ServiceDefinition | undefined;
  stats: ReadonlyMap<string, ServiceStats>;
  combinations: CheckedContent['combinations'];
  /** Services not checked against their sources for 12 months: the check and the server's start print them. */
  warnings: readonly string[];
  /** The official forms the desk prints, by id (content/forms/). */
  forms: ReadonlyMap<string, FormLayout>;
}

export function catalogueOf(checked: CheckedContent, forms: ReadonlyMap<string, FormLayout> = new Map()): Catalogue {
  const services = new Map(checked.services.map((s) => [s.id, s]));
  const modules = new Map(checked.modules.map((m) => [m.id, m]));
  return {
    services: checked.services,
    modules: checked.modules,
    categories: checked.categories,
    get: (id) => services.get(id),
    service: (id) => services.get(id),
    module: (id) => modules.get(id),
    stats: checked.stats,
    combinations: checked.combinations,
    warnings: checked.warnings,
    forms,
  };
}

async function readJson(source: string): Promise<ContentFile> {
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new ContentError(source, [`cannot be read: ${(error as Error).message}`]);
  }
  try {
    return { source, data: JSON.parse(text) };
  } catch (error) {
    throw new ContentError(source, [`not valid JSON: ${(error as Error).message}`]);
  }
}

async function readFolder(dir: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new ContentError(dir, ['folder not found']);
  }
  return Promise.all(
    names
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readJson(path.join(dir, f))),
  );
}

/** Reads and checks the whole catalogue; any broken file stops the load with its problems. */
export async function loadCatalogue(dir: string = DEFAULT_CONTENT_DIR, today: string = kyivToday()): Promise<Catalogue> {
  const services = await readFolder(path.join(dir, 'services'));
  if (services.length === 0) throw new ContentError(path.join(dir, 'services'), ['no service files (*.json) found']);
  const modules = await readFolder(path.join(dir, 'modules'));
  const categories = await readJson(path.join(dir, 'categories.json'));
  const checked = checkContent({ services, modules, categories }, { today });
  const { layouts, problems } = formProblems(await readFolder(path.join(dir, 'forms')), checked.services, checked.modules);
  if (problems.length) throw new ContentError(path.join(dir, 'forms'), problems);
  return catalogueOf(checked, layouts);
}
