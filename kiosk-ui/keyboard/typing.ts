// What a key of the on-screen keyboard does to the text: it always types at the end (a person who cannot see the screen
// never has to find a cursor) and capitalises as the field expects.
import type { Capitalisation } from '../../content/keyboard-layouts.ts';

/** Starts a word: the text is empty or ends with a space or a hyphen (Іванова-Петренко, Біла Церква). */
const atWordStart = (text: string) => text === '' || /[\s-]$/.test(text);
const atSentenceStart = (text: string) => text.trim() === '' || /[.!?]\s*$/.test(text);

/** The text after typing `insert` at its end. */
export function typeAtEnd(text: string, insert: string, capitalisation: Capitalisation): string {
  switch (capitalisation) {
    case 'words':
      return text + (atWordStart(text) ? insert.toUpperCase() : insert.toLowerCase());
    case 'sentences':
      return text + (atSentenceStart(text) ? insert.toUpperCase() : insert.toLowerCase());
    case 'upper':
      return text + insert.toUpperCase();
    case 'none':
      return text + insert;
  }
}

/** The text without its last character (a whole character, even outside the Basic Multilingual Plane). */
export function deleteLast(text: string): string {
  return [...text].slice(0, -1).join('');
}
