// What "Допомога" says: what to do on the current screen, and about each question on it, in plain words.
import type { Language } from '../../content/localized.ts';
import type { KioskView } from '../../protocol/views.ts';
import { KEYBOARD_TEXT } from '../../content/text/keyboard.ts';
import { keyboardFor } from '../../content/keyboard-layouts.ts';
import { describeElement, kindWord, stateWord } from '../components/item-description.ts';
import { pick, t, type UiTextKey } from '../i18n.ts';

/** Screens the kiosk draws itself, besides those the server sends. */
export type LocalScreen = 'welcome' | 'timed-out' | 'status' | 'display' | 'leave' | 'voice' | 'not-paired';

const SCREEN_HELP: Record<KioskView['screen'] | LocalScreen, UiTextKey> = {
  welcome: 'helpWelcome',
  'timed-out': 'helpTimedOut',
  'not-paired': 'helpNotPaired',
  status: 'helpStatus',
  display: 'helpDisplay',
  leave: 'helpLeave',
  voice: 'helpVoice',
  services: 'helpServices',
  info: 'helpInfo',
  suggest: 'helpSuggest',
  question: 'helpQuestion',
  group: 'helpGroup',
  'confirm-remove': 'helpConfirmRemove',
  'check-answers': 'helpCheckAnswers',
  confirmation: 'helpConfirmation',
};

export interface ScreenHelp {
  whatToDo: string;
  /** Help for the page and for each question on it. */
  questions: { label: string; text: string }[];
}

export function screenHelp(lang: Language, view: KioskView | undefined, local: LocalScreen | undefined): ScreenHelp {
  const whatToDo = t(lang, SCREEN_HELP[local ?? view?.screen ?? 'welcome']);
  const questions: ScreenHelp['questions'] = [];
  if (!local && (view?.screen === 'question' || view?.screen === 'group')) {
    if (view.help) questions.push({ label: pick(lang, view.heading), text: pick(lang, view.help) });
    if (view.screen === 'question') for (const field of view.fields) questions.push({ label: pick(lang, field.label), text: pick(lang, field.help) });
    if (view.screen === 'question' && view.fields.some((field) => keyboardFor(field.type, lang))) {
      questions.push({ label: KEYBOARD_TEXT.helpLabel[lang], text: KEYBOARD_TEXT.help[lang] });
    }
  }
  return { whatToDo, questions };
}

/** The item the keypad is on, as the help key explains it: "Кнопка «Продовжити»", "Варіант відповіді «Так», вибрано". */
export function describeItem(lang: Language, element: Element | null): string | undefined {
  if (!element || element === document.body || !element.closest('.kiosk-main, .kiosk-header')) return undefined;
  const item = describeElement(element);
  if (!item) return undefined;
  const state = stateWord(lang, item);
  return `${kindWord(lang, item.kind)} «${item.label}»${state ? `, ${state.toLowerCase()}` : ''}`;
}
