// The kiosk screens' words, from the text catalogue (content/text/kiosk.ts), in the language the person chose.
import type { Language, Localized } from '../content/localized.ts';
import { KIOSK_TEXT } from '../content/text/kiosk.ts';

export const UI_TEXT = KIOSK_TEXT;

export type UiTextKey = keyof typeof UI_TEXT;

export function t(lang: Language, key: UiTextKey): string {
  return UI_TEXT[key][lang];
}

export function pick(lang: Language, text: Localized): string {
  return text[lang];
}
