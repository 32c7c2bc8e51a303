// What the voice guide says for a screen and for the item the keypad is on, read from the page as it is drawn — the
// same words a sighted person sees, in the language of the part (lang attributes).
import type { Language } from '../../content/localized.ts';
import type { SpeechPart } from '../../protocol/speech.ts';
import type { Utterance } from './speech-player.ts';
import { VOICE_TEXT } from './voice-text.ts';

const words = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function languageOf(el: Element, fallback: Language): Language {
  const lang = el.closest('[lang]')?.getAttribute('lang');
  return lang === 'uk' || lang === 'en' ? lang : fallback;
}

const v = (lang: Language, key: keyof typeof VOICE_TEXT) => VOICE_TEXT[key][lang];
const plain = (lang: Language, ...texts: string[]): Utterance => ({ lang, parts: texts.filter(Boolean).map((text) => ({ text })), private: false });

/** Field types whose value is read digit by digit. */
const DIGIT_FIELDS = /input-(rnokpp|idCard|postcode|iban|phone|passport|passportBooklet)\b/;

function describedBy(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => words(document.getElementById(id)))
    .join('. ');
}

/** A text box: its label, what is in it (only into headphones), its hint and error. */
function textBox(el: HTMLInputElement | HTMLTextAreaElement, lang: Language, headphones: boolean): Utterance[] {
  const label = words(el.labels?.[0]);
  const said: Utterance[] = [plain(lang, `${label}. ${v(lang, 'textBox')}.`)];
  if (!el.value) said.push(plain(lang, `${v(lang, 'empty')}.`));
  else if (headphones) said.push({ lang, parts: [{ text: `${v(lang, 'entered')}:` }, { text: el.value, reading: DIGIT_FIELDS.test(el.className) ? 'digits' : 'text' }], private: true });
  else said.push(plain(lang, v(lang, 'hidden')));
  const more = describedBy(el);
  if (more) said.push(plain(lang, more));
  return said;
}

/** The item the keypad is on: what it is, what it says, its state. */
export function spokenItem(el: Element, screenLang: Language, headphones: boolean): Utterance[] {
  const lang = languageOf(el, screenLang);
  if (el instanceof HTMLInputElement && el.type === 'radio') {
    const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
    const hint = describedBy(el);
    return [
      plain(lang, `${words(el.labels?.[0])}. ${v(lang, el.checked ? 'chosen' : 'notChosen')}. ${v(lang, 'option')} ${group.indexOf(el) + 1} ${v(lang, 'of')} ${group.length}.`, hint),
    ];
  }
  if (el instanceof HTMLInputElement && el.type === 'checkbox') {
    return [plain(lang, `${words(el.labels?.[0])}. ${v(lang, 'tickBox')}. ${v(lang, el.checked ? 'ticked' : 'notTicked')}.`, describedBy(el))];
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return textBox(el, lang, headphones);
  if (el instanceof HTMLButtonElement) return [plain(lang, `${words(el)}. ${v(lang, 'button')}.`)];
  if (el instanceof HTMLAnchorElement) return [plain(lang, `${words(el)}. ${v(lang, 'link')}.`)];
  const text = words(el);
  // A number on the confirmation is the person's: not stored on the server, read in digit groups by the normaliser.
  return text ? [{ lang, parts: [{ text }], private: !!el.closest('.application, .summary-list') }] : [];
}

/** A new screen: its heading, where the person is, its hint and any errors. */
export function spokenScreen(root: Element, lang: Language): Utterance[] {
  const said: Utterance[] = [];
  const heading = root.querySelector('h1');
  if (heading) said.push(plain(languageOf(heading, lang), words(heading)));
  const caption = root.querySelector('.caption');
  if (caption) said.push(plain(lang, [...caption.children].map(words).join('. ')));
  const hint = root.querySelector('#page-hint, .hint, .lead');
  if (hint) said.push(plain(languageOf(hint, lang), words(hint)));
  const errors = [...root.querySelectorAll('.error-summary li')].map(words);
  if (errors.length) said.push(plain(lang, `${v(lang, 'errors')}: ${errors.join('. ')}`));
  return said;
}

/** The confirmation: every number twice, and everything the receipt says (EN 301 549 5.1.3.16). */
export function spokenConfirmation(root: Element, lang: Language): Utterance[] {
  const said: Utterance[] = [plain(lang, words(root.querySelector('h1')))];
  const status = root.querySelector('.receipt-status');
  if (status) said.push(plain(lang, words(status)));
  for (const application of root.querySelectorAll('.application')) {
    const number = words(application.querySelector('.application-number'));
    const parts: SpeechPart[] = [
      { text: `${words(application.querySelector('h2'))}.` },
      { text: `${v(lang, 'yourNumber')}: ${number}.` },
      { text: `${v(lang, 'again')}: ${number}.` },
    ];
    said.push({ lang, parts, private: true });
    for (const el of application.querySelectorAll('h3, p:not(.number-line), li')) said.push(plain(lang, words(el)));
  }
  return said;
}
