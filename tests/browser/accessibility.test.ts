// Issue 4 in the browser: the keypad alone, the largest text in two orientations, timeouts, help and staff calls, and
// privacy between people. Everything is found by role and accessible name; axe runs on every screen visited.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_KEY } from '../../kiosk-ui/app/visit-state.ts';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME } from '../../kiosk-ui/settings/display.ts';
import type { HelpCall } from '../../protocol/staff-events.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { stepOnScreen } from '../support/fill.ts';
import { answerToCheck, chooseDisplay, headingText, kioskReady, nextScreen, startApplication, submitFromCheck, ui } from '../support/kiosk-page.ts';
import { answerWithKeypad, reach } from '../support/keypad.ts';
import { connectStaff, eventually, startTestKiosk, type StaffClient, type TestKiosk } from '../support/kiosk.ts';
import { nextEvent } from '../support/next-event.ts';
import { accessibilityProblems, layoutProblems } from '../support/screen-checks.ts';

const contexts: BrowserContext[] = [];

const suite = useBrowserSuite();

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});

async function newPage(viewport = { width: 1080, height: 1920 }, touch = true): Promise<Page> {
  const context = await suite.browser.newContext({ viewport, hasTouch: touch });
  contexts.push(context);
  return context.newPage();
}

const checked = (page: Page) => async (heading: string) => {
  expect(await accessibilityProblems(page), `axe on "${heading}"`).toEqual([]);
  expect(await layoutProblems(page), `layout of "${heading}"`).toEqual([]);
};

const PENSION = 'pension-info';
const NAME = 'Коваленко';

describe('the keypad alone', { timeout: 240_000 }, () => {
  it('completes one service at the largest text in high contrast, never touching the screen', async () => {
    const page = await newPage({ width: 1080, height: 1920 }, false);
    await page.goto(suite.kiosk.server.url);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();

    // Text and colours, chosen with the keypad from the welcome screen.
    await reach(page, page.getByRole('main').getByRole('button', { name: /Збільшити текст/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'displayHeading') }).waitFor();
    await reach(page, page.getByRole('radio', { name: /^Найбільший/ }));
    await page.keyboard.press('Enter');
    await reach(page, page.getByRole('radio', { name: /Світлий текст на чорному/ }));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ textSize: '4', theme: 'contrast-dark' });
    await page.keyboard.press('ArrowRight'); // Готово
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();

    await reach(page, page.getByRole('button', { name: 'Українська', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // A held-down Enter chooses once: the repeat does not untick the box.
    const service = page.getByRole('checkbox', { name: suite.catalogue.get(PENSION)!.title.uk, exact: true });
    await reach(page, service);
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter'); // auto-repeat
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    expect(await service.isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    let heading = await nextScreen(page, ui('uk', 'servicesHeading'));

    // Volume and rate keys answer at once (for the voice guide), in words.
    await page.keyboard.press('+');
    await page.getByRole('status').filter({ hasText: 'Гучність: 7 з 11' }).waitFor();
    await page.keyboard.press(',');
    await page.getByRole('status').filter({ hasText: 'Швидкість мовлення: 0,75×' }).waitFor();

    const known: Record<string, string> = {};
    let wentBack = false;
    for (let guard = 0; heading !== ui('uk', 'checkHeading'); guard++) {
      if (guard > 40) throw new Error('never reached check answers');
      expect(await accessibilityProblems(page), `axe on "${heading}"`).toEqual([]);
      // Focus starts on the heading of every new screen.
      expect(await page.evaluate(() => document.activeElement?.closest('h1') !== null)).toBe(true);
      const step = (await stepOnScreen(page, suite.catalogue, [PENSION]))!;
      await answerWithKeypad(page, step, known, 'uk');
      const next = await nextScreen(page, heading);
      if (!wentBack && next !== ui('uk', 'checkHeading')) {
        // ← goes back, with the answer kept; → from the heading goes on again.
        wentBack = true;
        await page.keyboard.press('ArrowLeft');
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.keyboard.press('ArrowRight');
        await page.getByRole('heading', { level: 1, name: next }).waitFor();
      }
      heading = next;
    }
    expect(await accessibilityProblems(page)).toEqual([]);
    await reach(page, page.getByRole('button', { name: ui('uk', 'submit'), exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'submittedHeading') }).waitFor();
    expect(await page.locator('.application-number').textContent()).toMatch(/K01-\d{4}-\d{6}/);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('4');
  });

  it('the help key explains the item the keypad is on, and going back returns to it with what was typed', async () => {
    const page = await newPage();
    await startApplication(page, suite.kiosk.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], async () => undefined);
    const surname = page.getByRole('textbox', { name: 'Прізвище', exact: true });
    await surname.focus();
    await page.keyboard.type(NAME);
    await page.keyboard.press('F1');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'help') }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Зараз вибрано: Поле для введення «Прізвище»');
    expect(await accessibilityProblems(page)).toEqual([]);
    // The keys are listed on screen, as in the README.
    expect(
      await page
        .getByRole('table')
        .getByRole('cell', { name: /стрілка вниз/ })
        .count(),
    ).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'Ваше прізвище, імʼя та по батькові' }).waitFor();
    expect(await surname.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await surname.inputValue()).toBe(NAME);
  });
});

