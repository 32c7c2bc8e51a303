// The keypad's keys as the help screen lists them: how each key is marked, and what it does.
import type { Localized } from '../localized.ts';

export const KEYPAD_TEXT = {
  previous: {
    key: { uk: '▲ (стрілка вгору)', en: '▲ (up arrow)' },
    does: { uk: 'Попередній пункт на екрані: текст, поле або кнопка', en: 'Previous item on the screen: text, box or button' },
  },
  next: {
    key: { uk: '▼ (стрілка вниз)', en: '▼ (down arrow)' },
    does: { uk: 'Наступний пункт на екрані', en: 'Next item on the screen' },
  },
  activate: {
    key: { uk: '◆ (зелена, Enter)', en: '◆ (green, Enter)' },
    does: { uk: 'Вибрати або натиснути пункт', en: 'Choose or press the item' },
  },
  back: {
    key: { uk: '◀ (стрілка вліво)', en: '◀ (left arrow)' },
    does: { uk: 'Назад, на попередній екран', en: 'Back to the previous screen' },
  },
  continue: {
    key: { uk: '▶ (стрілка вправо)', en: '▶ (right arrow)' },
    does: { uk: 'Продовжити, якщо на екрані є кнопка «Продовжити»', en: 'Continue, where the screen has a Continue button' },
  },
  help: {
    key: { uk: '? (допомога, F1)', en: '? (help, F1)' },
    does: { uk: 'Пояснити, що вибрано, і покликати працівника', en: 'Explain the chosen item and call a member of staff' },
  },
  volumeDown: {
    key: { uk: '−', en: '−' },
    does: { uk: 'Тихіше (голосовий супровід)', en: 'Quieter (voice guidance)' },
  },
  volumeUp: {
    key: { uk: '+', en: '+' },
    does: { uk: 'Гучніше (голосовий супровід)', en: 'Louder (voice guidance)' },
  },
  rateDown: {
    key: { uk: '« (кома)', en: '« (comma)' },
    does: { uk: 'Говорити повільніше', en: 'Speak more slowly' },
  },
  rateUp: {
    key: { uk: '» (крапка)', en: '» (full stop)' },
    does: { uk: 'Говорити швидше', en: 'Speak faster' },
  },
  voice: {
    key: { uk: 'V (голос, F2)', en: 'V (voice, F2)' },
    does: { uk: 'Увімкнути або вимкнути голосовий супровід', en: 'Turn voice guidance on or off' },
  },
  repeat: {
    key: { uk: 'R (повторити, F3)', en: 'R (repeat, F3)' },
    does: { uk: 'Повторити сказане', en: 'Say it again' },
  },
  blank: {
    key: { uk: 'B (екран, F4)', en: 'B (screen, F4)' },
    does: { uk: 'Вимкнути або увімкнути екран, щоб ніхто не бачив', en: 'Turn the screen off or on, so nobody can see it' },
  },
  spell: {
    key: { uk: 'S (по літерах, F5)', en: 'S (spell, F5)' },
    does: { uk: 'Прочитати введене по літерах', en: 'Spell out what was typed' },
  },
} satisfies Record<string, { key: Localized; does: Localized }>;
