import type { Language } from '../../content/localized.ts';

/** The countdown's words, on the timeout dialog and as the voice guide says them. */
export function secondsLeftText(lang: Language, seconds: number): string {
  return lang === 'uk' ? `Залишилося ${seconds} с` : `${seconds} s left`;
}
