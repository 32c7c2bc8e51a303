import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../content/schema.ts';
import { FIELD_VALIDATORS } from '../../content/validators/fields.ts';
import { moveInGrid } from '../../kiosk-ui/keyboard/key-grid.ts';
import { allKeys, keyboardFor, type KeyboardLayout } from '../../content/keyboard-layouts.ts';
import { deleteLast, typeAtEnd } from '../../kiosk-ui/keyboard/typing.ts';
import { rnokppFor } from '../support/answers.ts';
import { keysToType } from '../support/onscreen-keyboard.ts';

const characterIndex = (layout: KeyboardLayout, insert: string) => layout.characters.findIndex((k) => k.insert === insert);

describe('on-screen keyboard layouts', () => {
  it('has the 33 Ukrainian letters in alphabetical order, and the 26 English ones', () => {
    const uk = keyboardFor('name', 'uk')!
      .characters.map((k) => k.insert)
      .join('');
    expect(uk).toBe("АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ'-");
    expect(
      keyboardFor('name', 'en')!
        .characters.map((k) => k.insert)
        .join(''),
    ).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ'-");
  });

  it('gives every typed field type a keyboard and choices none', () => {
    for (const type of FIELD_TYPES) {
      const layout = keyboardFor(type, 'uk');
      if (type === 'choice' || type === 'consent') expect(layout, type).toBeUndefined();
      else
        expect(
          layout?.actions.some((k) => k.action === 'delete'),
          type,
        ).toBe(true);
    }
  });

  it('can type a valid answer for every field type with its own keyboard', () => {
    const samples: Partial<Record<(typeof FIELD_TYPES)[number], string>> = {
      name: "Мар'яна-Ольга",
      text: 'Лесі Українки 12/3',
      textarea: 'Потрібні ліки. Дякую.',
      rnokpp: rnokppFor('1958-03-27'),
      passport: 'КВ123456',
      passportBooklet: 'КВ123456',
      idCard: '001234567',
      phone: '+380671234567',
      email: 'olena.k@ukr.net',
      iban: 'UA903052992990004149123456789',
      postcode: '01001',
      money: '1500,50',
    };
    for (const [type, sample] of Object.entries(samples) as [(typeof FIELD_TYPES)[number], string][]) {
      const layout = keyboardFor(type, 'uk')!;
      const typed = keysToType(layout, sample).reduce((text, insert) => typeAtEnd(text, insert, layout.capitalisation), '');
      expect(typed.toLowerCase(), type).toBe(sample.toLowerCase());
      const checked = FIELD_VALIDATORS[type](typed, { id: 'x', type, label: { uk: 'x', en: 'x' } }, { today: '2026-11-22', answers: {} });
      expect(checked.ok, `${type}: ${typed}`).toBe(true);
    }
  });

  it('puts the digits of a pad in telephone order with the IBAN country code as one key', () => {
    expect(keyboardFor('rnokpp', 'uk')!.characters.map((k) => k.insert)).toEqual([...'1234567890']);
    expect(keyboardFor('iban', 'en')!.characters.map((k) => k.insert)).toEqual(['UA', ...'1234567890']);
    expect(keyboardFor('rnokpp', 'uk')!.columns).toBe(3);
  });

  it('names the signs, so the voice guide says "апостроф" and not a mark', () => {
    const layout = keyboardFor('text', 'uk')!;
    expect(layout.characters[characterIndex(layout, "'")]!.name).toEqual({ uk: 'Апостроф', en: 'Apostrophe' });
    expect(layout.characters[characterIndex(layout, '/')]!.name?.uk).toBe('Скісна риска');
  });
});

describe('typing with the on-screen keyboard', () => {
  it('starts each word of a name with a capital, also after a hyphen, never after an apostrophe', () => {
    const type = (keys: string) => [...keys].reduce((text, k) => typeAtEnd(text, k, 'words'), '');
    expect(type("МАР'ЯНА-ОЛЬГА")).toBe("Мар'яна-Ольга");
    expect(type('БІЛА ЦЕРКВА')).toBe('Біла Церква');
  });

  it('capitalises sentences in a paragraph, keeps codes in capitals and pads as they are', () => {
    expect([...'ЛІКИ. ТАК'].reduce((t, k) => typeAtEnd(t, k, 'sentences'), '')).toBe('Ліки. Так');
    expect(typeAtEnd('к', 'в', 'upper')).toBe('кВ');
    expect(typeAtEnd('', 'UA', 'none')).toBe('UA');
  });

  it('deletes the last letter only', () => {
    expect(deleteLast('Іван')).toBe('Іва');
    expect(deleteLast('')).toBe('');
    expect(deleteLast('a😀')).toBe('a');
  });
});

describe('moving through the keyboard with arrows', () => {
  const layout = keyboardFor('name', 'uk')!; // 35 letters and signs in 5 rows of 7, then 5 action keys
  const total = allKeys(layout).length;

  it('goes key by key with ◀ ▶ and stops at the ends', () => {
    expect(moveInGrid(layout, 0, 'left')).toBe(0);
    expect(moveInGrid(layout, 0, 'right')).toBe(1);
    expect(moveInGrid(layout, 6, 'right')).toBe(7);
    expect(moveInGrid(layout, total - 1, 'right')).toBe(total - 1);
  });

  it('goes row by row with ▲ ▼, onto the action row, and leaves the keyboard at the top and bottom', () => {
    expect(moveInGrid(layout, 3, 'up')).toBe('before');
    expect(moveInGrid(layout, 3, 'down')).toBe(10);
    expect(moveInGrid(layout, 30, 'down')).toBe(35 + 2);
    expect(moveInGrid(layout, 34, 'down')).toBe(35 + 4);
    expect(moveInGrid(layout, 35 + 1, 'up')).toBe(29);
    expect(moveInGrid(layout, 35, 'down')).toBe('after');
  });

  it('reaches every key from the first one', () => {
    const reached = new Set([0]);
    for (let round = 0; round < total; round++) {
      for (const at of [...reached])
        for (const move of ['left', 'right', 'up', 'down'] as const) {
          const next = moveInGrid(layout, at, move);
          if (typeof next === 'number') reached.add(next);
        }
    }
    expect(reached.size).toBe(total);
  });
});
