// What the deciding body granted, as the central case system reports it with a `granted` status, and the words for it.
// Every part is optional: what the central system did not say, the decision letter sent to the person does.
import type { Language, Localized } from '../content/localized.ts';
import { DECISION_TEXT } from '../content/text/status.ts';
import { fillEach } from '../content/text/fill.ts';
import { formatDate } from '../content/validators/dates.ts';
import { formatHryvnias } from '../content/validators/money.ts';

/** `month`: paid every month of the period; `once`: a single payment. */
export const DECISION_FREQUENCIES = ['month', 'once'] as const;
export type DecisionFrequency = (typeof DECISION_FREQUENCIES)[number];

/**
 * A grant as far as the central system said. On the wire (both dialects), in the kiosk's store and in the views alike:
 * `{"amount": "3328.00", "frequency": "month", "from": "2026-01-01", "to": "2026-06-30"}`.
 */
export interface GrantDecision {
  /** The sum in hryvnias, kopiyky exact, as a decimal string with two places ("3328.00"), never a float. */
  amount?: string;
  /** How often the sum is paid. */
  frequency?: DecisionFrequency;
  /** The first day the aid is granted for (YYYY-MM-DD); for a one-off payment, the day it is paid from. */
  from?: string;
  /** The last day the aid is granted for (YYYY-MM-DD); absent when no end was given. Never with `once`. */
  to?: string;
}

/** Sentences in every language, joined. */
function joined(...entries: Localized[]): Localized {
  const result = {} as Localized;
  for (const lang of Object.keys(entries[0]!) as Language[]) result[lang] = entries.map((entry) => entry[lang]).join(' ');
  return result;
}

/** The dates' part of the sentence, by which of them are known. */
function periodKey(decision: GrantDecision): 'FromTo' | 'From' | 'To' | '' {
  if (decision.from && decision.to) return 'FromTo';
  if (decision.from) return 'From';
  if (decision.to) return 'To';
  return '';
}

/**
 * What a grant decided, in plain words: «Призначено 3 328 грн на місяць з 01.01.2026 по 30.06.2026.», or as much of it as
 * is known and that the decision letter has the rest («Розмір і строк допомоги зазначено в листі з рішенням.»).
 */
export function decisionWords(decision: GrantDecision | null): Localized {
  const d = decision ?? {};
  const values = {
    amount: d.amount ? { uk: formatHryvnias(d.amount, 'uk'), en: formatHryvnias(d.amount, 'en') } : '',
    from: d.from ? formatDate(d.from) : '',
    to: d.to ? formatDate(d.to) : '',
  };
  const period = periodKey(d);
  const say = (key: keyof typeof DECISION_TEXT) => fillEach(DECISION_TEXT[key], values);
  if (!d.amount) return period ? joined(say(`period${period}`), say('amountInLetter')) : say('inLetter');
  if (d.frequency === 'once') return say(d.from ? 'onceFrom' : 'once');
  if (d.frequency === 'month') return period ? say(`monthly${period}`) : joined(say('monthly'), say('periodInLetter'));
  // How often was not said: the sum, and the days apart, as they came.
  return period ? joined(say('amount'), say(`period${period}`)) : joined(say('amount'), say('periodInLetter'));
}
