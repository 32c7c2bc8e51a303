// Issue 17 in the browser: the catalogue at 16+ services, grouped and searchable, and the defects found when it was tried
// as a new user would (the voice button silent on the welcome screen; no way to apply from "What do I need?").
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { heard, recordCaptions, said } from '../support/captions.ts';
import { stepOnScreen } from '../support/fill.ts';
import { answerToCheck, chooseDisplay, headingText, kioskReady, nextScreen, startApplication, submitFromCheck, ui } from '../support/kiosk-page.ts';
import { answerWithKeypad, reach } from '../support/keypad.ts';
import { accessibilityProblems, layoutProblems } from '../support/screen-checks.ts';

const suite = useBrowserSuite({ speechEngines: [new FakeSpeechEngine()] });

async function kioskPage(): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  await recordCaptions(page);
  await page.goto(suite.kiosk.server.url);
  await kioskReady(page);
  await page.getByRole('heading', { level: 1, name: new RegExp(ui('uk', 'welcomeHeading')) }).waitFor();
  return page;
}

async function toServices(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Українська', exact: true }).tap();
  await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
}

describe('the catalogue and the defects a new user found', { timeout: 180_000 }, () => {
  it('«Голосовий супровід» on the welcome screen speaks at once, as the voice key does', async () => {
    const page = await kioskPage();
    await page.getByRole('button', { name: new RegExp(ui('uk', 'voiceGuidance')) }).tap();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'voiceGuidance') }).waitFor();
    await heard(page, ui('uk', 'voiceQuestion'));
    expect((await said(page))[0]).toContain(ui('uk', 'voiceGuidance'));
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('«Подати заяву на цю послугу» on "What do I need?" starts it with the services already ticked; groups say how many they hold', async () => {
    const page = await kioskPage();
    await toServices(page);
    // Every life-situation group that has services is a group of tick boxes named with its count.
    for (const category of suite.catalogue.categories) {
      // Each service is listed once, under its own first group.
      const count = suite.catalogue.services.filter((s) => s.categories[0] === category.id).length;
      if (!count) continue;
      await page.getByRole('group', { name: `${category.title.uk}, послуг: ${count}` }).waitFor();
    }
    const pension = suite.catalogue.get('pension-info')!.title.uk;
    const idp = suite.catalogue.get('idp-allowance')!;
    await page.getByRole('checkbox', { name: pension, exact: true }).tap();
    await page.getByRole('button', { name: `${ui('uk', 'whatDoINeed')} ${idp.title.uk}` }).tap();
    await page.getByRole('heading', { level: 1, name: idp.title.uk }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // Back keeps the tick; and applying from there adds the service to it.
    await page.getByRole('button', { name: ui('uk', 'backToServices') }).tap();
    expect(await page.getByRole('checkbox', { name: pension, exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: `${ui('uk', 'whatDoINeed')} ${idp.title.uk}` }).tap();
    await page.getByRole('button', { name: ui('uk', 'applyForThis') }).tap();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor({ state: 'detached' });
    // The first question is asked for both: going back shows both ticked.
    await page.screenshot({ path: '/tmp/shots/applied-from-info.png' });
    await page.getByRole('button', { name: ui('uk', 'back'), exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    expect(await page.getByRole('checkbox', { name: pension, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: idp.title.uk, exact: true }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('at the largest text size the list of every service has no sideways scroll and passes axe, and search finds by any word', async () => {
    const page = await kioskPage();
    await chooseDisplay(page, 'Найбільший', 'Звичайні кольори');
    await toServices(page);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    const search = page.getByRole('searchbox', { name: ui('uk', 'search') });
    // A word of the summary, not the title.
    const low = suite.catalogue.get('one-time-aid')!;
    await search.fill('пожеж');
    await page
      .getByRole('status')
      .filter({ hasText: ui('uk', 'found') })
      .waitFor();
    expect(await page.getByRole('checkbox', { name: low.title.uk, exact: true }).isVisible()).toBe(true);
    await search.fill('fire');
    await page
      .getByRole('status')
      .filter({ hasText: ui('uk', 'found') })
      .waitFor();
    expect(await page.getByRole('checkbox', { name: low.title.uk, exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('two new services in one visit by touch (burial aid, unpaid maintenance): both applications forwarded, axe on every screen', async () => {
    const ids = ['burial-aid', 'alimony-unpaid-aid'];
    const page = await kioskPage();
    const check = async (heading: string) => expect(await accessibilityProblems(page), `axe on "${heading}"`).toEqual([]);
    await startApplication(
      page,
      suite.kiosk.server.url,
      'uk',
      ids.map((id) => suite.catalogue.get(id)!.title.uk),
      check,
    );
    const seen = await answerToCheck(page, suite.catalogue, ids, 'uk', check);
    // Burial aid asks who died before anything else of its own.
    const own = seen.filter((h) => suite.catalogue.get('burial-aid')!.steps.some((st) => (st.title ?? st.fields[0]!.label).uk === h));
    expect(own[0]).toBe(suite.catalogue.get('burial-aid')!.steps[0]!.fields[0]!.label.uk);
    await submitFromCheck(page, 'uk', check);
    const numbers = (await page.locator('.application-number').allTextContents()).map((n) => n.trim());
    expect(numbers).toHaveLength(2);
    await expect
      .poll(
        async () =>
          (await suite.kiosk.simulator.cases())
            .filter((c) => numbers.includes(c.applicationNumber))
            .map((c) => c.serviceId)
            .sort(),
        { timeout: 20_000 },
      )
      .toEqual([...ids].sort());
    await page.context().close();
  });

  it('two new services in one visit by keypad alone (pension claim, ОК-5/ОК-7 statement)', async () => {
    const ids = ['pension-claim', 'insurance-record-extract'];
    const page = await kioskPage();
    await reach(page, page.getByRole('button', { name: 'Українська', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    for (const id of ids) {
      const box = page.getByRole('checkbox', { name: suite.catalogue.get(id)!.title.uk, exact: true });
      await reach(page, box);
      await page.keyboard.press('Enter');
      expect(await box.isChecked()).toBe(true);
    }
    await page.keyboard.press('ArrowRight');
    let heading = await nextScreen(page, ui('uk', 'servicesHeading'));
    const known: Record<string, string> = {};
    for (let guard = 0; heading !== ui('uk', 'checkHeading'); guard++) {
      if (guard > 60) throw new Error('never reached check answers');
      const step = await stepOnScreen(page, suite.catalogue, ids);
      if (!step) throw new Error(`no step has the heading "${heading}"`);
      await answerWithKeypad(page, step, known, 'uk');
      heading = await nextScreen(page, heading);
    }
    expect(await headingText(page)).toBe(ui('uk', 'checkHeading'));
    await reach(page, page.getByRole('button', { name: ui('uk', 'submit'), exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'submittedHeadingMany') }).waitFor();
    expect(await page.locator('.application-number').allTextContents()).toHaveLength(2);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
