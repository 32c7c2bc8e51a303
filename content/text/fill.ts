// Entries that need a number or a name carry {placeholders}; the code fills them, the words stay in the catalogue.
import type { Language, Localized } from '../localized.ts';

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether an entry is a template to fill (and so cannot be spoken ahead as it is). */
export const isTemplate = (text: string): boolean => /\{\w+\}/.test(text);

/** Fills an entry in every language; a value given per language (a service's own word) is filled in its language. */
export function fillEach(entry: Localized, values: Record<string, string | number | Localized>): Localized {
  const result = {} as Localized;
  // The entry's own keys, not LANGUAGES: the UI uses this too and must not carry the schema library.
  for (const lang of Object.keys(entry) as Language[]) {
    const inLang = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value]));
    result[lang] = fill(entry[lang], inLang);
  }
  return result;
}
