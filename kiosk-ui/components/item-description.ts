// What an item on the screen is, for the help key and the voice guide alike: its kind, its words, its state.
import type { Language } from '../../content/localized.ts';
import { VOICE_TEXT } from '../../content/text/voice.ts';

export type ItemKind = 'option' | 'tickBox' | 'textBox' | 'button' | 'link' | 'text';

export interface ItemDescription {
  kind: ItemKind;
  /** The label, or the words of the item itself. */
  label: string;
  /** For options and tick boxes. */
  checked?: boolean;
}

export const wordsOf = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function describeElement(el: Element): ItemDescription | undefined {
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
    return { kind: el.type === 'radio' ? 'option' : 'tickBox', label: wordsOf(el.labels?.[0]), checked: el.checked };
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return { kind: 'textBox', label: wordsOf(el.labels?.[0]) };
  if (el instanceof HTMLButtonElement) return { kind: 'button', label: wordsOf(el) };
  if (el instanceof HTMLAnchorElement) return { kind: 'link', label: wordsOf(el) };
  const label = wordsOf(el);
  return label ? { kind: 'text', label } : undefined;
}

/** "Вибрано" / "Не вибрано" for an option, "Позначено" / "Не позначено" for a tick box. */
export function stateWord(lang: Language, item: ItemDescription): string | undefined {
  if (item.checked === undefined) return undefined;
  if (item.kind === 'option') return VOICE_TEXT[item.checked ? 'chosen' : 'notChosen'][lang];
  return VOICE_TEXT[item.checked ? 'ticked' : 'notTicked'][lang];
}

export const kindWord = (lang: Language, kind: ItemKind): string => VOICE_TEXT[kind][lang];
