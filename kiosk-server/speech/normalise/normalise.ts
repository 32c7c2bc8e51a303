// Text as the voice should say it, per language: № → "номер", dates and times in words, sums in hryvnias and kopiykas,
// abbreviations spelled the way people say them, application and phone numbers in digit groups, РНОКПП and IBAN digit by
// digit. Parts of an utterance can ask for a reading explicitly (a value of a known kind, or "spell it").
import type { Language } from '../../../content/localized.ts';
import { cardinal, dayOrdinalAccusative, digitWord, MONTHS_GENITIVE, ordinalGenitive, plural } from './uk-numbers.ts';

import type { SpeechPart } from '../../../protocol/speech.ts';

export type { SpeechPart, SpeechReading } from '../../../protocol/speech.ts';

const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const digit = (lang: Language, d: string) => (lang === 'uk' ? digitWord(d) : EN_DIGITS[Number(d)]!);

/** Every character of a run of digits and letters, one by one. */
function oneByOne(lang: Language, text: string): string {
  return [...text.replace(/\s+/g, '')].map((c) => (/\d/.test(c) ? digit(lang, c) : c)).join(' ');
}

/** Groups separated by a short pause, each said one by one. */
const groups = (lang: Language, parts: string[]) => parts.map((p) => oneByOne(lang, p)).join(', ');

/** A number in a group said as a number, keeping leading zeros ("067" → "нуль шістдесят сім"). */
function groupAsNumber(lang: Language, group: string): string {
  const zeros = /^0+/.exec(group)?.[0] ?? '';
  const rest = group.slice(zeros.length);
  const words = [...zeros].map((z) => digit(lang, z));
  if (rest) words.push(lang === 'uk' ? cardinal(Number(rest)) : rest);
  return words.join(' ');
}

/** A whole word, in any alphabet (`\b` only knows Latin letters). */
const word = (w: string) => new RegExp(`(?<![\\p{L}\\d])${w.replace('.', '\\.')}(?![\\p{L}\\d])`, 'gu');

const ABBREVIATIONS: Record<Language, [RegExp, string][]> = {
  uk: [
    [/№/g, ' номер '],
    [word('РНОКПП'), 'ер ен о ка пе пе'],
    [word('ВПО'), 'ве пе о'],
    [word('ЦНАП'), 'цнап'],
    [word('ID'), 'ай ді'],
    [word('IBAN'), 'айбан'],
    [word('QR'), 'кʼю ар'],
    [word('вул.'), 'вулиця'],
    [word('обл.'), 'область'],
    [word('кв.'), 'квартира'],
    [/(?<![\p{L}])р\.\s*н(?![\p{L}])/gu, 'район'],
    [word('тел.'), 'телефон'],
  ],
  en: [
    [/№/g, ' number '],
    [word('РНОКПП'), 'tax number'],
    [word('ВПО'), 'I D P'],
    [word('IDP'), 'I D P'],
    [word('ЦНАП'), 'service centre'],
    [word('ID'), 'I D'],
    [word('QR'), 'Q R'],
  ],
};

/** A date in words; in Ukrainian the day in the genitive ("з першого січня"), or after "по" in the accusative ("по
 * тридцяте червня"), the year always in the genitive. */
