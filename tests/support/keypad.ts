// Driving the kiosk with the tactile keypad's keys only (a USB keypad is a keyboard): up/down to move, Enter to choose,
// right to continue. Every move is checked for a visible focus ring.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from '../../content/localized.ts';
import type { StepDefinition } from '../../content/schema.ts';
import { sampleValues } from './answers.ts';
import { ui } from './kiosk-page.ts';
import { keyboardFor } from '../../content/keyboard-layouts.ts';
import { typeOnKeyboard } from './onscreen-keyboard.ts';
import { focusOutline } from './screen-checks.ts';

/** Fields of words (not digits), typed letter by letter on the on-screen keyboard. */
const WORD_FIELDS = new Set(['name', 'text', 'textarea']);

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses down (then, if the end is reached, up) until `target` has focus; checks the ring on every item passed. */
export async function reach(page: Page, target: Locator, limit = 120): Promise<void> {
  for (const key of ['ArrowDown', 'ArrowUp'] as const) {
    let previous = '';
    for (let i = 0; i < limit; i++) {
      if (await isFocused(target)) return;
      await page.keyboard.press(key);
      const ring = await focusOutline(page);
      expect(ring.style, `focus ring on ${ring.tag}`).toBe('solid');
      expect(ring.width, `focus ring on ${ring.tag}`).toBeGreaterThanOrEqual(4);
      const now = await page.evaluate(() => {
        const el = document.activeElement!;
        return `${el.tagName}#${el.id}:${el.textContent?.slice(0, 30)}`;
      });
      if (now === previous) break; // at the end of the screen: turn round
      previous = now;
    }
  }
  throw new Error(`the keypad never reached ${target.toString()}`);
}

/**
 * Answers the step on screen with the keypad: types into boxes, Enter on options, then → to continue. With
 * `onScreenKeyboard`, names and other words are typed on the on-screen keyboard with the arrows and Enter alone (digits
 * come from the keypad's own digit keys either way).
 */
export async function answerWithKeypad(
  page: Page,
  step: StepDefinition,
  known: Record<string, string>,
  lang: Language,
  { onScreenKeyboard = false }: { onScreenKeyboard?: boolean } = {},
): Promise<void> {
  const values = sampleValues(step, known, {});
  const optionalSuffix = ` ${ui(lang, 'optional')}`;
  for (const field of step.fields) {
    const value = values[field.id]!;
    const label = field.label[lang] + (field.optional && !field.label[lang].includes('(') ? optionalSuffix : '');
    if (field.type === 'date' && typeof value === 'object') {
      const single = step.fields.length === 1 && !step.title;
      const group = page.getByRole('group', { name: single ? field.label[lang] : label, exact: true });
      for (const [part, text] of [
        ['day', value.day],
        ['month', value.month],
        ['year', value.year],
      ] as const) {
        await reach(page, group.getByRole('textbox', { name: ui(lang, part) }));
        await page.keyboard.type(text);
      }
      known[field.id] = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
    } else if (field.type === 'choice') {
      const option = field.options!.find((o) => o.value === value)!;
      const radio = page.getByRole('radio', { name: option.label[lang], exact: true });
      await reach(page, radio);
      await page.keyboard.press('Enter');
      expect(await radio.isChecked()).toBe(true);
    } else if (field.type === 'consent') {
      const box = page.getByRole('checkbox', { name: field.label[lang], exact: true });
      await reach(page, box);
      await page.keyboard.press('Enter');
      expect(await box.isChecked()).toBe(true);
    } else if (typeof value === 'string' && value !== '') {
      const box = page.getByRole('textbox', { name: label, exact: true });
      await reach(page, box);
      if (onScreenKeyboard && WORD_FIELDS.has(field.type)) {
        await page.keyboard.press('ArrowDown'); // onto the keyboard under the box
        await typeOnKeyboard(page, keyboardFor(field.type, lang)!, value);
        expect(await box.inputValue()).toBe(value);
      } else {
        await page.keyboard.type(value);
      }
    }
  }
  // In a text box ← and → move the cursor, on the keyboard they move between keys: step out of both, then → is "continue".
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.matches('input[type="text"], textarea, .keyboard *'))); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('ArrowRight');
}
