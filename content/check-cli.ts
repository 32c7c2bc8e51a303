// `npm run content:check`: loads every service and module file, runs the load-time checks, prints one line per service;
// then checks the app's own text catalogue for a missing language.
import { loadCatalogue } from './catalogue.ts';
import { ContentError } from './check.ts';
import { TEXT } from './text/catalogue.ts';
import { LANGUAGES } from './localized.ts';
import { countEntries, textProblems } from './text/check-text.ts';

try {
  const catalogue = await loadCatalogue(process.argv[2]);
  for (const service of catalogue.services) {
    const s = catalogue.stats.get(service.id)!;
    console.log(`ok  ${service.id.padEnd(24)} v${service.version}: ${s.steps} steps, ${s.fields} fields, ${s.paths} paths — ${service.title.uk}`);
  }
  console.log(
    `${catalogue.services.length} services, ${catalogue.modules.length} shared modules; ` +
      `${catalogue.combinations.count} combinations of services checked — each alone, every pair and triple, and all together ` +
      `(at most ${catalogue.combinations.maxPaths} paths in one; ${catalogue.combinations.allPaths} with every service)`,
  );
  for (const warning of catalogue.warnings) console.warn(`warn ${warning}`);
  console.log(`ok  official forms: ${[...catalogue.forms.keys()].join(', ')}; every service names the forms the desk prints`);
  const problems = textProblems(TEXT);
  if (problems.length) throw new ContentError('content/text (the text catalogue)', problems);
  console.log(`ok  text catalogue: ${countEntries(TEXT)} entries, each in ${LANGUAGES.join(' and ')}`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content check failed\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
