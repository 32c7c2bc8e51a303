// The on-screen keyboard's words come from the text catalogue; the alphabet key's face is its letters, not a word.
import type { Localized } from '../../content/localized.ts';
import { ALPHABET_NAMES } from '../../content/text/keyboard.ts';
import type { Alphabet } from '../../content/keyboard-layouts.ts';

export { ACTION_LABELS, KEYBOARD_TEXT } from '../../content/text/keyboard.ts';

/** The alphabet key shows the letters it switches to, and says which they are. */
export const ALPHABET_KEYS: Record<Alphabet, { face: string; name: Localized }> = {
  uk: { face: 'АБВ', name: ALPHABET_NAMES.ukrainian },
  en: { face: 'ABC', name: ALPHABET_NAMES.english },
};
