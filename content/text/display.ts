// The names of the kiosk's text sizes and colour themes, as its display page offers them.
import type { Localized } from '../localized.ts';

export const DISPLAY_TEXT = {
  textSizes: {
    1: { uk: 'Звичайний', en: 'Standard' },
    2: { uk: 'Більший', en: 'Larger' },
    3: { uk: 'Великий', en: 'Large' },
    4: { uk: 'Найбільший', en: 'Largest' },
  },
  themes: {
    default: { uk: 'Звичайні кольори', en: 'Standard colours' },
    'contrast-dark': { uk: 'Світлий текст на чорному', en: 'Light text on black' },
    'contrast-light': { uk: 'Чорний текст на білому', en: 'Black text on white' },
  },
} satisfies Record<string, Record<string, Localized>>;
