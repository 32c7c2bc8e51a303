// The on-screen keyboards, as data: which keys each kind of field gets. Letters are in alphabetical order, not ЙЦУКЕН:
// a person who has never typed, or cannot see the keys, finds a letter by the alphabet they know.
// Content's layer: the server speaks every key ahead of time, the kiosk draws them.
import type { Language, Localized } from './localized.ts';
import type { FieldType } from './schema.ts';
import { SIGN_NAMES, type ACTION_LABELS } from './text/keyboard.ts';

export type Alphabet = Language;

/** A key that types something. */
export interface CharacterKey {
  kind: 'character';
  /** What the key types (before capitalisation). */
  insert: string;
  /** The key's name where its face is a sign ("апостроф"). */
  name?: Localized;
}

export type KeyboardAction = keyof typeof ACTION_LABELS | 'alphabet';

export interface ActionKey {
  kind: 'action';
  action: KeyboardAction;
}

export type KeyboardKey = CharacterKey | ActionKey;

/** How typed letters are capitalised: names and places start each word with a capital, codes are all capitals. */
export type Capitalisation = 'words' | 'sentences' | 'upper' | 'none';

export interface KeyboardLayout {
  /** The character keys, in rows of `columns`. */
  characters: readonly CharacterKey[];
  columns: number;
  /** The row of action keys under them. */
  actions: readonly ActionKey[];
  capitalisation: Capitalisation;
  /** Letters of the other alphabet can be switched to (names may be typed in Ukrainian on an English screen). */
  switchable: boolean;
}

const ALPHABETS: Record<Alphabet, string> = {
  uk: 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ',
  en: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
};

const keys = (chars: Iterable<string>): CharacterKey[] =>
  [...chars].map((insert) => ({ kind: 'character', insert, ...(SIGN_NAMES[insert] && { name: SIGN_NAMES[insert] }) }));

const DIGITS = '1234567890';
const action = (name: KeyboardAction): ActionKey => ({ kind: 'action', action: name });
const LETTER_ACTIONS = [action('space'), action('delete'), action('read'), action('spell'), action('alphabet')];
const CODE_ACTIONS = [action('delete'), action('read'), action('spell')];
const DIGIT_ACTIONS = [action('delete'), action('read')];

function letters(alphabet: Alphabet, extra: string, capitalisation: Capitalisation): KeyboardLayout {
  return { characters: keys(ALPHABETS[alphabet] + extra), columns: 7, actions: LETTER_ACTIONS, capitalisation, switchable: true };
}

/** A telephone-style pad: 1 2 3 / 4 5 6 / 7 8 9 / 0 and any signs the field needs. */
function digitPad(before: string, after: string): KeyboardLayout {
  const characters = [...keys(before), ...keys(DIGITS), ...keys(after)];
  // "UA" on the IBAN pad is one key: the letters every Ukrainian IBAN starts with.
  if (before === 'UA') characters.splice(0, 2, { kind: 'character', insert: 'UA' });
  return { characters, columns: 3, actions: DIGIT_ACTIONS, capitalisation: 'none', switchable: false };
}

/** What a keyboard types into: a field of the content, the application number of the status check, or a pairing code. */
export type KeyboardKind = FieldType | 'applicationNumber' | 'pairingCode';

/** The keyboard for a kind of field, in the given alphabet; undefined for fields that are not typed. */
export function keyboardFor(type: KeyboardKind, alphabet: Alphabet): KeyboardLayout | undefined {
  switch (type) {
    case 'applicationNumber':
      // K01-2026-000123: digits first (most of a number), the hyphen, then the Latin capitals of kiosk names.
      return { characters: keys(`${DIGITS}-${ALPHABETS.en}`), columns: 7, actions: CODE_ACTIONS, capitalisation: 'upper', switchable: false };
    case 'name':
      return letters(alphabet, "'-", 'words');
    case 'text':
      return letters(alphabet, `'-${DIGITS}.,/`, 'words');
    case 'textarea':
      return letters(alphabet, `'-${DIGITS}.,/`, 'sentences');
    case 'passport':
    case 'passportBooklet':
      // Booklet series are two Cyrillic capitals whatever the screen's language.
      return { characters: keys(ALPHABETS.uk + DIGITS), columns: 7, actions: CODE_ACTIONS, capitalisation: 'upper', switchable: false };
    case 'email':
      return { characters: keys(`${ALPHABETS.en.toLowerCase()}${DIGITS}@.-_`), columns: 7, actions: CODE_ACTIONS, capitalisation: 'none', switchable: false };
    case 'pairingCode':
    case 'rnokpp':
    case 'idCard':
    case 'postcode':
    case 'date':
      return digitPad('', '');
    case 'phone':
      return digitPad('+', '');
    case 'money':
      return digitPad('', ',');
    case 'iban':
      return digitPad('UA', '');
    case 'choice':
    case 'consent':
      return undefined;
  }
}

/** Every key in the order ◀ and ▶ move through them: the characters row by row, then the actions. */
export const allKeys = (layout: KeyboardLayout): KeyboardKey[] => [...layout.characters, ...layout.actions];

/** Every character any keyboard offers on a screen in this language (for speaking them ahead of time). */
export function everyKeyCharacter(alphabet: Alphabet): string[] {
  const types: KeyboardKind[] = ['name', 'text', 'email', 'passport', 'phone', 'money', 'iban', 'applicationNumber'];
  return [...new Set(types.flatMap((type) => keyboardFor(type, alphabet)!.characters.map((key) => key.insert)))];
}
