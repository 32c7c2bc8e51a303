// Driving the kiosk in Chromium as a person would, by role and accessible name, in either language.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Catalogue } from '../../content/catalogue.ts';
import type { Language } from '../../content/localized.ts';
import { EARLY_INPUT_GLOBAL, FIRST_SCREEN_ATTRIBUTE } from '../../kiosk-ui/first-screen/early-input-queue.ts';
import { UI_TEXT } from '../../kiosk-ui/i18n.ts';
import { fillForm, stepOnScreen } from './fill.ts';

export const ui = (lang: Language, key: keyof typeof UI_TEXT) => UI_TEXT[key][lang];

export const headingText = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/\s+/g, ' ').trim();

/**
 * Waits until the app has replaced the welcome screen painted with the page and taps act at once. Until the server has
 * said hello, a tap is held and done a moment later (first-screen/early-input.ts); Playwright, not seeing it land, would
 * tap again on a screen that has moved on. Tests of those first moments (first-screen.test.ts) do not wait.
 */
export async function kioskReady(page: Page): Promise<void> {
  await page.waitForFunction(([attribute, global]) => !document.querySelector(`[${attribute}]`) && !(global in window), [
    FIRST_SCREEN_ATTRIBUTE,
    EARLY_INPUT_GLOBAL,
  ] as const);
}

/** Waits for the next screen: an h1 different from `previous`. */
export async function nextScreen(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((p) => {
    const h1 = document.querySelector('.screen h1, .overlay h1');
    return !!h1 && h1.textContent?.replace(/\s+/g, ' ').trim() !== p;
  }, previous);
  return headingText(page);
}

/** Welcome → language → the services ticked → Continue (declining suggestions); returns the first question's heading. */
export async function startApplication(
  page: Page,
  url: string,
  lang: Language,
  serviceTitles: string[],
  onScreen: (heading: string) => Promise<void>,
  onWelcome?: () => Promise<void>,
): Promise<string> {
  await page.goto(url);
  await kioskReady(page);
  await page.getByRole('heading', { level: 1, name: new RegExp(UI_TEXT.welcomeHeading.uk) }).waitFor();
  await onWelcome?.();
  await onScreen(await headingText(page));
  await page.getByRole('button', { name: lang === 'uk' ? 'Українська' : 'English', exact: true }).tap();
  await page.getByRole('heading', { level: 1, name: ui(lang, 'servicesHeading') }).waitFor();
  await onScreen(await headingText(page));
  for (const title of serviceTitles) await page.getByRole('checkbox', { name: title, exact: true }).tap();
  await page.getByRole('button', { name: ui(lang, 'continue'), exact: true }).tap();
  return nextScreen(page, ui(lang, 'servicesHeading'));
}

/** Answers every question to check answers, calling `onScreen` on each; lists get one member. Returns the headings. */
export async function answerToCheck(
  page: Page,
  catalogue: Catalogue,
  serviceIds: string[],
  lang: Language,
  onScreen: (heading: string) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  const known: Record<string, string> = {};
  for (let guard = 0; guard < 60; guard++) {
    const heading = await headingText(page);
    if (heading === ui(lang, 'checkHeading')) return seen;
    await onScreen(heading);
    seen.push(heading);
    const step = await stepOnScreen(page, catalogue, serviceIds, lang);
    if (!step) throw new Error(`no step has the heading "${heading}"`);
    if (step.repeat) {
      await page.getByRole('button', { name: step.repeat.addLabel[lang], exact: true }).tap();
      await page.getByRole('heading', { level: 1, name: step.repeat.addLabel[lang] }).waitFor();
      await onScreen(step.repeat.addLabel[lang]);
      await fillForm(page, step, known, {}, lang);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('button', { name: ui(lang, 'continue'), exact: true }).tap();
    } else {
      await fillForm(page, step, known, {}, lang);
    }
    await nextScreen(page, heading);
  }
  throw new Error('never reached check answers');
}

/**
 * Check answers → submit → confirmation; returns the application number. The heading is «Заяву подано» when the centre
 * forwards on submit, «Заяву збережено» when the desk must accept it first.
 */
export async function submitFromCheck(page: Page, lang: Language, onScreen: (heading: string) => Promise<void>): Promise<string> {
  await onScreen(ui(lang, 'checkHeading'));
  await page.getByRole('button', { name: ui(lang, 'submit'), exact: true }).tap();
  const headings = [ui(lang, 'submittedHeading'), ui(lang, 'submittedHeadingMany'), ui(lang, 'savedHeading'), ui(lang, 'savedHeadingMany')];
  await page.getByRole('heading', { level: 1, name: new RegExp(`^(${headings.join('|')})$`) }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: ui(lang, 'receiptPrinted') })
    .waitFor();
  await onScreen(ui(lang, 'submittedHeading'));
  const number = (await page.locator('.application-number').first().textContent())!.trim();
  expect(number).toMatch(/^K01-\d{4}-\d{6}$/);
  return number;
}

/** On the welcome screen: opens "Текст і кольори", picks a size and a theme by touch, and comes back. */
export async function chooseDisplay(page: Page, sizeLabel: string, themeLabel: string): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('button', { name: /Збільшити текст/ })
    .tap();
  await page.getByRole('heading', { level: 1, name: UI_TEXT.displayHeading.uk }).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${sizeLabel}`) }).tap();
  await page.getByRole('radio', { name: new RegExp(themeLabel) }).tap();
  await page.getByRole('button', { name: UI_TEXT.done.uk, exact: true }).tap();
  await page.getByRole('heading', { level: 1, name: new RegExp(UI_TEXT.welcomeHeading.uk) }).waitFor();
}
