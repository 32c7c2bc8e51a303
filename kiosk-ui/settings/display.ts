// Text sizes and colour themes: named settings with the requirement each meets. The CSS for them is generated from this
// file at build time (display-css.ts), so the numbers the tests check are the numbers the kiosk uses.
import type { Localized } from '../../content/localized.ts';
import { DISPLAY_TEXT } from '../../content/text/display.ts';
import { CAP_HEIGHT_PER_EM, mmToPx } from './screen.ts';

export interface TextSize {
  id: TextSizeId;
  /** Base font size in CSS px; headings and buttons scale from it. */
  px: number;
  label: Localized;
}

export const TEXT_SIZE_IDS = ['1', '2', '3', '4'] as const;
export type TextSizeId = (typeof TEXT_SIZE_IDS)[number];

/** The font size whose capital letters are `mm` tall on the kiosk screen, rounded up to a whole pixel. */
const fontPxForCapHeight = (mm: number): number => Math.ceil(mmToPx(mm) / CAP_HEIGHT_PER_EM);

/**
 * Four sizes, as in a certified accessible kiosk (VxMark: capital letters 3.5–4.2, 4.8–5.6, 6.4–7.1 and 8.5–9.0 mm).
 * Issue 4: "the largest gives capital letters ≥ 9 mm tall on the kiosk screen". EN 301 549 5.1.4 asks ≥ 6.1 mm for large text,
 * which sizes 3 and 4 meet.
 */
export const TEXT_SIZES: readonly TextSize[] = [
  { id: '1', px: fontPxForCapHeight(3.9), label: DISPLAY_TEXT.textSizes[1] },
  { id: '2', px: fontPxForCapHeight(5.0), label: DISPLAY_TEXT.textSizes[2] },
  { id: '3', px: fontPxForCapHeight(6.6), label: DISPLAY_TEXT.textSizes[3] },
  { id: '4', px: fontPxForCapHeight(9.0), label: DISPLAY_TEXT.textSizes[4] },
];

/** Older people are half of those who apply: start one step above the smallest. */
export const DEFAULT_TEXT_SIZE: TextSizeId = '2';

/** Every colour the stylesheet uses; a theme sets all of them. */
export interface Palette {
  text: string;
  background: string;
  muted: string;
  primary: string;
  primaryText: string;
  secondary: string;
  secondaryText: string;
  link: string;
  error: string;
  errorText: string;
  border: string;
  divider: string;
  panel: string;
  panelText: string;
  /** The focus band and the dark edge inside it. */
  focus: string;
  focusText: string;
}

export const THEME_IDS = ['default', 'contrast-dark', 'contrast-light'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme {
  id: ThemeId;
  label: Localized;
  palette: Palette;
  /** Contrast every text colour must reach on its background: WCAG 1.4.3 (AA) 4.5:1; issue 4 asks 7:1 for high contrast. */
  minTextContrast: number;
}

export const THEMES: readonly Theme[] = [
  {
    id: 'default',
    label: DISPLAY_TEXT.themes['default'],
    minTextContrast: 4.5,
    palette: {
      text: '#0b0c0c',
      background: '#ffffff',
      muted: '#484949',
      primary: '#00703c',
      primaryText: '#ffffff',
      secondary: '#e6e6e6',
      secondaryText: '#0b0c0c',
      link: '#1d4f91',
      error: '#c8102e',
      errorText: '#ffffff',
      border: '#0b0c0c',
      divider: '#b1b4b6',
      panel: '#00703c',
      panelText: '#ffffff',
      focus: '#ffdd00',
      focusText: '#0b0c0c',
    },
  },
  {
    id: 'contrast-dark',
    label: DISPLAY_TEXT.themes['contrast-dark'],
    minTextContrast: 7,
    palette: {
      text: '#ffffff',
      background: '#000000',
      muted: '#e0e0e0',
      primary: '#ffe600',
      primaryText: '#000000',
      secondary: '#000000',
      secondaryText: '#ffffff',
      link: '#8fd4ff',
      error: '#ff9a9a',
      errorText: '#000000',
      border: '#ffffff',
      divider: '#bfbfbf',
      panel: '#000000',
      panelText: '#ffffff',
      focus: '#00e5ff',
      focusText: '#000000',
    },
  },
  {
    id: 'contrast-light',
    label: DISPLAY_TEXT.themes['contrast-light'],
    minTextContrast: 7,
    palette: {
      text: '#000000',
      background: '#ffffff',
      muted: '#262626',
      primary: '#000000',
      primaryText: '#ffffff',
      secondary: '#ffffff',
      secondaryText: '#000000',
      link: '#00008f',
      error: '#9e0000',
      errorText: '#ffffff',
      border: '#000000',
      divider: '#4d4d4d',
      panel: '#ffffff',
      panelText: '#000000',
      focus: '#9c005f',
      focusText: '#ffffff',
    },
  },
];

export const DEFAULT_THEME: ThemeId = 'default';

/** Text colours and the backgrounds they are drawn on, as the stylesheet pairs them. */
export const TEXT_PAIRS: readonly [keyof Palette, keyof Palette][] = [
  ['text', 'background'],
  ['muted', 'background'],
  ['link', 'background'],
  ['error', 'background'],
  ['primaryText', 'primary'],
  ['secondaryText', 'secondary'],
  ['errorText', 'error'],
  ['panelText', 'panel'],
  ['focusText', 'focus'],
];

/**
 * WCAG 1.4.11 / 2.4.13: "the focus indicator … has a contrast ratio of at least 3:1". The ring is two-tone (a band in
 * `focus` around an edge in `focusText`), so on every surface a focused thing can sit on, one of the two reaches 3:1.
 */
export const FOCUS_SURFACES: readonly (keyof Palette)[] = ['background', 'primary', 'secondary', 'error', 'panel'];
export const MIN_NON_TEXT_CONTRAST = 3;
