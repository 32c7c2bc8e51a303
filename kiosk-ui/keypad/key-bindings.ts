// Every key the kiosk answers to, in one place (EZ Access convention, as on VxMark). A USB tactile keypad presents
// itself as a keyboard and is programmed to send these keys. The README and the on-screen help list this table.
import type { Localized } from '../../content/localized.ts';

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
    keyLabel: { uk: '▲ (стрілка вгору)', en: '▲ (up arrow)' },
    description: { uk: 'Попередній пункт на екрані: текст, поле або кнопка', en: 'Previous item on the screen: text, box or button' },
    whileTyping: true,
  },
  {
    action: 'next',
    keys: ['ArrowDown'],
    keyLabel: { uk: '▼ (стрілка вниз)', en: '▼ (down arrow)' },
    description: { uk: 'Наступний пункт на екрані', en: 'Next item on the screen' },
    whileTyping: true,
  },
  {
    action: 'activate',
    keys: ['Enter'],
    keyLabel: { uk: '◆ (зелена, Enter)', en: '◆ (green, Enter)' },
    description: { uk: 'Вибрати або натиснути пункт', en: 'Choose or press the item' },
    whileTyping: true,
  },
  {
    action: 'back',
    keys: ['ArrowLeft'],
    keyLabel: { uk: '◀ (стрілка вліво)', en: '◀ (left arrow)' },
    description: { uk: 'Назад, на попередній екран', en: 'Back to the previous screen' },
    whileTyping: false,
  },
  {
    action: 'continue',
    keys: ['ArrowRight'],
    keyLabel: { uk: '▶ (стрілка вправо)', en: '▶ (right arrow)' },
    description: { uk: 'Продовжити, якщо на екрані є кнопка «Продовжити»', en: 'Continue, where the screen has a Continue button' },
    whileTyping: false,
  },
  {
    action: 'help',
    keys: ['F1', '?'],
    keyLabel: { uk: '? (допомога, F1)', en: '? (help, F1)' },
    description: { uk: 'Пояснити, що вибрано, і покликати працівника', en: 'Explain the chosen item and call a member of staff' },
    whileTyping: true,
  },
  {
    action: 'volumeDown',
    keys: ['-'],
    keyLabel: { uk: '−', en: '−' },
    description: { uk: 'Тихіше (голосовий супровід)', en: 'Quieter (voice guidance)' },
    whileTyping: false,
  },
  {
    action: 'volumeUp',
    keys: ['+', '='],
    keyLabel: { uk: '+', en: '+' },
    description: { uk: 'Гучніше (голосовий супровід)', en: 'Louder (voice guidance)' },
    whileTyping: false,
  },
  {
    action: 'rateDown',
    keys: [','],
    keyLabel: { uk: '« (кома)', en: '« (comma)' },
    description: { uk: 'Говорити повільніше', en: 'Speak more slowly' },
    whileTyping: false,
  },
  {
    action: 'rateUp',
    keys: ['.'],
    keyLabel: { uk: '» (крапка)', en: '» (full stop)' },
    description: { uk: 'Говорити швидше', en: 'Speak faster' },
    whileTyping: false,
  },
  {
    action: 'voice',
    keys: ['F2', 'v'],
    keyLabel: { uk: 'V (голос, F2)', en: 'V (voice, F2)' },
    description: { uk: 'Увімкнути або вимкнути голосовий супровід', en: 'Turn voice guidance on or off' },
    whileTyping: true,
  },
  {
    action: 'repeat',
    keys: ['F3', 'r'],
    keyLabel: { uk: 'R (повторити, F3)', en: 'R (repeat, F3)' },
    description: { uk: 'Повторити сказане', en: 'Say it again' },
    whileTyping: true,
  },
  {
    action: 'blank',
    keys: ['F4', 'b'],
    keyLabel: { uk: 'B (екран, F4)', en: 'B (screen, F4)' },
    description: { uk: 'Вимкнути або увімкнути екран, щоб ніхто не бачив', en: 'Turn the screen off or on, so nobody can see it' },
    whileTyping: true,
  },
  {
    action: 'spell',
    keys: ['F5', 's'],
    keyLabel: { uk: 'S (по літерах, F5)', en: 'S (spell, F5)' },
    description: { uk: 'Прочитати введене по літерах', en: 'Spell out what was typed' },
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