function sayDate(lang: Language, day: number, month: number, year: number, dayCase: 'genitive' | 'accusative' = 'genitive'): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (lang === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${dayCase === 'accusative' ? dayOrdinalAccusative(day) : ordinalGenitive(day)} ${MONTHS_GENITIVE[month - 1]} ${ordinalGenitive(year)} року`;
}

/** English sums are grouped by commas ("41,280"), so they are read as a number and never digit by digit. */
const enGrouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

function sayTime(lang: Language, hours: number, minutes: number): string | undefined {
  if (hours > 23 || minutes > 59) return undefined;
  if (lang === 'en') return `${hours}:${String(minutes).padStart(2, '0')}`;
  const h = `${cardinal(hours, 'feminine')} ${plural(hours, 'година', 'години', 'годин')}`;
  return minutes ? `${h} ${cardinal(minutes, 'feminine')} ${plural(minutes, 'хвилина', 'хвилини', 'хвилин')}` : h;
}

function sayMoney(lang: Language, whole: string, fraction: string | undefined): string {
  const hryvnias = Number(whole.replace(/\s/g, ''));
  const kopiykas = fraction ? Number(fraction.padEnd(2, '0')) : 0;
  if (lang === 'en')
    return `${enGrouped(hryvnias)} ${hryvnias === 1 ? 'hryvnia' : 'hryvnias'}${kopiykas ? ` ${kopiykas} ${kopiykas === 1 ? 'kopiyka' : 'kopiykas'}` : ''}`;
  const main = `${cardinal(hryvnias, 'feminine')} ${plural(hryvnias, 'гривня', 'гривні', 'гривень')}`;
  return kopiykas ? `${main} ${cardinal(kopiykas, 'feminine')} ${plural(kopiykas, 'копійка', 'копійки', 'копійок')}` : main;
}

/** A sum with its currency: thousands grouped by a space or not, kopiyky after a comma or a point. */
const SUM = String.raw`(\d{1,3}(?:[\s\u00a0]\d{3})+|\d+)(?:[,.](\d{1,2}))?\s*(?:грн\.?|₴|гривень|гривні|гривня|UAH|hryvnias?)(?![\p{L}])`;

/** A sum said as the object of a verb ("призначено одну тисячу"): only "одна", "тисяча" and the singular nouns change. */
const ACCUSATIVE: Record<string, string> = { одна: 'одну', тисяча: 'тисячу', гривня: 'гривню', копійка: 'копійку' };
const accusative = (said: string): string => said.replace(/[\p{L}ʼ]+/gu, (w) => ACCUSATIVE[w] ?? w);

/** Running text: the patterns a kiosk screen shows, then abbreviations. */
function normaliseText(lang: Language, input: string): string {
  let text = input;
  // Application numbers: K01-2026-000123 → "K нуль один, два нуль два шість, нуль нуль нуль один два три".
  text = text.replace(/\b([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{6})\b/g, (_, kiosk: string, year: string, seq: string) => ` ${groups(lang, [kiosk, year, seq])} `);
  // IBAN: UA and 27 digits, one by one in groups of four as it is printed.
  text = text.replace(/\bUA\d{2}(?:\s?\d){25}\b/g, (iban) => {
    const compact = iban.replace(/\s/g, '');
    return ` ${groups(lang, compact.match(/.{1,4}/g)!)} `;
  });
  // Phone numbers: +380 67 123 45 67 / 067 123 45 67 → "нуль шістдесят сім, сто двадцять три, сорок пʼять, шістдесят сім".
  text = text.replace(
    /(?:\+?38\s?)?\(?0(\d{2})\)?[\s-]?(\d{3})[\s-]?(\d{2})[\s-]?(\d{2})\b/g,
    (_, op: string, a: string, b: string, c: string) => ` ${[`0${op}`, a, b, c].map((g) => groupAsNumber(lang, g)).join(', ')} `,
  );
  // Dates: 05.03.1958 and 1958-03-05; the last day of a period ("по 30.06.2026") is said as Ukrainian says it after "по".
  if (lang === 'uk') {
    text = text.replace(/(?<![\p{L}])([Пп]о)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b/gu, (all, po: string, d: string, m: string, y: string) => {
      const said = sayDate(lang, Number(d), Number(m), Number(y), 'accusative');
      return said ? `${po} ${said}` : all;
    });
  }
  text = text.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (all, d: string, m: string, y: string) => sayDate(lang, Number(d), Number(m), Number(y)) ?? all);
  text = text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all, y: string, m: string, d: string) => sayDate(lang, Number(d), Number(m), Number(y)) ?? all);
  // Times: 14:30.
  text = text.replace(/\b(\d{1,2}):(\d{2})\b/g, (all, h: string, m: string) => sayTime(lang, Number(h), Number(m)) ?? all);
  // Sums: 4 500,50 грн / 4500.50 ₴ / 120 гривень; what was granted («Призначено 1 000 грн») in the accusative.
  if (lang === 'uk') {
    text = text.replace(
      new RegExp(`(?<![\\p{L}])([Пп]ризначено(?:\\s+одноразово)?)\\s+${SUM}`, 'gu'),
      (_, granted: string, whole: string, fraction?: string) => `${granted} ${accusative(sayMoney(lang, whole, fraction))}`,
    );
  }
  text = text.replace(new RegExp(SUM, 'gu'), (_, whole: string, fraction?: string) => sayMoney(lang, whole, fraction));
  // Long digit runs (РНОКПП, postcodes, document numbers) digit by digit.
  text = text.replace(/\b\d{5,}\b/g, (run) => ` ${oneByOne(lang, run)} `);
  for (const [pattern, spoken] of ABBREVIATIONS[lang]) text = text.replace(pattern, spoken);
  // Quotes and dashes are for the eye; a dash is a pause.
  text = text.replace(/[«»“”„"]/g, '').replace(/\s[—–-]\s/g, ', ');
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?:;])/g, '$1')
    .trim();
}

const SPELL_NAMES: Record<Language, Record<string, string>> = {
  uk: {
    ' ': 'пробіл',
    '-': 'дефіс',
    ʼ: 'апостроф',
    "'": 'апостроф',
    '’': 'апостроф',
    '.': 'крапка',
    ',': 'кома',
    '@': 'собачка',
    '/': 'скісна риска',
    _: 'підкреслення',
    '+': 'плюс',
  },
  en: {
    ' ': 'space',
    '-': 'hyphen',
    ʼ: 'apostrophe',
    "'": 'apostrophe',
    '’': 'apostrophe',
    '.': 'dot',
    ',': 'comma',
    '@': 'at',
    '/': 'slash',
    _: 'underscore',
    '+': 'plus',
  },
};

/** Letter by letter, with the names of spaces and signs ("К, о, в, а, л, е, н, к, о"). */
export function spell(lang: Language, text: string): string {
  return [...text].map((c) => SPELL_NAMES[lang][c] ?? (/\d/.test(c) ? digit(lang, c) : c.toLowerCase())).join(', ');
}

export function normaliseForSpeech(lang: Language, parts: string | SpeechPart[]): string {
  const list = typeof parts === 'string' ? [{ text: parts }] : parts;
  return list
    .map((part) => {
      switch (part.reading) {
        case 'digits':
          return oneByOne(lang, part.text);
        case 'spell':
          return spell(lang, part.text);
        default:
          return normaliseText(lang, part.text);
      }
    })
    .filter(Boolean)
    .join(' ');
}
