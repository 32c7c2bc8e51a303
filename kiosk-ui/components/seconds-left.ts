import type { Language } from '../../content/localized.ts';
import { fill } from '../../content/text/fill.ts';
import { t } from '../i18n.ts';

/** The countdown's words, on the timeout dialog and as the voice guide says them. */
export function secondsLeftText(lang: Language, seconds: number): string {
  return fill(t(lang, 'secondsLeft'), { seconds });
}
