// The voice guide's own words (the screens' words come from the page itself).
import type { Localized } from '../localized.ts';

export const VOICE_TEXT = {
  text: { uk: 'Текст', en: 'Text' },
  button: { uk: 'Кнопка', en: 'Button' },
  link: { uk: 'Посилання', en: 'Link' },
  option: { uk: 'Варіант відповіді', en: 'Answer option' },
  of: { uk: 'з', en: 'of' },
  chosen: { uk: 'Вибрано', en: 'Chosen' },
  notChosen: { uk: 'Не вибрано', en: 'Not chosen' },
  ticked: { uk: 'Позначено', en: 'Ticked' },
  notTicked: { uk: 'Не позначено', en: 'Not ticked' },
  tickBox: { uk: 'Позначка', en: 'Tick box' },
  textBox: { uk: 'Поле для введення', en: 'Text box' },
  empty: { uk: 'Порожньо', en: 'Empty' },
  entered: { uk: 'Введено', en: 'Entered' },
  hidden: {
    uk: 'Значення приховано, бо звук іде через динамік. Щоб почути його по літерах, натисніть S.',
    en: 'The value is hidden because the sound is on the speaker. To hear it letter by letter, press S.',
  },
  deleted: { uk: 'Видалено', en: 'Deleted' },
  character: { uk: 'Знак', en: 'Character' },
  errors: { uk: 'Помилки', en: 'Errors' },
  voiceOn: {
    uk: 'Голосовий супровід увімкнено. Стрілки вгору і вниз переходять між пунктами, зелена кнопка вибирає, стрілка вправо — продовжити, вліво — назад. R повторює, знак питання — допомога.',
    en: 'Voice guidance is on. The up and down arrows move between items, the green button chooses, right arrow continues, left arrow goes back. R repeats, the question mark is help.',
  },
  voiceOff: { uk: 'Голосовий супровід вимкнено.', en: 'Voice guidance is off.' },
  screenOff: { uk: 'Екран вимкнено. Натисніть B, щоб увімкнути.', en: 'The screen is off. Press B to turn it on.' },
  screenOn: { uk: 'Екран увімкнено.', en: 'The screen is on.' },
  yourNumber: { uk: 'Номер вашої заяви', en: 'Your application number' },
  again: { uk: 'Повторюю', en: 'Again' },
} satisfies Record<string, Localized>;
