// The README's catalogue table is what a centre reads before installing: every service, with who decides, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.ts';

describe('the README lists the catalogue', () => {
  it('a row per service naming its id, title and deciding body, and no row for a service that does not exist', async () => {
    const catalogue = await loadCatalogue();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The catalogue'), readme.indexOf('### Writing or changing a service'));
    const rows = section.split('\n').filter((line) => /^\| .+\(`[a-z-]+`\)/.test(line));
    const ids = rows.map((line) => /\(`([a-z-]+)`\)/.exec(line)![1]);
    expect([...ids].sort()).toEqual(catalogue.services.map((s) => s.id).sort());
    for (const service of catalogue.services) {
      const row = rows.find((line) => line.includes(`(\`${service.id}\`)`))!;
      expect(row, service.id).toContain(service.title.uk);
      expect(row, service.id).toContain(service.decidingBody.uk);
    }
  });
});
