import type { Page } from 'playwright-core';
import type { Catalogue } from '../../content/catalogue.ts';
import { composeFlow } from '../../content/flow.ts';
import type { StepDefinition } from '../../content/schema.ts';
import { sampleValues } from './answers.ts';

const OPTIONAL = ' (необовʼязково)';

/** The step on screen, found as a person would: by the page heading. */
export async function stepOnScreen(page: Page, catalogue: Catalogue, serviceIds: string[]): Promise<StepDefinition | undefined> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\s+/g, ' ').trim();
  const flow = composeFlow(catalogue, serviceIds);
  for (const { step } of flow.steps.values()) {
    const text = step.title?.uk ?? step.fields[0]!.label.uk;
    if (text === heading || (step.repeat && step.repeat.addLabel.uk === heading)) return step;
  }
  return undefined;
}

/**
 * Fills the form on screen with valid sample answers, finding every control by role and accessible name, then taps
 * Continue. `known` carries dates typed earlier so a РНОКПП can match its date of birth.
 */
export async function fillForm(page: Page, step: StepDefinition, known: Record<string, string>, choices: Record<string, string> = {}): Promise<void> {
  const values = sampleValues(step, known, choices);
  const single = step.fields.length === 1 && !step.title && !step.repeat;
  for (const field of step.fields) {
    const value = values[field.id]!;
    const label = field.label.uk + (field.optional && !field.label.uk.includes('(') ? OPTIONAL : '');
    if (field.type === 'date' && typeof value === 'object') {
      const group = page.getByRole('group', { name: single ? field.label.uk : label, exact: true });
      await group.getByRole('textbox', { name: 'День' }).fill(value.day);
      await group.getByRole('textbox', { name: 'Місяць' }).fill(value.month);
      await group.getByRole('textbox', { name: 'Рік' }).fill(value.year);
      known[field.id] = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
    } else if (field.type === 'choice') {
      const option = field.options!.find((o) => o.value === value)!;
      await page.getByRole('radio', { name: option.label.uk, exact: true }).tap();
    } else if (field.type === 'consent') {
      await page.getByRole('checkbox', { name: field.label.uk, exact: true }).tap();
    } else if (typeof value === 'string' && value !== '') {
      await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    }
  }
  await page.getByRole('button', { name: 'Продовжити' }).tap();
}
