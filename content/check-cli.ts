// `npm run content:check`: loads every service file, runs the load-time checks, prints one line per service.
import { loadCatalogue } from './catalogue.ts';
import { ContentError } from './check.ts';

try {
  const dir = process.argv[2];
  const catalogue = await loadCatalogue(dir);
  for (const service of catalogue.services) {
    const s = catalogue.stats.get(service.id)!;
    console.log(`ok  ${service.id} v${service.version}: ${s.steps} steps, ${s.fields} fields, ${s.paths} paths — ${service.title.uk}`);
  }
  console.log(`${catalogue.services.length} service(s) checked`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content check failed\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
