// What one person set for their visit: text size, colours, and the voice guide's volume and rate. Kept in session storage
// so a reload keeps them, and wiped with the visit so the next person starts from the defaults (EN 301 549 5.1.3.13:
// "volume resets after each user").
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, TEXT_SIZE_IDS, THEME_IDS, type TextSizeId, type ThemeId } from './display.ts';

/** VxMark: "11 volume levels, default in the middle"; EN 301 549 8.2.1 asks a range of at least 18 dB. */
export const VOLUME_LEVELS = 11;
export const DEFAULT_VOLUME = 5;
/** VxMark: "speech rate 7 steps 0.5×–2× with pitch kept". */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_RATE_INDEX = 2;

export interface PersonalSettings {
  textSize: TextSizeId;
  theme: ThemeId;
  /** 0 … VOLUME_LEVELS − 1. */
  volume: number;
  /** Index into SPEECH_RATES. */
  rateIndex: number;
  /** The voice guide is on: timeouts are doubled. */
  voiceMode: boolean;
  /** The person said they listen in headphones: what they typed may be read aloud (EN 301 549 5.1.3.9). */
  headphones: boolean;
}

export const DEFAULT_SETTINGS: Readonly<PersonalSettings> = Object.freeze({
  textSize: DEFAULT_TEXT_SIZE,
  theme: DEFAULT_THEME,
  volume: DEFAULT_VOLUME,
  rateIndex: DEFAULT_RATE_INDEX,
  voiceMode: false,
  headphones: false,
});

const STORAGE_KEY = 'vikno.settings';

export const isDefault = (s: PersonalSettings): boolean =>
  (Object.keys(DEFAULT_SETTINGS) as (keyof PersonalSettings)[]).every((k) => s[k] === DEFAULT_SETTINGS[k]);

const inRange = (n: unknown, size: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < size;

/** Reads the settings saved by this visit; anything unreadable falls back to the default. */
export function loadSettings(storage: Storage): PersonalSettings {
  let saved: Partial<Record<keyof PersonalSettings, unknown>> = {};
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as typeof saved;
  } catch {
    saved = {};
  }
  return {
    textSize: TEXT_SIZE_IDS.includes(saved.textSize as TextSizeId) ? (saved.textSize as TextSizeId) : DEFAULT_SETTINGS.textSize,
    theme: THEME_IDS.includes(saved.theme as ThemeId) ? (saved.theme as ThemeId) : DEFAULT_SETTINGS.theme,
    volume: inRange(saved.volume, VOLUME_LEVELS) ? saved.volume : DEFAULT_SETTINGS.volume,
    rateIndex: inRange(saved.rateIndex, SPEECH_RATES.length) ? saved.rateIndex : DEFAULT_SETTINGS.rateIndex,
    voiceMode: saved.voiceMode === true,
    headphones: saved.headphones === true,
  };
}

export function saveSettings(storage: Storage, settings: PersonalSettings): void {
  if (isDefault(settings)) storage.removeItem(STORAGE_KEY);
  else storage.setItem(STORAGE_KEY, JSON.stringify(settings));
}

export function forgetSettings(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}

/** Puts text size and theme on <html>, where the generated display.css picks them up. */
export function applyDisplay(settings: PersonalSettings, root: HTMLElement = document.documentElement): void {
  root.dataset['textSize'] = settings.textSize;
  root.dataset['theme'] = settings.theme;
}
