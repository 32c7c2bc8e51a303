// Every text of the catalogue and of the kiosk's own screens, per language: what is rendered ahead of time.
import type { Catalogue } from '../../content/catalogue.ts';
import { LANGUAGES, type Language } from '../../content/localized.ts';

function collect(value: unknown, into: Map<string, { lang: Language; text: string }>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (LANGUAGES.every((lang) => typeof record[lang] === 'string')) {
    for (const lang of LANGUAGES) {
      const text = (record[lang] as string).trim();
      if (text) into.set(`${lang}\n${text}`, { lang, text });
    }
    return;
  }
  for (const child of Object.values(record)) collect(child, into);
}

export function promptsOf(catalogue: Catalogue, ...more: unknown[]): { lang: Language; text: string }[] {
  const prompts = new Map<string, { lang: Language; text: string }>();
  collect([catalogue.services, catalogue.modules, catalogue.categories, ...more], prompts);
  return [...prompts.values()];
}
