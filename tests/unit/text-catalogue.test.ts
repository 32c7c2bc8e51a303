// The text catalogue: every entry in every kiosk language, and the server speaks ahead exactly the kiosk's own words.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../content/catalogue.ts';
import { LANGUAGES } from '../../content/localized.ts';
import { TEXT } from '../../content/text/catalogue.ts';
import { countEntries, textProblems } from '../../content/text/check-text.ts';
import { fill, fillEach } from '../../content/text/fill.ts';
import { keyPrompts, kioskPrompts, promptsOf } from '../../kiosk-server/speech/prompts.ts';
import { UI_TEXT } from '../../kiosk-ui/i18n.ts';
import { ACTION_LABELS, KEYBOARD_TEXT } from '../../kiosk-ui/keyboard/keyboard-text.ts';
import { STATUS_TEXT } from '../../kiosk-ui/screens/status-text.ts';
import { VOICE_TEXT } from '../../content/text/voice.ts';
import { DECISION_TEXT } from '../../content/text/status.ts';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { REFUSAL_REASONS } from '../../protocol/application-status.ts';

/** A copy of the catalogue that a test may break. */
interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a deliberately broken copy has no type
}
const broken = (): Json => structuredClone(TEXT) as Json;

describe('the text catalogue', () => {
  it('has every entry in every kiosk language, none empty', () => {
    expect(textProblems(TEXT)).toEqual([]);
    expect(countEntries(TEXT)).toBeGreaterThan(200);
  });

  it('fails on a missing language, naming the key', () => {
    const text = broken();
    delete text.kiosk.welcomeHeading.en;
    expect(textProblems(text)).toEqual(['TEXT.kiosk.welcomeHeading: the "en" text is missing']);
  });

  it('fails on an empty text, a language it does not know, and a word that is not an entry', () => {
    const text = broken();
    text.voice.again.uk = '  ';
    text.status.statuses.granted.title.de = 'Gewährt';
    text.receipt.kiosk = 'Кіоск';
    expect(textProblems(text)).toEqual([
      'TEXT.voice.again: the "uk" text is empty',
      'TEXT.status.statuses.granted.title: "de" is not a kiosk language',
      'TEXT.receipt.kiosk: not a {uk, en} entry nor a section of them',
    ]);
  });

  it("fails when a template's placeholders differ between languages", () => {
    const text = broken();
    text.kiosk.secondsLeft.en = '{secs} s left';
    expect(textProblems(text)).toEqual(["TEXT.kiosk.secondsLeft: the languages' {placeholders} differ"]);
  });

  it('fills a template by name', () => {
    expect(fill(TEXT.kiosk.secondsLeft.uk, { seconds: 30 })).toBe('Залишилося 30 с');
    expect(fill(TEXT.kiosk.secondsLeft.en, { seconds: 30 })).toBe('30 s left');
  });

  it('fills every language of an entry, a value given per language in its own language', () => {
    expect(fillEach(TEXT.validation.field.groupMin, { min: 1, item: { uk: 'дитина', en: 'child' } })).toEqual({
      uk: 'Додайте щонайменше 1: дитина',
      en: 'Add at least 1: child',
    });
  });
});

describe('speech rendered ahead', () => {
  const noContent = { services: [], modules: [], categories: [] } as unknown as Catalogue;
  const sorted = (prompts: { lang: string; text: string }[]) => prompts.map((p) => `${p.lang} ${p.text}`).sort();

  it("is the kiosk's own words as the UI shows them (the tables the server once imported from kiosk-ui), and the keys", () => {
    const fromUiTables = promptsOf(
      noContent,
      UI_TEXT,
      VOICE_TEXT,
      KEYBOARD_TEXT,
      ACTION_LABELS,
      STATUS_TEXT,
      DECISION_TEXT,
      REFUSAL_REASONS,
      ERROR_MESSAGES,
      TEXT.validation,
      TEXT.fieldHelp,
    );
    const own = kioskPrompts(noContent);
    expect(sorted(own)).toEqual(sorted([...fromUiTables, ...keyPrompts()]));
    for (const lang of LANGUAGES) expect(own.some((p) => p.lang === lang && p.text === TEXT.kiosk.welcomeHeading[lang])).toBe(true);
  });

  it("includes what the checks of an answer say and each field type's help, so an error is heard from the cache", () => {
    const own = kioskPrompts(noContent);
    expect(own.some((p) => p.lang === 'uk' && p.text === 'Введіть РНОКПП з 10 цифр')).toBe(true);
    expect(own.some((p) => p.lang === 'en' && p.text === TEXT.fieldHelp.iban.en)).toBe(true);
  });

  it('leaves out templates, which are spoken once filled', () => {
    expect(kioskPrompts(noContent).some((p) => p.text.includes('{'))).toBe(false);
  });

  it('includes that the decision letter has the sum of a grant, not the sentences a sum is filled into', () => {
    const own = kioskPrompts(noContent);
    for (const lang of LANGUAGES) expect(own.some((p) => p.lang === lang && p.text === TEXT.status.decision.inLetter[lang])).toBe(true);
    expect(own.some((p) => p.text.startsWith('Призначено'))).toBe(false);
  });
});
