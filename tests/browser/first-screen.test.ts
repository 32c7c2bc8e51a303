// Issue 18, point 6: the welcome screen is in the page itself, painted before any script runs; the app takes it over
// without a jump, and what the person did on it meanwhile (a tap, the keypad) is done, not lost.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { EARLY_INPUT_GLOBAL, FIRST_SCREEN_ATTRIBUTE, TAB_KEEPS_NAME } from '../../kiosk-ui/first-screen/early-input-queue.ts';
import { TEXT_SIZES } from '../../kiosk-ui/settings/display.ts';
import { axeViolations, holdRequests } from '../support/browser.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { heard, recordCaptions } from '../support/captions.ts';
import { kioskReady, ui } from '../support/kiosk-page.ts';
import { focusOutline, layoutProblems } from '../support/screen-checks.ts';

const suite = useBrowserSuite();

const VIEWPORT = { width: 1080, height: 1920 };
const welcomeHeading = (page: Page) => page.getByRole('heading', { level: 1, name: new RegExp(ui('uk', 'welcomeHeading')) });
const ukrainian = (page: Page) => page.getByRole('button', { name: 'Українська', exact: true });
const painted = (page: Page) => page.locator(`[${FIRST_SCREEN_ATTRIBUTE}]`);
const takenOver = (page: Page) => page.waitForFunction((attribute) => !document.querySelector(`[${attribute}]`), FIRST_SCREEN_ATTRIBUTE);

/** Every heading and button on the screen: its role, words and box, in reading order. */
function screenItems(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, p, button')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { tag: el.tagName, text: el.textContent!.replace(/\s+/g, ' ').trim(), box: [box.x, box.y, box.width, box.height].map(Math.round) };
      }),
  );
}

