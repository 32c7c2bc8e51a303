// Every text of the catalogue and of the kiosk's own screens, per language: what is rendered ahead of time.
import type { Catalogue } from '../../content/catalogue.ts';
import { LANGUAGES, type Language } from '../../content/localized.ts';
import { UI_TEXT } from '../../kiosk-ui/i18n.ts';
import { ACTION_LABELS, KEYBOARD_TEXT } from '../../kiosk-ui/keyboard/keyboard-text.ts';
import { everyKeyCharacter } from '../../kiosk-ui/keyboard/layouts.ts';
import { VOICE_TEXT } from '../../kiosk-ui/voice/voice-text.ts';
import { STATUS_TEXT } from '../../kiosk-ui/screens/status-text.ts';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { REFUSAL_REASONS } from '../../protocol/application-status.ts';
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

/** The on-screen keyboard's keys, said as the voice guide says them when the arrows land on them ("бе", "сім"). */
export function keyPrompts(): { lang: Language; text: string }[] {
  return LANGUAGES.flatMap((lang) => everyKeyCharacter(lang).map((character) => ({ lang, text: spell(lang, character) })));
}

/** Everything the kiosk renders ahead at start: the catalogue, its own screens, the voice guide's words and the keys. */
export function kioskPrompts(catalogue: Catalogue): { lang: Language; text: string }[] {
  return [...promptsOf(catalogue, UI_TEXT, VOICE_TEXT, KEYBOARD_TEXT, ACTION_LABELS, STATUS_TEXT, REFUSAL_REASONS, ERROR_MESSAGES), ...keyPrompts()];
}
