// Every text of the catalogue and of the kiosk's own screens, per language: what is rendered ahead of time.
import type { Catalogue } from '../../content/catalogue.ts';
import { everyKeyCharacter } from '../../content/keyboard-layouts.ts';
import { LANGUAGES, type Language } from '../../content/localized.ts';
import { TEXT } from '../../content/text/catalogue.ts';
import { isTemplate } from '../../content/text/fill.ts';
import { spell } from './normalise/normalise.ts';

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
      // A template is spoken once its numbers are in, so not ahead.
      if (text && !isTemplate(text)) into.set(`${lang}\n${text}`, { lang, text });
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

/** The on-screen keyboard's keys, said as the voice guide says them when the arrows land on them ("бе", "сім"). */
export function keyPrompts(): { lang: Language; text: string }[] {
  return LANGUAGES.flatMap((lang) => everyKeyCharacter(lang).map((character) => ({ lang, text: spell(lang, character) })));
}

/** What the kiosk says of its own: its screens, the voice guide, the keyboard's words, statuses (and that the decision
 * letter has a grant's sum), error messages, what the checks of an answer say and each field type's help. */
const SPOKEN_TEXT = [
  TEXT.kiosk,
  TEXT.voice,
  TEXT.keyboard.words,
  TEXT.keyboard.actions,
  TEXT.status.statuses,
  TEXT.status.decision,
  TEXT.status.refusalReasons,
  TEXT.errors.kiosk,
  TEXT.validation,
  TEXT.fieldHelp,
];

/** Everything the kiosk renders ahead at start: the catalogue, its own screens, the voice guide's words and the keys. */
export function kioskPrompts(catalogue: Catalogue): { lang: Language; text: string }[] {
  return [...promptsOf(catalogue, ...SPOKEN_TEXT), ...keyPrompts()];
}
