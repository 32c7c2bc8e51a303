// Ukrainian numbers in words: cardinals (with gender for 1 and 2), genitive ordinals for dates ("пʼятого березня
// тисяча девʼятсот пʼятдесят восьмого року") and plural forms. Written out so the voice says them correctly instead of
// leaving case endings to the speech engine.

const UNITS = ['нуль', 'один', 'два', 'три', 'чотири', 'пʼять', 'шість', 'сім', 'вісім', 'девʼять'];
const UNITS_FEMININE = ['нуль', 'одна', 'дві', ...UNITS.slice(3)];
const TEENS = ['десять', 'одинадцять', 'дванадцять', 'тринадцять', 'чотирнадцять', 'пʼятнадцять', 'шістнадцять', 'сімнадцять', 'вісімнадцять', 'девʼятнадцять'];
const TENS = ['', '', 'двадцять', 'тридцять', 'сорок', 'пʼятдесят', 'шістдесят', 'сімдесят', 'вісімдесят', 'девʼяносто'];
const HUNDREDS = ['', 'сто', 'двісті', 'триста', 'чотириста', 'пʼятсот', 'шістсот', 'сімсот', 'вісімсот', 'девʼятсот'];

const ORD_UNITS = ['', 'першого', 'другого', 'третього', 'четвертого', 'пʼятого', 'шостого', 'сьомого', 'восьмого', 'девʼятого'];
const ORD_TEENS = [
  'десятого',
  'одинадцятого',
  'дванадцятого',
  'тринадцятого',
  'чотирнадцятого',
  'пʼятнадцятого',
  'шістнадцятого',
  'сімнадцятого',
  'вісімнадцятого',
  'девʼятнадцятого',
];
const ORD_TENS = ['', '', 'двадцятого', 'тридцятого', 'сорокового', 'пʼятдесятого', 'шістдесятого', 'сімдесятого', 'вісімдесятого', 'девʼяностого'];
const ORD_HUNDREDS = ['', 'сотого', 'двохсотого', 'трьохсотого', 'чотирьохсотого', 'пʼятисотого', 'шестисотого', 'семисотого', 'восьмисотого', 'девʼятисотого'];
const ORD_THOUSANDS = ['', 'тисячного', 'двохтисячного', 'трьохтисячного'];

export const MONTHS_GENITIVE = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'];

export type Gender = 'masculine' | 'feminine';

/** 1 гривня, 2–4 гривні, 5+ гривень (11–14 take the many form). */
export function plural(n: number, one: string, few: string, many: string): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

function below1000(n: number, gender: Gender): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds) words.push(HUNDREDS[hundreds]!);
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!);
  else {
    if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]!);
    const unit = rest % 10;
    if (unit) words.push((gender === 'feminine' ? UNITS_FEMININE : UNITS)[unit]!);
  }
  return words;
}

/** A whole number 0 … 999 999 999 in words. */
export function cardinal(n: number, gender: Gender = 'masculine'): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new Error(`cannot say ${n}`);
  if (n === 0) return UNITS[0]!;
  const words: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  if (millions) words.push(...below1000(millions, 'masculine'), plural(millions, 'мільйон', 'мільйони', 'мільйонів'));
  if (thousands) {
    // "тисяча", not "одна тисяча", at the start of a number: as people say years and sums.
    if (thousands !== 1 || millions) words.push(...below1000(thousands, 'feminine'));
    words.push(plural(thousands, 'тисяча', 'тисячі', 'тисяч'));
  }
  if (rest) words.push(...below1000(rest, gender));
  return words.join(' ');
}

/** The genitive masculine ordinal ("пʼятого", "дві тисячі двадцять шостого"): for days and years in dates. */
export function ordinalGenitive(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new Error(`cannot say the ordinal of ${n}`);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  if (!hundreds && !rest) return ORD_THOUSANDS[thousands]!;
  const prefix = thousands ? [cardinal(thousands * 1000)] : [];
  if (!rest) return [...prefix, ORD_HUNDREDS[hundreds]!].join(' ');
  if (hundreds) prefix.push(HUNDREDS[hundreds]!);
  if (rest < 10) return [...prefix, ORD_UNITS[rest]!].join(' ');
  if (rest < 20) return [...prefix, ORD_TEENS[rest - 10]!].join(' ');
  const unit = rest % 10;
  return unit ? [...prefix, TENS[Math.floor(rest / 10)]!, ORD_UNITS[unit]!].join(' ') : [...prefix, ORD_TENS[Math.floor(rest / 10)]!].join(' ');
}

/** Neuter ordinals, nominative and accusative alike: "по тридцяте червня" (the last day of a period, "по" + accusative). */
const NEUTER_UNITS = ['', 'перше', 'друге', 'третє', 'четверте', 'пʼяте', 'шосте', 'сьоме', 'восьме', 'девʼяте'];
const NEUTER_TEENS = [
  'десяте',
  'одинадцяте',
  'дванадцяте',
  'тринадцяте',
  'чотирнадцяте',
  'пʼятнадцяте',
  'шістнадцяте',
  'сімнадцяте',
  'вісімнадцяте',
  'девʼятнадцяте',
];
const NEUTER_TENS = ['', '', 'двадцяте', 'тридцяте'];

/** The day of a month as "по" takes it: 1 → "перше", 21 → "двадцять перше", 30 → "тридцяте" (1–31). */
export function dayOrdinalAccusative(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error(`${day} is not a day of a month`);
  if (day < 10) return NEUTER_UNITS[day]!;
  if (day < 20) return NEUTER_TEENS[day - 10]!;
  const unit = day % 10;
  return unit ? `${TENS[Math.floor(day / 10)]!} ${NEUTER_UNITS[unit]!}` : NEUTER_TENS[day / 10]!;
}

export const digitWord = (digit: string): string => UNITS[Number(digit)]!;
