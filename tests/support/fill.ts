import type { Page } from 'playwright-core';
import type { Catalogue } from '../../content/catalogue.ts';
import { composeFlow } from '../../content/flow.ts';
import type { StepDefinition } from '../../content/schema.ts';
import { sampleValues } from './answers.ts';

import type { Language } from '../../content/localized.ts';
import { UI_TEXT } from '../../kiosk-ui/i18n.ts';

const words = (lang: Language) => ({
  optional: ` ${UI_TEXT.optional[lang]}`,
  day: UI_TEXT.day[lang],
  month: UI_TEXT.month[lang],
  year: UI_TEXT.year[lang],
  continue: UI_TEXT.continue[lang],
});

/** The step on screen, found as a person would: by the page heading. */
export async function stepOnScreen(page: Page, catalogue: Catalogue, serviceIds: string[], lang: Language = 'uk'): Promise<StepDefinition | undefined> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\s+/g, ' ').trim();
  const flow = composeFlow(catalogue, serviceIds);
  for (const { step } of flow.steps.values()) {
    const text = step.title?.[lang] ?? step.fields[0]!.label[lang];
    if (text === heading || (step.repeat && step.repeat.addLabel[lang] === heading)) return step;
  }
  return undefined;
}

/**
 * Fills the form on screen with valid sample answers, finding every control by role and accessible name, then taps
 * Continue. `known` carries dates typed earlier so a РНОКПП can match its date of birth.
 */
export async function fillForm(
  page: Page,
  step: StepDefinition,
  known: Record<string, string>,
  choices: Record<string, string> = {},
  lang: Language = 'uk',
): Promise<void> {
  const w = words(lang);
  const values = sampleValues(step, known, choices);
  const single = step.fields.length === 1 && !step.title && !step.repeat;
  for (const field of step.fields) {
    const value = values[field.id]!;
    const label = field.label[lang] + (field.optional && !field.label[lang].includes('(') ? w.optional : '');
    if (field.type === 'date' && typeof value === 'object') {
      const group = page.getByRole('group', { name: single ? field.label[lang] : label, exact: true });
      await group.getByRole('textbox', { name: w.day }).fill(value.day);
      await group.getByRole('textbox', { name: w.month }).fill(value.month);
      await group.getByRole('textbox', { name: w.year }).fill(value.year);
      known[field.id] = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
    } else if (field.type === 'choice') {
      const option = field.options!.find((o) => o.value === value)!;
      await page.getByRole('radio', { name: option.label[lang], exact: true }).tap();
    } else if (field.type === 'consent') {
      await page.getByRole('checkbox', { name: field.label[lang], exact: true }).tap();
    } else if (typeof value === 'string' && value !== '') {
      await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    }
  }
  await page.getByRole('button', { name: w.continue, exact: true }).tap();
}