/** The first family in the welcome heading's font-family, without the quotes (whether Chromium adds them is its own). */
function firstFontFamily(page: Page): Promise<string> {
  return welcomeHeading(page).evaluate((el) => getComputedStyle(el).fontFamily.split(',')[0]!.replace(/["']/g, '').trim());
}

/** A page whose app is held back until `release()`: the painted welcome screen stays the app's stand-in meanwhile. */
async function pageWithAppHeld(options: { hasTouch?: boolean } = {}): Promise<{ page: Page; release: () => void }> {
  const context = await suite.browser.newContext({ viewport: VIEWPORT, ...options });
  const page = await context.newPage();
  return { page, release: await holdRequests(page, '**/app.js') };
}

/** Reloads with the app held back: whether the painted welcome screen showed meanwhile, then lets the app run. */
async function reloadWithAppHeld(page: Page): Promise<boolean> {
  const release = await holdRequests(page, '**/app.js');
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(painted(page).count()).resolves.toBe(2);
  const shown = await welcomeHeading(page).isVisible();
  release();
  await takenOver(page);
  await page.unroute('**/app.js');
  return shown;
}

describe('the welcome screen painted with the page', { timeout: 120_000 }, () => {
  it('is in the HTML before any script runs: the heading and every button', async () => {
    const context = await suite.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(suite.kiosk.server.url);
    await expect(welcomeHeading(page).count()).resolves.toBe(1);
    for (const name of ['Українська', 'English']) await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    for (const key of ['voiceGuidance', 'displayOffer', 'checkStatus', 'help', 'display'] as const) {
      await expect(page.getByRole('button', { name: new RegExp(`^${ui('uk', key)} ${ui('en', key)}$`) }).isVisible()).resolves.toBe(true);
    }
    expect(await page.title()).toBe(`${ui('uk', 'welcomeHeading')} ${ui('en', 'welcomeHeading')} — Вікно`);
    await context.close();
  });

  it('draws its text in the kiosk’s own local font faces, DejaVu Sans found on the machine, not a fallback', async () => {
    // A face whose local() name matches nothing fails quietly and the text falls back to the system family, which
    // Chromium looks up again for every size: the welcome screen would still look the same, only slower to show.
    // The painted heading is checked with the app held back, the app's once it has taken over: a heading removed while
    // it is read has no computed style at all.
    const { page, release } = await pageWithAppHeld();
    await page.goto(suite.kiosk.server.url, { waitUntil: 'domcontentloaded' });
    const fonts = { painted: await firstFontFamily(page), app: '' };
    release();
    await takenOver(page);
    fonts.app = await firstFontFamily(page);
    expect(fonts).toEqual({ painted: 'Vikno Sans', app: 'Vikno Sans' });
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      const kiosk = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Vikno Sans');
      // The two italic faces load only for italic text: ask for them, as a screen with italic text would.
      await Promise.all(kiosk.map((face) => face.load().catch(() => undefined)));
      return kiosk.map((face) => `${face.weight} ${face.style} ${face.status}`).sort();
    });
    expect(faces).toEqual(['400 italic loaded', '400 normal loaded', '700 italic loaded', '700 normal loaded']);
    await page.context().close();
  });

  it('is the app’s welcome screen, word for word and in the same place; the app’s replaces it, so it is there once', async () => {
    const still = await suite.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const before = await still.newPage();
    await before.goto(suite.kiosk.server.url);
    const paintedItems = await screenItems(before);
    await still.close();

    const context = await suite.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(suite.kiosk.server.url);
    await takenOver(page);
    await welcomeHeading(page).waitFor();
    expect(await screenItems(page)).toEqual(paintedItems);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(ukrainian(page).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a tap on «Українська» before the app runs starts the visit once the app is up', async () => {
    const { page, release } = await pageWithAppHeld({ hasTouch: true });
    await page.goto(suite.kiosk.server.url, { waitUntil: 'domcontentloaded' });
    await expect(painted(page).count()).resolves.toBe(2);
    // axe needs scripts: it runs here, on the painted screen while the app is held back.
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await ukrainian(page).tap();
    // Nothing happens on the painted screen itself, and nothing is lost: the app does the tap when it comes.
    await expect(painted(page).count()).resolves.toBe(2);
    release();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    await expect(painted(page).count()).resolves.toBe(0);
    // Nothing is held any more, and the queue is off the page with it.
    expect(await page.evaluate((global) => global in window, EARLY_INPUT_GLOBAL)).toBe(false);
    await page.context().close();
  });

  it('a tap right after load, with the app loading as it does, starts the visit', async () => {
    const context = await suite.browser.newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    await page.goto(suite.kiosk.server.url, { waitUntil: 'commit' });
    // One tap where the button is, as a person's: Playwright's own tap() taps again when the first is held for the app.
    // Its box: the painted button's, or the app's in the same place if the app took over as it was read.
    const box = await vi.waitFor(async () => (await ukrainian(page).boundingBox()) ?? Promise.reject(new Error('not drawn yet')));
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    await context.close();
  });

  it('the keypad moves through the painted screen, and focus and the voice key carry over to the app', async () => {
    const { page, release } = await pageWithAppHeld();
    await recordCaptions(page);
    await page.goto(suite.kiosk.server.url, { waitUntil: 'domcontentloaded' });
    await welcomeHeading(page).waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const ring = await focusOutline(page);
    expect(ring.style).toBe('solid');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());
    const onPainted = await focusedText();
    expect(onPainted).toBeTruthy();
    expect(await page.evaluate((attribute) => !!document.activeElement?.closest(`[${attribute}]`), FIRST_SCREEN_ATTRIBUTE)).toBe(true);
    release();
    await takenOver(page);
    await expect.poll(focusedText).toBe(onPainted);
    // Where it was is used once and then forgotten: the next person's page holds nothing of it (clean-slate.test.ts).
    expect(
      await page.evaluate(() => (document.querySelector('vikno-app') as unknown as { firstScreen: { focused?: unknown } }).firstScreen.focused),
    ).toBeUndefined();
    // The voice key pressed before the app is up opens the voice page and speaks it.
    await page.close();
    const second = await pageWithAppHeld();
    await recordCaptions(second.page);
    await second.page.goto(suite.kiosk.server.url, { waitUntil: 'domcontentloaded' });
    await welcomeHeading(second.page).waitFor();
    await second.page.keyboard.press('F2');
    second.release();
    await second.page.getByRole('heading', { level: 1, name: ui('uk', 'voiceGuidance') }).waitFor();
    await heard(second.page, ui('uk', 'voiceGuidance'));
    await second.page.context().close();
  });

  it('after a reload in the middle of a visit, the painted welcome screen is not shown while the app resumes', async () => {
    const context = await suite.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await ukrainian(page).click();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    expect(await reloadWithAppHeld(page)).toBe(false);
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    await context.close();
  });

  it('a bigger text kept over a reload hides the painted welcome too; back at the usual size, a reload paints it again', async () => {
    const context = await suite.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(suite.kiosk.server.url);
    await takenOver(page);
    const textSize = async (index: number) => {
      await page
        .getByRole('button', { name: new RegExp(`^${ui('uk', 'display')}`) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: ui('uk', 'displayHeading') }).waitFor();
      await page.getByRole('radio', { name: TEXT_SIZES[index]!.label.uk, exact: true }).check();
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.getByRole('button', { name: ui('uk', 'done'), exact: true }).click();
      await welcomeHeading(page).waitFor();
    };
    await textSize(2);
    expect(await page.evaluate(() => window.name)).toBe(TAB_KEEPS_NAME);
    expect(await reloadWithAppHeld(page)).toBe(false);
    await expect(page.evaluate(() => document.documentElement.dataset['textSize'])).resolves.toBe(TEXT_SIZES[2]!.id);
    await textSize(1);
    expect(await page.evaluate(() => [window.name, sessionStorage.length])).toEqual(['', 0]);
    expect(await reloadWithAppHeld(page)).toBe(true);
    await context.close();
  });
});
