// Issue 5 in the browser: the voice guide alone, the screen blanked, the keypad only. What was said is read from the
// caption line (the same text the engine was asked to say), and the fake engine shows the audio was really asked for.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import { buildUi, UI_OUT_DIR } from '../../kiosk-ui/build.ts';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import { normaliseForSpeech } from '../../kiosk-server/speech/normalise/normalise.ts';
import { launchChromium } from '../support/browser.ts';
import { stepOnScreen } from '../support/fill.ts';
import { ui } from '../support/kiosk-page.ts';
import { answerWithKeypad, reach } from '../support/keypad.ts';
import { startTestKiosk, type TestKiosk } from '../support/kiosk.ts';

let kiosk: TestKiosk;
let browser: Browser;
let catalogue: Catalogue;
const engine = new FakeSpeechEngine();

beforeAll(async () => {
  if (!existsSync(`${UI_OUT_DIR}/app.js`)) await buildUi();
  catalogue = await loadCatalogue();
  kiosk = await startTestKiosk({ speechEngines: [engine] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
});

/** Records every caption the page shows, in order. */
async function listeningPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const caption = document.querySelector('.speech-caption')?.textContent?.trim();
      if (caption && caption !== said.at(-1)) said.push(caption);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return page;
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

/** Waits until `text` has been said and the guide has finished talking. */
async function heard(page: Page, text: string | RegExp): Promise<void> {
  await page.waitForFunction(
    (pattern) => (window as unknown as { said: string[] }).said.some((c) => (pattern.startsWith('/') ? new RegExp(pattern.slice(1, -1)).test(c) : c.includes(pattern))),
    typeof text === 'string' ? text : String(text),
  );
  await page.locator('.speech-caption[data-speaking="false"]').waitFor();
}

/** Checks that the captions contain these, in this order. */
function inOrder(captions: string[], expected: string[]): void {
  let from = 0;
  for (const text of expected) {
    const at = captions.findIndex((c, i) => i >= from && c.includes(text));
    expect(at, `"${text}" said after "${expected[expected.indexOf(text) - 1] ?? 'the start'}"`).toBeGreaterThanOrEqual(0);
    from = at; // two things can be in one utterance (the number and its repetition)
  }
}

const PENSION = 'pension-info';

describe('voice guidance, keypad only, screen blanked', { timeout: 240_000 }, () => {
  it('a person who cannot see the screen applies in Ukrainian and hears their number', async () => {
    const page = await listeningPage();
    await page.goto(kiosk.server.url);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    // Nothing is said before the person acts.
    expect(await said(page)).toEqual([]);

    await page.keyboard.press('F2');
    await heard(page, 'Голосовий супровід');
    await reach(page, page.getByRole('button', { name: 'Так, у навушниках' }));
    await page.keyboard.press('Enter');
    await heard(page, 'Голосовий супровід увімкнено');
    await page.keyboard.press('F4');
    await page.locator('.screen-blank').waitFor();
    await heard(page, 'Екран вимкнено');

    await reach(page, page.getByRole('button', { name: 'Українська', exact: true }));
    await page.keyboard.press('Enter');
    await heard(page, ui('uk', 'servicesHeading'));
    const service = page.getByRole('checkbox', { name: catalogue.get(PENSION)!.title.uk, exact: true });
    await reach(page, service);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');

    // An error, on purpose: Continue with the name empty.
    await heard(page, 'Ваше прізвище, імʼя та по батькові');
    await page.keyboard.press('ArrowRight');
    await heard(page, 'Помилки');

    const headings: string[] = [];
    const known: Record<string, string> = {};
    for (let guard = 0; guard < 40; guard++) {
      const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/\s+/g, ' ').trim();
      if (heading === ui('uk', 'checkHeading')) break;
      await heard(page, heading);
      headings.push(heading);
      const step = (await stepOnScreen(page, catalogue, [PENSION]))!;
      await answerWithKeypad(page, step, known, 'uk');
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() !== h, heading);
    }
    await heard(page, ui('uk', 'checkHeading'));
    // Down through every answer to "Подати заяву": each row is read on the way.
    await reach(page, page.getByRole('button', { name: ui('uk', 'submit'), exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'submittedHeading') }).waitFor();
    const number = (await page.locator('.application-number').textContent())!.trim();
    await heard(page, new RegExp(`Повторюю: ${number}`));

    const captions = await said(page);
    inOrder(captions, [
      'Голосовий супровід',
      ui('uk', 'servicesHeading'),
      'Ваше прізвище, імʼя та по батькові',
      'Помилки',
      ...headings.slice(1),
      ui('uk', 'checkHeading'),
      ui('uk', 'submittedHeading'),
      `Номер вашої заяви: ${number}`,
      `Повторюю: ${number}`,
    ]);
    // Options reached were read with their state; answers were read back on check answers (headphones on).
    expect(captions.some((c) => /Вибрано|Не вибрано/.test(c)), 'an option with its state').toBe(true);
    expect(captions.some((c) => c.includes('Шевченко')), 'the name read back').toBe(true);
    // The audio was really rendered: every question in Ukrainian (only parts marked English, like the English button,
    // in English), and the number in digit groups.
    for (const heading of headings) expect(engine.requests.some((r) => r.lang === 'uk' && r.text.startsWith(normaliseForSpeech('uk', heading).slice(0, 12))), heading).toBe(true);
    expect(engine.requests.some((r) => r.text.includes('нуль нуль')), 'the number in digits').toBe(true);
  });

  it('speaks English on an English screen, and the repeat key says it again', async () => {
    const page = await listeningPage();
    await page.goto(kiosk.server.url);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    await page.keyboard.press('F2');
    await reach(page, page.getByRole('button', { name: 'Ні, через динамік' }));
    await page.keyboard.press('Enter');
    await reach(page, page.getByRole('button', { name: 'English', exact: true }));
    await page.keyboard.press('Enter');
    await heard(page, ui('en', 'servicesHeading'));
    expect(engine.requests.some((r) => r.lang === 'en' && r.text.includes('What help do you want to apply for'))).toBe(true);
    const count = (await said(page)).length;
    expect((await said(page)).at(-1)).not.toBe(ui('en', 'servicesHeading'));
    await page.keyboard.press('r');
    await page.waitForFunction((n) => (window as unknown as { said: string[] }).said.length > n, count);
    expect((await said(page))[count]).toBe(ui('en', 'servicesHeading'));
  });
});
