// The on-screen keyboard's own words.
import type { Localized } from '../../content/localized.ts';
import type { KeyboardAction } from './layouts.ts';

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

/** What each action key says on its face. */
export const ACTION_LABELS: Record<Exclude<KeyboardAction, 'alphabet'>, Localized> = {
  space: { uk: 'Пробіл', en: 'Space' },
  delete: { uk: 'Стерти', en: 'Delete' },
  read: { uk: 'Прочитати', en: 'Read out' },
  spell: { uk: 'По літерах', en: 'Spell' },
};

/** The alphabet key shows the letters it switches to, and says which they are. */
export const ALPHABET_KEYS: Record<'uk' | 'en', { face: string; name: Localized }> = {
  uk: { face: 'АБВ', name: { uk: 'українські літери', en: 'Ukrainian letters' } },
  en: { face: 'ABC', name: { uk: 'англійські літери', en: 'English letters' } },
};
