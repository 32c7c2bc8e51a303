// What a grant decided: the words the status screen, its voice and the staff console use, and the check of what the
// central system sends before it is believed (a decision not understood is dropped; the status stands).
import { describe, expect, it } from 'vitest';
import { formatHryvnias } from '../../content/validators/money.ts';
import { caseState, grantDecision } from '../../kiosk-server/forwarding/case-answer.ts';
import { decisionWords } from '../../protocol/decision.ts';

/** The no-break space that groups thousands. */
const _ = '\u00a0';

describe('sums in hryvnias as people read them', () => {
  it('groups thousands by a space, and shows kopiyky only when there are any, after a comma in Ukrainian', () => {
    expect(formatHryvnias('3328.00', 'uk')).toBe(`3${_}328`);
    expect(formatHryvnias('3328.50', 'uk')).toBe(`3${_}328,50`);
    expect(formatHryvnias('3328.50', 'en')).toBe(`3${_}328.50`);
    expect(formatHryvnias('1234567.05', 'uk')).toBe(`1${_}234${_}567,05`);
    expect(formatHryvnias('860', 'uk')).toBe('860');
    expect(formatHryvnias('4500.5', 'uk')).toBe(`4${_}500,50`);
  });
});

describe('the words for a decision', () => {
  it('a monthly sum with its period, as the issue asks for it, in both languages', () => {
    expect(decisionWords({ amount: '3328.00', frequency: 'month', from: '2026-01-01', to: '2026-06-30' })).toEqual({
      uk: `Призначено 3${_}328 грн на місяць з 01.01.2026 по 30.06.2026.`,
      en: `Granted: 3${_}328 UAH a month from 01.01.2026 to 30.06.2026.`,
    });
    expect(decisionWords({ amount: '3328.50', frequency: 'month', from: '2026-01-01' })).toEqual({
      uk: `Призначено 3${_}328,50 грн на місяць з 01.01.2026.`,
      en: `Granted: 3${_}328.50 UAH a month from 01.01.2026.`,
    });
  });

  it('a one-off payment, with the day it is paid from or without', () => {
    expect(decisionWords({ amount: '41280.00', frequency: 'once', from: '2026-03-21' })).toEqual({
      uk: `Призначено одноразово 41${_}280 грн, виплата з 21.03.2026.`,
      en: `Granted: a one-off payment of 41${_}280 UAH, paid from 21.03.2026.`,
    });
    expect(decisionWords({ amount: '1500.00', frequency: 'once' }).uk).toBe(`Призначено одноразово 1${_}500 грн.`);
  });

  it('says plainly that the decision letter has what the central system did not say', () => {
    expect(decisionWords(null)).toEqual({
      uk: 'Розмір і строк допомоги зазначено в листі з рішенням.',
      en: 'The amount and the period of the aid are given in the decision letter.',
    });
    expect(decisionWords({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      uk: 'Допомогу призначено з 01.01.2026 по 30.06.2026. Розмір допомоги зазначено в листі з рішенням.',
      en: 'The aid is granted from 01.01.2026 to 30.06.2026. The amount of the aid is given in the decision letter.',
    });
    expect(decisionWords({ amount: '2000.00', frequency: 'month' })).toEqual({
      uk: `Призначено 2${_}000 грн на місяць. Строк допомоги зазначено в листі з рішенням.`,
      en: `Granted: 2${_}000 UAH a month. The period of the aid is given in the decision letter.`,
    });
    // How often unknown: the sum and the days, each as it came, nothing guessed.
    expect(decisionWords({ amount: '2000.00', to: '2026-06-30' }).uk).toBe(`Призначено 2${_}000 грн. Допомогу призначено по 30.06.2026.`);
  });
});

describe('the decision the central system sends', () => {
  const granted = (decision: unknown) => ({ caseId: 'CASE-1', status: 'granted', reason: null, changedAt: '2026-01-10T09:00:00Z', decision });

  it('is taken with a grant, every part checked, the sum kept kopiyky exact', () => {
    expect(caseState(granted({ amount: '3328.00', frequency: 'month', from: '2026-01-01', to: '2026-06-30' }))).toEqual({
      caseId: 'CASE-1',
      status: 'granted',
      reason: null,
      changedAt: '2026-01-10T09:00:00.000Z',
      decision: { amount: '3328.00', frequency: 'month', from: '2026-01-01', to: '2026-06-30' },
    });
    // Parts may be missing or null; a whole sum gains its kopiyky; nothing at all is no decision.
    expect(grantDecision({ amount: '3328', frequency: null, from: '2026-01-01' })).toEqual({ decision: { amount: '3328.00', from: '2026-01-01' } });
    expect(grantDecision({})).toEqual({ decision: null });
    expect(grantDecision(null)).toEqual({ decision: null });
    expect(caseState({ caseId: 'CASE-1', status: 'granted', reason: null, changedAt: '2026-01-10T09:00:00Z' }).decision).toBeNull();
  });

  it('is not believed when any part is wrong: the status stands without it, and why is said', () => {
    const bad: [unknown, RegExp][] = [
      [{ amount: 3328.1, frequency: 'month' }, /amount/],
      [{ amount: '3 328,00' }, /amount/],
      [{ amount: '3328.123' }, /amount/],
      [{ amount: '0.00' }, /amount/],
      [{ amount: '-5.00' }, /amount/],
      [{ amount: '3328.00', frequency: 'weekly' }, /frequency/],
      [{ amount: '3328.00', from: '2026-02-30' }, /from/],
      [{ amount: '3328.00', from: '01.01.2026' }, /from/],
      [{ amount: '3328.00', from: '2026-06-30', to: '2026-01-01' }, /to: the period ends before it starts/],
      [{ amount: '41280.00', frequency: 'once', to: '2026-06-30' }, /to: a one-off payment/],
      ['3328 грн на місяць', /decision/],
      [[1, 2], /decision/],
    ];
    for (const [decision, why] of bad) {
      const state = caseState(granted(decision));
      expect(state, JSON.stringify(decision)).toMatchObject({ status: 'granted', decision: null });
      expect(state.decisionIgnored, JSON.stringify(decision)).toMatch(why);
    }
  });

  it('means nothing with any status but a grant', () => {
    const refused = caseState({ caseId: 'CASE-2', status: 'refused', reason: 'not_eligible', changedAt: '2026-01-10T09:00:00Z', decision: { amount: '1.00' } });
    expect(refused).toMatchObject({ status: 'refused', reason: 'not_eligible', decision: null });
    expect(refused.decisionIgnored).toBeUndefined();
  });
});
