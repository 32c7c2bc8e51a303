import { describe, expect, it } from 'vitest';
import { normaliseForSpeech as say, spell } from '../../kiosk-server/speech/normalise/normalise.ts';
import { cardinal, ordinalGenitive, plural } from '../../kiosk-server/speech/normalise/uk-numbers.ts';

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
    expect(say('en', '4500.50 ₴')).toBe('4500 hryvnias 50 kopiykas');
    expect(say('en', 'Your РНОКПП: 3652504575')).toBe('Your tax number: three six five two five zero four five seven five');
    expect(say('en', 'IDP certificate from the ЦНАП')).toBe('I D P certificate from the service centre');
    expect(spell('en', "O'Neil")).toBe('o, apostrophe, n, e, i, l');
  });
});
