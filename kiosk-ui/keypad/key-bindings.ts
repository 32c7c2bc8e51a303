// Every key the kiosk answers to, in one place (EZ Access convention, as on VxMark). A USB tactile keypad presents
// itself as a keyboard and is programmed to send these keys. The README and the on-screen help list this table.
import type { Localized } from '../../content/localized.ts';
import { KEYPAD_TEXT } from '../../content/text/keypad.ts';

export type KeypadAction =
  'previous' | 'next' | 'activate' | 'back' | 'continue' | 'help' | 'volumeDown' | 'volumeUp' | 'rateDown' | 'rateUp' | 'voice' | 'repeat' | 'blank' | 'spell';

export interface KeyBinding {
  action: KeypadAction;
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  /** How the key is shown in help: the keypad's marking and the keyboard key. */
  keyLabel: Localized;
  description: Localized;
  /**
   * Also acts while the person types in a text box. Arrow left/right then move the cursor and characters are typed, so
   * only keys that cannot be text act there.
   */
  whileTyping: boolean;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    action: 'previous',
    keys: ['ArrowUp'],
    keyLabel: KEYPAD_TEXT.previous.key,
    description: KEYPAD_TEXT.previous.does,
    whileTyping: true,
  },
  {
    action: 'next',
    keys: ['ArrowDown'],
    keyLabel: KEYPAD_TEXT.next.key,
    description: KEYPAD_TEXT.next.does,
    whileTyping: true,
  },
  {
    action: 'activate',
    keys: ['Enter'],
    keyLabel: KEYPAD_TEXT.activate.key,
    description: KEYPAD_TEXT.activate.does,
    whileTyping: true,
  },
  {
    action: 'back',
    keys: ['ArrowLeft'],
    keyLabel: KEYPAD_TEXT.back.key,
    description: KEYPAD_TEXT.back.does,
    whileTyping: false,
  },
  {
    action: 'continue',
    keys: ['ArrowRight'],
    keyLabel: KEYPAD_TEXT.continue.key,
    description: KEYPAD_TEXT.continue.does,
    whileTyping: false,
  },
  {
    action: 'help',
    keys: ['F1', '?'],
    keyLabel: KEYPAD_TEXT.help.key,
    description: KEYPAD_TEXT.help.does,
    whileTyping: true,
  },
  {
    action: 'volumeDown',
    keys: ['-'],
    keyLabel: KEYPAD_TEXT.volumeDown.key,
    description: KEYPAD_TEXT.volumeDown.does,
    whileTyping: false,
  },
  {
    action: 'volumeUp',
    keys: ['+', '='],
    keyLabel: KEYPAD_TEXT.volumeUp.key,
    description: KEYPAD_TEXT.volumeUp.does,
    whileTyping: false,
  },
  {
    action: 'rateDown',
    keys: [','],
    keyLabel: KEYPAD_TEXT.rateDown.key,
    description: KEYPAD_TEXT.rateDown.does,
    whileTyping: false,
  },
  {
    action: 'rateUp',
    keys: ['.'],
    keyLabel: KEYPAD_TEXT.rateUp.key,
    description: KEYPAD_TEXT.rateUp.does,
    whileTyping: false,
  },
  {
    action: 'voice',
    keys: ['F2', 'v'],
    keyLabel: KEYPAD_TEXT.voice.key,
    description: KEYPAD_TEXT.voice.does,
    whileTyping: true,
  },
  {
    action: 'repeat',
    keys: ['F3', 'r'],
    keyLabel: KEYPAD_TEXT.repeat.key,
    description: KEYPAD_TEXT.repeat.does,
    whileTyping: true,
  },
  {
    action: 'blank',
    keys: ['F4', 'b'],
    keyLabel: KEYPAD_TEXT.blank.key,
    description: KEYPAD_TEXT.blank.does,
    whileTyping: true,
  },
  {
    action: 'spell',
    keys: ['F5', 's'],
    keyLabel: KEYPAD_TEXT.spell.key,
    description: KEYPAD_TEXT.spell.does,
    whileTyping: true,
  },
];

/** Text boxes: characters and left/right belong to the text there. F1 works in them because it (with a Function key) cannot be typed. */
export function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

/** A composite widget (the on-screen keyboard) that moves through its own parts with the arrows, and leaves at its edges. */
export function ownsArrows(target: EventTarget | null, key: string): boolean {
  return key.startsWith('Arrow') && target instanceof Element && !!target.closest('[data-arrow-grid]');
}

/** The action of a key press, or undefined when the key is not the kiosk's (or belongs to the text box being typed in). */
export function actionFor(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>, typing: boolean): KeypadAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const binding = KEY_BINDINGS.find((b) => b.keys.includes(event.key));
  if (!binding) return undefined;
  if (typing && !binding.whileTyping) return undefined;
  // Characters ('?', 'v', 'r', …) are typed in a text box; their F-key twins still act there.
  if (typing && event.key.length === 1) return undefined;
  return binding.action;
}
