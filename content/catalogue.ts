import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkService, ContentError, type ServiceStats } from './check.ts';
import type { ServiceDefinition } from './schema.ts';

export const DEFAULT_SERVICES_DIR = fileURLToPath(new URL('./services/', import.meta.url));

export interface Catalogue {
  services: readonly ServiceDefinition[];
  get(serviceId: string): ServiceDefinition | undefined;
  stats: ReadonlyMap<string, ServiceStats>;
}

export function catalogueOf(entries: { service: ServiceDefinition; stats: ServiceStats; source: string }[]): Catalogue {
  const byId = new Map<string, ServiceDefinition>();
  const stats = new Map<string, ServiceStats>();
  for (const { service, stats: s, source } of entries) {
    if (byId.has(service.id)) throw new ContentError(source, [`service id "${service.id}" is used by another file too`]);
    byId.set(service.id, service);
    stats.set(service.id, s);
  }
  return { services: [...byId.values()], get: (id) => byId.get(id), stats };
}

/** Reads and checks every `*.json` service file in a folder; any broken file stops the load with its problems. */
export async function loadCatalogue(dir: string = DEFAULT_SERVICES_DIR): Promise<Catalogue> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new ContentError(dir, ['no service files (*.json) found']);
  const entries = [];
  for (const file of files) {
    const source = path.join(dir, file);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(source, 'utf8'));
    } catch (error) {
      throw new ContentError(source, [`not valid JSON: ${(error as Error).message}`]);
    }
    entries.push({ ...checkService(data, source), source });
  }
  return catalogueOf(entries);
}
