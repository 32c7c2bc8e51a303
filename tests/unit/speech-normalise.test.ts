import { describe, expect, it } from 'vitest';
import { normaliseForSpeech as say, spell } from '../../kiosk-server/speech/normalise/normalise.ts';
import { cardinal, dayOrdinalAccusative, ordinalGenitive, plural } from '../../kiosk-server/speech/normalise/uk-numbers.ts';

describe('Ukrainian numbers in words', () => {
  it('cardinals, with the feminine for one and two', () => {
    expect(cardinal(0)).toBe('нуль');
    expect(cardinal(21)).toBe('двадцять один');
    expect(cardinal(21, 'feminine')).toBe('двадцять одна');
    expect(cardinal(1958)).toBe('тисяча девʼятсот пʼятдесят вісім');
    expect(cardinal(2026)).toBe('дві тисячі двадцять шість');
    expect(cardinal(45_312)).toBe('сорок пʼять тисяч триста дванадцять');
    expect(cardinal(1_002_000)).toBe('один мільйон дві тисячі');
  });

  it('genitive ordinals for dates', () => {
    expect(ordinalGenitive(5)).toBe('пʼятого');
    expect(ordinalGenitive(23)).toBe('двадцять третього');
    expect(ordinalGenitive(1958)).toBe('тисяча девʼятсот пʼятдесят восьмого');
    expect(ordinalGenitive(2000)).toBe('двохтисячного');
    expect(ordinalGenitive(1900)).toBe('тисяча девʼятисотого');
    expect(ordinalGenitive(2012)).toBe('дві тисячі дванадцятого');
    expect(ordinalGenitive(2030)).toBe('дві тисячі тридцятого');
  });

  it('the day after «по» in the accusative, as the end of a period is said', () => {
    expect([1, 3, 10, 11, 20, 21, 30, 31].map(dayOrdinalAccusative)).toEqual([
      'перше',
      'третє',
      'десяте',
      'одинадцяте',
      'двадцяте',
      'двадцять перше',
      'тридцяте',
      'тридцять перше',
    ]);
    expect(() => dayOrdinalAccusative(32)).toThrow();
  });

  it('plural forms', () => {
    expect([1, 2, 5, 11, 14, 21, 22, 25, 111].map((n) => plural(n, 'гривня', 'гривні', 'гривень'))).toEqual([
      'гривня',
      'гривні',
      'гривень',
      'гривень',
      'гривень',
      'гривня',
      'гривні',
      'гривень',
      'гривень',
    ]);
  });
});

describe('speech normalisation in Ukrainian', () => {
  it('№ and application numbers in digit groups', () => {
    expect(say('uk', 'Заява № K01-2026-000123')).toBe('Заява номер K нуль один, два нуль два шість, нуль нуль нуль один два три');
  });

  it('dates in words, in the genitive', () => {
    expect(say('uk', 'Дата народження: 05.03.1958')).toBe('Дата народження: пʼятого березня тисяча девʼятсот пʼятдесят восьмого року');
    expect(say('uk', '2012-09-05')).toBe('пʼятого вересня дві тисячі дванадцятого року');
    expect(say('uk', '31.13.2020')).toBe('31.13.2020'); // not a date: left as written
  });

  it('times and sums', () => {
    expect(say('uk', 'о 9:05')).toBe('о девʼять годин пʼять хвилин');
    expect(say('uk', 'о 14:00')).toBe('о чотирнадцять годин');
    expect(say('uk', '4 500,50 грн')).toBe('чотири тисячі пʼятсот гривень пʼятдесят копійок');
    expect(say('uk', '1 грн')).toBe('одна гривня');
    expect(say('uk', '22,01 ₴')).toBe('двадцять дві гривні одна копійка');
  });

  it('what was granted: the sum as the object of «призначено», the period from one day to another', () => {
    // The status screen's words, with the no-break space that groups thousands.
    expect(say('uk', 'Призначено 3\u00a0328 грн на місяць з 01.01.2026 по 30.06.2026.')).toBe(
      'Призначено три тисячі триста двадцять вісім гривень на місяць з першого січня дві тисячі двадцять шостого року по тридцяте червня дві тисячі двадцять шостого року.',
    );
    expect(say('uk', 'Призначено 1\u00a0000 грн на місяць по 21.06.2026.')).toBe(
      'Призначено тисячу гривень на місяць по двадцять перше червня дві тисячі двадцять шостого року.',
    );
    expect(say('uk', 'Призначено одноразово 41\u00a0281,01 грн, виплата з 21.03.2026.')).toBe(
      'Призначено одноразово сорок одну тисячу двісті вісімдесят одну гривню одну копійку, виплата з двадцять першого березня дві тисячі двадцять шостого року.',
    );
    // Elsewhere a sum stays in the nominative, and a day that is not one stays as written.
    expect(say('uk', 'Сума: 21 грн')).toBe('Сума: двадцять одна гривня');
    expect(say('uk', 'по 31.13.2020')).toBe('по 31.13.2020');
  });

  it('РНОКПП and IBAN digit by digit, phones in groups', () => {
    expect(say('uk', 'РНОКПП 3652504575')).toBe('ер ен о ка пе пе три шість пʼять два пʼять нуль чотири пʼять сім пʼять');
    expect(say('uk', 'UA213223130000026007233566001')).toBe(
      'U A два один, три два два три, один три нуль нуль, нуль нуль нуль два, шість нуль нуль сім, два три три пʼять, шість шість нуль нуль, один',
    );
    expect(say('uk', '+380671234567')).toBe('нуль шістдесят сім, сто двадцять три, сорок пʼять, шістдесят сім');
    expect(say('uk', '067 123 45 67')).toBe('нуль шістдесят сім, сто двадцять три, сорок пʼять, шістдесят сім');
  });

  it('abbreviations as people say them, dashes as pauses, quotes dropped', () => {
    expect(say('uk', 'Довідка ВПО у ЦНАП — «ID-картка»')).toBe('Довідка ве пе о у цнап, ай ді-картка');
    expect(say('uk', 'вул. Шевченка, кв. 5')).toBe('вулиця Шевченка, квартира 5');
  });

  it('parts can be read digit by digit or spelled', () => {
    expect(say('uk', [{ text: 'Ваш індекс' }, { text: '01001', reading: 'digits' }])).toBe('Ваш індекс нуль один нуль нуль один');
    expect(spell('uk', 'Мʼяч-Ко')).toBe('м, апостроф, я, ч, дефіс, к, о');
  });
});

describe('speech normalisation in English', () => {
  it('№, application numbers, dates, sums, phones and the tax number', () => {
    expect(say('en', 'Application № K01-2026-000123')).toBe('Application number K zero one, two zero two six, zero zero zero one two three');
    expect(say('en', 'Born 05.03.1958')).toBe('Born 5 March 1958');
    expect(say('en', '4500.50 ₴')).toBe('4,500 hryvnias 50 kopiykas');
    // Grouped, so a sum of five digits or more is read as a number, not digit by digit.
    expect(say('en', 'Granted: 41\u00a0280.50 UAH a month from 01.01.2026 to 30.06.2026.')).toBe(
      'Granted: 41,280 hryvnias 50 kopiykas a month from 1 January 2026 to 30 June 2026.',
    );
    expect(say('en', 'Your РНОКПП: 3652504575')).toBe('Your tax number: three six five two five zero four five seven five');
    expect(say('en', 'IDP certificate from the ЦНАП')).toBe('I D P certificate from the service centre');
    expect(spell('en', "O'Neil")).toBe('o, apostrophe, n, e, i, l');
  });
});
