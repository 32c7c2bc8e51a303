// The text catalogue's own check: every entry has every kiosk language, none empty, and a template's {placeholders}
// are the same in each language (the code fills them by name).
import { LANGUAGES } from '../localized.ts';

const placeholders = (text: string): string =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** An entry is an object of strings (or one naming a language); anything else is a section of entries. */
const isEntry = (value: object): boolean => LANGUAGES.some((lang) => lang in value) || Object.values(value).every((child) => typeof child === 'string');

/** One line per problem, each naming the entry by its key path (`TEXT.kiosk.welcomeHeading: the English text is missing`). */
export function textProblems(section: unknown, path = 'TEXT'): string[] {
  if (!section || typeof section !== 'object' || Array.isArray(section)) return [`${path}: not a {${LANGUAGES.join(', ')}} entry nor a section of them`];
  const record = section as Record<string, unknown>;
  if (!isEntry(record)) return Object.entries(record).flatMap(([key, child]) => textProblems(child, `${path}.${key}`));
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    const text = record[lang];
    if (typeof text !== 'string') problems.push(`${path}: the "${lang}" text is missing`);
    else if (!text.trim()) problems.push(`${path}: the "${lang}" text is empty`);
  }
  for (const key of Object.keys(record)) if (!(LANGUAGES as readonly string[]).includes(key)) problems.push(`${path}: "${key}" is not a kiosk language`);
  const shapes = new Set(LANGUAGES.map((lang) => (typeof record[lang] === 'string' ? placeholders(record[lang]) : '')));
  if (shapes.size > 1) problems.push(`${path}: the languages' {placeholders} differ`);
  return problems;
}

/** How many entries a section holds, however deep. */
export function countEntries(section: unknown): number {
  if (!section || typeof section !== 'object') return 0;
  return isEntry(section) ? 1 : Object.values(section).reduce((sum: number, child) => sum + countEntries(child), 0);
}
