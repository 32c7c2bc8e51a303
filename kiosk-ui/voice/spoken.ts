// What the voice guide says for a screen and for the item the keypad is on, read from the page as it is drawn — the
// same words a sighted person sees, in the language of the part (lang attributes).
import type { Language } from '../../content/localized.ts';
import type { SpeechPart } from '../../protocol/speech.ts';
import type { Utterance } from './speech-player.ts';
import { describeElement, kindWord, stateWord, wordsOf } from '../components/item-description.ts';
import { KEYBOARD_TEXT } from '../../content/text/keyboard.ts';
import { VOICE_TEXT } from '../../content/text/voice.ts';

export function languageOf(el: Element, fallback: Language): Language {
  const lang = el.closest('[lang]')?.getAttribute('lang');
  return lang === 'uk' || lang === 'en' ? lang : fallback;
}

const v = (lang: Language, key: keyof typeof VOICE_TEXT) => VOICE_TEXT[key][lang];
const plain = (lang: Language, ...texts: string[]): Utterance => ({ lang, parts: texts.filter(Boolean).map((text) => ({ text })), private: false });

/** Field types whose value is read digit by digit. */
const DIGIT_FIELDS = /input-(rnokpp|idCard|postcode|iban|phone|passport|passportBooklet|pairing-code)\b/;
export const isDigitBox = (el: Element): boolean => DIGIT_FIELDS.test(el.className);

function describedBy(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => wordsOf(document.getElementById(id)))
    .join('. ');
}

/** A text box: its label, what is in it (only into headphones), its hint and error. */
function textBox(el: HTMLInputElement | HTMLTextAreaElement, label: string, lang: Language, headphones: boolean): Utterance[] {
  const said: Utterance[] = [plain(lang, `${label}. ${v(lang, 'textBox')}.`)];
  if (!el.value) said.push(plain(lang, `${v(lang, 'empty')}.`));
  else if (headphones)
    said.push({ lang, parts: [{ text: `${v(lang, 'entered')}:` }, { text: el.value, reading: isDigitBox(el) ? 'digits' : 'text' }], private: true });
  else said.push(plain(lang, v(lang, 'hidden')));
  const more = describedBy(el);
  if (more) said.push(plain(lang, more));
  if (document.querySelector(`.keyboard[data-target="${CSS.escape(el.id)}"]`)) said.push(plain(lang, KEYBOARD_TEXT.below[lang]));
  return said;
}

/** A key of the on-screen keyboard: its letter (or name); on the way in, which box it types into and how to move. */
function keyboardKey(el: HTMLElement, lang: Language, from: Element | null): Utterance[] {
  const keyboard = el.closest('.keyboard');
  const said: Utterance[] = [];
  if (keyboard && !(from && keyboard.contains(from))) said.push(plain(lang, `${keyboard.getAttribute('aria-label') ?? ''}.`, KEYBOARD_TEXT.howToMove[lang]));
  const face = wordsOf(el);
  const named = el.getAttribute('aria-label') ?? (el.classList.contains('keyboard-key-action') ? face : undefined);
  // A letter or digit is said by its name ("бе", "сім"), as when spelling.
  said.push({ lang, parts: [named ? { text: named } : { text: face, reading: 'spell' }], private: false });
  return said;
}

