// The on-screen keyboard's own words: what it says about itself, its action keys, its alphabets and its signs.
import type { Localized } from '../localized.ts';

export const KEYBOARD_TEXT = {
  keyboardFor: { uk: 'Клавіатура для поля', en: 'Keyboard for' },
  howToMove: {
    uk: 'Стрілки вліво і вправо — між клавішами, вгору і вниз — між рядами. Зелена кнопка вводить.',
    en: 'Left and right arrows move between keys, up and down between rows. The green button types.',
  },
  show: { uk: 'Показати клавіатуру', en: 'Show the keyboard' },
  hide: { uk: 'Сховати клавіатуру', en: 'Hide the keyboard' },
  helpLabel: { uk: 'Клавіатура на екрані', en: 'On-screen keyboard' },
  help: {
    uk: 'Під полем, яке ви заповнюєте, є клавіатура. Торкніться літери або дійдіть до неї стрілками і натисніть зелену кнопку. Літери йдуть за абеткою. «Стерти» прибирає останню літеру.',
    en: 'Under the box you are filling in there is a keyboard. Tap a letter, or reach it with the arrows and press the green button. The letters are in alphabetical order. “Delete” removes the last letter.',
  },
  below: { uk: 'Під полем — клавіатура: натисніть стрілку вниз.', en: 'The keyboard is below the box: press the down arrow.' },
} satisfies Record<string, Localized>;

/** What each action key says on its face (the alphabet key shows its letters instead). */
export const ACTION_LABELS = {
  space: { uk: 'Пробіл', en: 'Space' },
  delete: { uk: 'Стерти', en: 'Delete' },
  read: { uk: 'Прочитати', en: 'Read out' },
  spell: { uk: 'По літерах', en: 'Spell' },
} satisfies Record<string, Localized>;

/** What the alphabet key says it switches to. */
export const ALPHABET_NAMES = {
  ukrainian: { uk: 'українські літери', en: 'Ukrainian letters' },
  english: { uk: 'англійські літери', en: 'English letters' },
} satisfies Record<string, Localized>;

/** The names of keys whose face is a sign. */
export const SIGN_NAMES: Record<string, Localized> = {
  "'": { uk: 'Апостроф', en: 'Apostrophe' },
  '-': { uk: 'Дефіс', en: 'Hyphen' },
  '.': { uk: 'Крапка', en: 'Dot' },
  ',': { uk: 'Кома', en: 'Comma' },
  '/': { uk: 'Скісна риска', en: 'Slash' },
  '@': { uk: 'Собачка', en: 'At sign' },
  _: { uk: 'Підкреслення', en: 'Underscore' },
  '+': { uk: 'Плюс', en: 'Plus' },
};
