// The next person sees nothing of the last: a visit that touches as much as it can (English, text and colours, the
// voice guide, a help call answered, a staff message, answers, a page over the screen) is ended, and everything the page
// holds — the app and its controllers, walked field by field, session storage and local storage (where a paired screen
// keeps its secret and nothing else: tests/browser/pairing.test.ts) — must equal a freshly loaded page.
// Axe on every screen visited.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageState, type PageState } from '../support/app-state.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { fillForm, stepOnScreen } from '../support/fill.ts';
import { connectStaff, startTestKiosk, type StaffClient } from '../support/kiosk.ts';
import { chooseDisplay, headingText, kioskReady, nextScreen, ui } from '../support/kiosk-page.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';

const PENSION = 'pension-info';
const suite = useBrowserSuite();

async function newPage(): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  return context.newPage();
}

const checkScreen = async (page: Page) => expect(await accessibilityProblems(page)).toEqual([]);

const welcome = (page: Page) => page.getByRole('heading', { level: 1, name: new RegExp(ui('uk', 'welcomeHeading')) }).waitFor();

/** The welcome screen drawn, focus on its heading, and anything still on its way (acks, speech) settled. */
async function settledState(page: Page): Promise<PageState> {
  await welcome(page);
  await page.waitForFunction(() => document.activeElement?.matches('h1'));
  await page.waitForTimeout(1_000);
  return pageState(page);
}

async function freshPageState(url: string): Promise<PageState> {
  const page = await newPage();
  await page.goto(url);
  await kioskReady(page);
  const state = await settledState(page);
  await page.context().close();
  return state;
}

/** A staff screen that answers every help call ("Іду") and can send the kiosk a message. */
async function helpfulStaff(url: string): Promise<StaffClient> {
  return connectStaff(url, (staff) => {
    staff.on('help:called', (call) => staff.emit('help:answer', { callId: call.id }, () => undefined));
  });
}

/** Taps a button in the banner and waits for the screen it opens, by that screen's heading. */
async function fromBanner(page: Page, button: string, heading: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: button }).tap();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** From the welcome screen: larger text and light-on-black, the voice guide on in headphones, then English. */
async function touchEverySetting(page: Page): Promise<void> {
  await chooseDisplay(page, 'Найбільший', 'Світлий текст на чорному');
  await checkScreen(page);
  await page.getByRole('button', { name: new RegExp(ui('uk', 'voiceGuidance')) }).tap();
  await page.getByRole('heading', { level: 1, name: ui('uk', 'voiceGuidance') }).waitFor();
  await checkScreen(page);
  await page.getByRole('button', { name: ui('uk', 'voiceHeadphones'), exact: true }).tap();
  await welcome(page);
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  await page.getByRole('heading', { level: 1, name: ui('en', 'servicesHeading') }).waitFor();
  await checkScreen(page);
}

describe('a clean slate for the next person', { timeout: 240_000 }, () => {
  it('after "start again", the page holds exactly what a freshly loaded one does', async () => {
    const url = suite.kiosk.server.url;
    const fresh = await freshPageState(url);
    const staff = await helpfulStaff(url);
    const page = await newPage();
    await page.goto(url);
    await kioskReady(page);
    await welcome(page);
    await touchEverySetting(page);

    const title = suite.catalogue.get(PENSION)!.title.en;
    await page.getByRole('checkbox', { name: title, exact: true }).tap();
    await page.getByRole('button', { name: ui('en', 'continue'), exact: true }).tap();
    const first = await nextScreen(page, ui('en', 'servicesHeading'));
    await checkScreen(page);

    // A help call, answered by staff; then a message from them.
    await fromBanner(page, ui('en', 'help'), ui('en', 'help'));
    await checkScreen(page);
    await page.getByRole('button', { name: ui('en', 'callStaff') }).tap();
    await page
      .getByRole('status')
      .filter({ hasText: ui('en', 'helpComing') })
      .waitFor();
    await page.getByRole('button', { name: ui('en', 'helpBack'), exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    const sent = await new Promise<{ ok: boolean }>((resolve) => staff.emit('kiosk:message', { kioskId: 'K01', text: 'Зачекайте хвилинку' }, resolve));
    expect(sent.ok).toBe(true);
    await page.getByRole('alert').filter({ hasText: 'Зачекайте хвилинку' }).waitFor();
    await checkScreen(page);

    // Answers, then a page over the screen left open when the person leaves.
    const step = await stepOnScreen(page, suite.catalogue, [PENSION], 'en');
    await fillForm(page, step!, {}, {}, 'en');
    const second = await nextScreen(page, first);
    expect(second).not.toBe(first);
    await checkScreen(page);
    await fromBanner(page, ui('en', 'display'), ui('en', 'displayHeading'));
    await fromBanner(page, ui('en', 'startAgain'), ui('en', 'leaveHeading'));
    await checkScreen(page);
    await page.getByRole('button', { name: ui('en', 'leaveYes'), exact: true }).tap();

    const after = await settledState(page);
    await checkScreen(page);
    expect(after).toEqual(fresh);
    staff.close();
    await page.context().close();
  });

  it('after a timeout and "start over", the page holds exactly what a freshly loaded one does', async () => {
    const quick = await startTestKiosk({ timing: { idleSeconds: 3, warningSeconds: 4, confirmationSeconds: 2 } });
    try {
      const url = quick.server.url;
      const fresh = await freshPageState(url);
      const page = await newPage();
      await page.goto(url);
      await kioskReady(page);
      await welcome(page);
      await touchEverySetting(page);
      await page.getByRole('checkbox', { name: suite.catalogue.get(PENSION)!.title.en, exact: true }).tap();
      await page.getByRole('button', { name: ui('en', 'continue'), exact: true }).tap();
      await nextScreen(page, ui('en', 'servicesHeading'));
      // Nobody answers: the warning, then the notice that the answers were deleted (in Ukrainian: the next person's).
      await page.getByRole('heading', { level: 1, name: ui('uk', 'timedOutHeading') }).waitFor({ timeout: 30_000 });
      expect(await headingText(page)).toBe(ui('uk', 'timedOutHeading'));
      await checkScreen(page);
      await page.getByRole('button', { name: ui('uk', 'startOver'), exact: true }).tap();
      const after = await settledState(page);
      await checkScreen(page);
      expect(after).toEqual(fresh);
      await page.context().close();
    } finally {
      await quick.stop();
    }
  });
});