/** The item the keypad is on: what it is, what it says, its state. `from` is where focus came from. */
export function spokenItem(el: Element, screenLang: Language, headphones: boolean, from: Element | null = null): Utterance[] {
  const lang = languageOf(el, screenLang);
  if (el instanceof HTMLElement && el.classList.contains('keyboard-key')) return keyboardKey(el, lang, from);
  const item = describeElement(el);
  if (!item) return [];
  switch (item.kind) {
    case 'option': {
      const radio = el as HTMLInputElement;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]`)];
      const position = `${kindWord(lang, 'option')} ${group.indexOf(radio) + 1} ${v(lang, 'of')} ${group.length}`;
      return [plain(lang, `${item.label}. ${stateWord(lang, item)}. ${position}.`, describedBy(el))];
    }
    case 'tickBox': {
      // Coming into a group of the service list from outside it: its name and how many it holds come first.
      const group = el.closest('fieldset.service-group');
      const legend = group && !(from && group.contains(from)) ? group.querySelector(':scope > legend') : null;
      const entering = legend ? [plain(lang, `${wordsOf(legend)}.`)] : [];
      return [...entering, plain(lang, `${item.label}. ${kindWord(lang, 'tickBox')}. ${stateWord(lang, item)}.`, describedBy(el))];
    }
    case 'textBox':
      return textBox(el as HTMLInputElement | HTMLTextAreaElement, item.label, lang, headphones);
    case 'button':
    case 'link':
      return [plain(lang, `${item.label}. ${kindWord(lang, item.kind)}.`)];
    case 'text':
      // Answers on check answers and numbers on the confirmation are the person's: never stored on the server.
      return [{ lang, parts: [{ text: item.label }], private: !!el.closest('.application, .summary-list, .status-decision') }];
  }
}

/** A new screen: its heading, where the person is, its hint and any errors. */
export function spokenScreen(root: Element, lang: Language): Utterance[] {
  const said: Utterance[] = [];
  const heading = root.querySelector('h1');
  if (heading) said.push(plain(languageOf(heading, lang), wordsOf(heading)));
  const caption = root.querySelector('.caption');
  if (caption) said.push(plain(lang, [...caption.children].map(wordsOf).join('. ')));
  const hint = root.querySelector('#page-hint, .hint, .lead');
  if (hint) said.push(plain(languageOf(hint, lang), wordsOf(hint)));
  const errors = [...root.querySelectorAll('.error-summary li')].map(wordsOf);
  if (errors.length) said.push(plain(lang, `${v(lang, 'errors')}: ${errors.join('. ')}`));
  return said;
}

/** The status check's answer: the number (said twice, as on the confirmation), the status, what it means, what a grant
 * decided, the dates. */
export function spokenStatus(root: Element, lang: Language): Utterance[] {
  const number = wordsOf(root.querySelector('.application-number'));
  const heading = wordsOf(root.querySelector('.status-heading'));
  // The number and what it is for are the person's own: as on the confirmation, never into the cache, and private.
  const said: Utterance[] = [
    { lang, parts: [{ text: `${heading}. ${v(lang, 'yourNumber')}: ${number}. ${v(lang, 'again')}: ${number}.` }], private: true },
    plain(lang, `${wordsOf(root.querySelector('.status-title'))}.`),
  ];
  for (const el of root.querySelectorAll('.status-meaning, .status-decision, .status-reason')) {
    // The sum and days of a grant are this case's own: said, never kept in the speech cache (that the decision letter
    // has them is the same words for everyone, and comes from the cache).
    const text = wordsOf(el);
    said.push(el.classList.contains('status-decision') && /\d/.test(text) ? { lang, parts: [{ text }], private: true } : plain(lang, text));
  }
  for (const row of root.querySelectorAll('.summary-row')) {
    said.push({ lang, parts: [{ text: `${wordsOf(row.querySelector('dt'))}: ${wordsOf(row.querySelector('dd'))}.` }], private: true });
  }
  return said;
}

/** The confirmation: every number twice, and everything the receipt says (EN 301 549 5.1.3.16). */
export function spokenConfirmation(root: Element, lang: Language): Utterance[] {
  const said: Utterance[] = [plain(lang, wordsOf(root.querySelector('h1')))];
  // What to do now comes before the numbers: it is what the person must not miss.
  const nextStep = root.querySelector('.next-step');
  if (nextStep) for (const el of nextStep.querySelectorAll('h2, p')) said.push(plain(lang, wordsOf(el)));
  const status = root.querySelector('.receipt-status');
  if (status) said.push(plain(lang, wordsOf(status)));
  for (const application of root.querySelectorAll('.application')) {
    const number = wordsOf(application.querySelector('.application-number'));
    const parts: SpeechPart[] = [
      { text: `${wordsOf(application.querySelector('h2'))}.` },
      { text: `${v(lang, 'yourNumber')}: ${number}.` },
      { text: `${v(lang, 'again')}: ${number}.` },
    ];
    said.push({ lang, parts, private: true });
    for (const el of application.querySelectorAll('h3, p:not(.number-line), li')) said.push(plain(lang, wordsOf(el)));
  }
  return said;
}