describe('the largest text', { timeout: 240_000 }, () => {
  it.each([
    ['portrait', { width: 1080, height: 1920 }],
    ['landscape', { width: 1920, height: 1080 }],
  ])('%s: a full application with nothing overflowing and every control at least 12.7 mm', async (_, viewport) => {
    const page = await newPage(viewport);
    const check = checked(page);
    await startApplication(page, suite.kiosk.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], check, () =>
      chooseDisplay(page, 'Найбільший', 'Чорний текст на білому'),
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('50px');
    await answerToCheck(page, suite.catalogue, [PENSION], 'uk', check);
    await submitFromCheck(page, 'uk', check);
  });
});

describe('scrolling without a swipe', { timeout: 60_000 }, () => {
  it('a long list at the largest text has big "▼ Нижче" / "▲ Вище" buttons that scroll the page', async () => {
    const page = await newPage();
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await chooseDisplay(page, 'Найбільший', 'Звичайні кольори');
    await page.getByRole('button', { name: 'Українська', exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    const down = page.getByRole('button', { name: '▼ Нижче' });
    const up = page.getByRole('button', { name: '▲ Вище' });
    // The new screen starts at its top (the welcome screen above was scrolled to reach its button).
    await expect.poll(() => up.isDisabled()).toBe(true);
    await down.tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect(await up.isDisabled()).toBe(false);
    expect(await layoutProblems(page)).toEqual([]);
    await up.tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
});

describe('timeouts', { timeout: 120_000 }, () => {
  let quick: TestKiosk;
  beforeAll(async () => {
    // Short waits so the test does not sit for minutes; the product's defaults are checked in the unit tests.
    quick = await startTestKiosk({ timing: { idleSeconds: 3, warningSeconds: 4, confirmationSeconds: 2 } });
  });
  afterAll(async () => {
    await quick?.stop();
  });

  it('"continue" keeps the answers; letting the countdown run out wipes them and the next visit starts clean', async () => {
    const page = await newPage();
    await startApplication(
      page,
      quick.server.url,
      'uk',
      [suite.catalogue.get(PENSION)!.title.uk],
      async () => undefined,
      () => chooseDisplay(page, 'Найбільший', 'Світлий текст на чорному'),
    );
    const surname = page.getByRole('textbox', { name: 'Прізвище', exact: true });
    await surname.fill(NAME);

    const dialog = page.getByRole('alertdialog', { name: 'Потрібно більше часу?' });
    await dialog.waitFor();
    const more = dialog.getByRole('button', { name: 'Так, продовжити' });
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.textContent()).toMatch(/Залишилося \d с/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await more.tap();
    await dialog.waitFor({ state: 'detached' });
    expect(await surname.inputValue()).toBe(NAME);
    await page.getByRole('textbox', { name: 'Імʼя', exact: true }).fill('Ганна');
    await page.getByRole('button', { name: 'Продовжити', exact: true }).tap();
    await nextScreen(page, 'Ваше прізвище, імʼя та по батькові');

    // Nobody answers this time.
    await dialog.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Ваші відповіді видалено' }).waitFor({ timeout: 10_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.content()).not.toContain(NAME);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ textSize: DEFAULT_TEXT_SIZE, theme: DEFAULT_THEME });
    await eventually(() => quick.server.visits.activeCount === 0 || undefined);

    await page.getByRole('button', { name: 'Почати знову' }).tap();
    await startApplication(page, quick.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], async () => undefined);
    expect(await page.getByRole('textbox', { name: 'Прізвище', exact: true }).inputValue()).toBe('');
  });

  it('settings chosen on the welcome screen by someone who then walks away are reset for the next person', async () => {
    const page = await newPage();
    await page.goto(quick.server.url);
    await kioskReady(page);
    await chooseDisplay(page, 'Найбільший', 'Світлий текст на чорному');
    await page.getByRole('alertdialog', { name: 'Потрібно більше часу?' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => ({ ...document.documentElement.dataset })), { timeout: 10_000 })
      .toMatchObject({ textSize: DEFAULT_TEXT_SIZE, theme: DEFAULT_THEME });
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
  });

  it('after the confirmation the kiosk goes back to the start by itself, after a pause that can be extended', async () => {
    const page = await newPage();
    await startApplication(page, quick.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], async () => undefined);
    await answerToCheck(page, suite.catalogue, [PENSION], 'uk', async () => undefined);
    const number = await submitFromCheck(page, 'uk', async () => undefined);
    const dialog = page.getByRole('alertdialog', { name: 'Потрібно більше часу?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Скоро кіоск повернеться на початок');
    await dialog.getByRole('button', { name: 'Так, продовжити' }).tap();
    expect(await page.locator('.application-number').textContent()).toBe(number);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor({ timeout: 15_000 });
    expect(await page.content()).not.toContain(number);
    await eventually(() => quick.server.visits.activeCount === 0 || undefined);
  });
});

describe('help on every screen', { timeout: 120_000 }, () => {
  let staff: StaffClient;
  beforeAll(async () => {
    staff = await connectStaff(suite.kiosk.server.url);
  });
  afterAll(() => {
    staff?.disconnect();
  });

  it('explains the question, and "Покликати працівника" reaches a staff listener within one second', async () => {
    const page = await newPage();
    const first = await startApplication(page, suite.kiosk.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], async () => undefined);
    await page.getByRole('textbox', { name: 'Прізвище', exact: true }).fill(NAME);
    await page.getByRole('banner').getByRole('button', { name: 'Допомога' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Допомога' }).waitFor();
    const text = await page.getByRole('main').textContent();
    expect(text).toContain(`Ви на екрані: «${first}»`);
    expect(text).toContain('Напишіть так, як у паспорті'); // the help for a name field
    expect(await accessibilityProblems(page)).toEqual([]);

    // Heard by the staff listener within a second.
    const heard = nextEvent<HelpCall>(staff, 'help:called', 1_000);
    await page.getByRole('button', { name: 'Покликати працівника' }).tap();
    const call = await heard;
    expect(call).toMatchObject({ kioskId: 'K01', screen: 'question', stepId: 'applicant-name' });
    expect(JSON.stringify(call)).not.toContain(NAME);
    await page.getByRole('status').filter({ hasText: 'Працівника покликано' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Повернутися' }).tap();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Прізвище', exact: true }).inputValue()).toBe(NAME);
    expect(await page.getByRole('main').textContent()).toContain('Працівника покликано');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('the help button sits in the same place on every screen', async () => {
    const page = await newPage();
    const positions: string[] = [];
    const record = async () => {
      // On the welcome screen the app may be taking over the painted header in this moment: asked again until it is laid out.
      const help = page.getByRole('banner').getByRole('button', { name: /^Допомога/ });
      await expect.poll(() => help.boundingBox()).not.toBeNull();
      const box = (await help.boundingBox())!;
      positions.push(`${Math.round(box.x)},${Math.round(box.y)}`);
    };
    await startApplication(page, suite.kiosk.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], record);
    await answerToCheck(page, suite.catalogue, [PENSION], 'uk', record);
    await record();
    // Before a language is chosen the label is in both languages; from then on one place.
    expect(new Set(positions.slice(1)).size).toBe(1);
  });
});

describe('privacy between people', { timeout: 120_000 }, () => {
  it('settings and answers survive a reload, "start again" leaves nothing in the page, storage, URL, history or server', async () => {
    const page = await newPage();
    await startApplication(
      page,
      suite.kiosk.server.url,
      'uk',
      [suite.catalogue.get(PENSION)!.title.uk],
      async () => undefined,
      () => chooseDisplay(page, 'Великий', 'Чорний текст на білому'),
    );
    const heading = await headingText(page);
    await page.getByRole('textbox', { name: 'Прізвище', exact: true }).fill(NAME);
    await page.getByRole('textbox', { name: 'Імʼя', exact: true }).fill('Ганна');
    await page.getByRole('button', { name: 'Продовжити', exact: true }).tap();
    await nextScreen(page, heading);
    // This visit, by its id: other tests' visits may start or end meanwhile, so a count of live visits cannot tell.
    const sessionId = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);
    expect(sessionId && suite.kiosk.server.visits.has(sessionId)).toBe(true);

    await page.reload();
    await kioskReady(page);
    await page.getByRole('heading', { level: 1, name: 'Ваша дата народження' }).waitFor();
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ textSize: '3', theme: 'contrast-light' });

    // "Почати спочатку" asks first; "no" keeps everything.
    await page.getByRole('banner').getByRole('button', { name: 'Почати спочатку' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Почати спочатку?' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ні, повернутися до заяви' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Ваша дата народження' }).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Почати спочатку' }).tap();
    await page.getByRole('button', { name: 'Так, видалити відповіді' }).tap();
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    expect(await page.content()).not.toContain(NAME);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ textSize: DEFAULT_TEXT_SIZE, theme: DEFAULT_THEME });
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/');
    await eventually(() => !suite.kiosk.server.visits.has(sessionId!) || undefined);

    // The browser's Back cannot bring the visit back: there is no earlier page of it, and a fresh load is a fresh start.
    await page.goBack().catch(() => null);
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    expect(await page.content()).not.toContain(NAME);
  });
});
