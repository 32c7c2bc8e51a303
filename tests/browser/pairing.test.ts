// Pairing a kiosk screen on "another machine" (Chromium on the server's non-loopback address of this machine): the
// not-connected page (axe-clean), a wrong code told, a code from the console pairs it and the welcome screen appears;
// a reload keeps it paired; a visit ended leaves the secret in local storage and nothing else; «Відключити» on the
// console sends the screen back to the not-connected page at once.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { PAIRING_STORAGE_KEY } from '../../protocol/pairing.ts';
import { holdRequests } from '../support/browser.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { TEST_STAFF } from '../support/kiosk.ts';
import { kioskReady, ui } from '../support/kiosk-page.ts';
import { heard, recordCaptions } from '../support/captions.ts';
import { remoteScreenOptions } from '../support/pairing.ts';
import { accessibilityProblems, descriptionsOf } from '../support/screen-checks.ts';

// Wrong codes of both tests stay well under the limit (its own test is tests/integration/kiosk-pairing.test.ts).
const suite = useBrowserSuite({ ...remoteScreenOptions(), otherKioskIds: ['K02'], pairingAttempts: { limit: 50, windowMs: 600_000 } });

const checkScreen = async (page: Page) => expect(await accessibilityProblems(page)).toEqual([]);

async function newPage(size = { width: 1080, height: 1920 }, touch = true): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: size, hasTouch: touch });
  return context.newPage();
}

const notConnected = (page: Page) => page.getByRole('heading', { level: 1, name: ui('uk', 'notPairedHeading') }).waitFor();
const welcome = (page: Page) => page.getByRole('heading', { level: 1, name: ui('uk', 'welcomeHeading') }).waitFor();
const storage = (page: Page) =>
  page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), secret: localStorage.getItem('vikno-kiosk-pairing') }));

async function openConsole(): Promise<Page> {
  const page = await newPage({ width: 1440, height: 1000 }, false);
  await page.goto(`${suite.kiosk.server.url}/staff`);
  await page.getByRole('textbox', { name: 'Логін' }).fill(TEST_STAFF.login);
  await page.getByLabel('Пароль').fill(TEST_STAFF.password);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await page.getByRole('heading', { level: 1, name: 'Кіоски' }).waitFor();
  await page.getByRole('link', { name: 'Підключення кіосків' }).click();
  await page.getByRole('heading', { level: 1, name: 'Підключення кіосків' }).waitFor();
  await checkScreen(page);
  return page;
}

async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: ui('uk', 'pairingCodeLabel') }).fill(code);
  await page.getByRole('button', { name: ui('uk', 'pairingConnect'), exact: true }).tap();
}

describe('pairing a kiosk screen', { timeout: 180_000 }, () => {
  it('an unpaired screen is paired with a code from the console, stays paired, keeps only its secret, and is unpaired', async () => {
    const kiosk = await newPage();
    await kiosk.goto(suite.kiosk.server.url);
    await notConnected(kiosk);
    await checkScreen(kiosk);
    expect(await kiosk.getByRole('button', { name: 'Українська' }).count()).toBe(0);

    // A wrong code is told, in the error summary and at the field.
    await typeCode(kiosk, '0000 000');
    await kiosk.getByRole('link', { name: ui('uk', 'pairingEnterCode') }).waitFor();
    await typeCode(kiosk, '1111 1111');
    await kiosk.getByRole('link', { name: ERROR_MESSAGES.wrong_code.uk }).waitFor();
    // The box keeps what was typed, to be corrected, and is read with its error.
    const box = kiosk.getByRole('textbox', { name: ui('uk', 'pairingCodeLabel') });
    expect(await box.inputValue()).toBe('1111 1111');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionsOf(box)).toEqual([ui('uk', 'pairingCodeHint'), `${ui('uk', 'errorPrefix')} ${ERROR_MESSAGES.wrong_code.uk}`]);
    await checkScreen(kiosk);
    expect(await kiosk.title()).toBe(`${ui('uk', 'errorPrefix')} ${ui('uk', 'notPairedHeading')} — ${ui('uk', 'appName')}`);

    // Help says how to pair the screen, and offers no call: the server takes nothing else from an unpaired screen.
    await kiosk
      .getByRole('banner')
      .getByRole('button', { name: ui('uk', 'help') })
      .tap();
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'help') }).waitFor();
    await kiosk.getByText(ui('uk', 'helpNotPaired')).waitFor();
    expect(await kiosk.getByRole('button', { name: ui('uk', 'callStaff') }).count()).toBe(0);
    await checkScreen(kiosk);
    await kiosk.getByRole('button', { name: ui('uk', 'helpBack') }).tap();
    await notConnected(kiosk);

    const console = await openConsole();
    await console.getByRole('combobox', { name: 'Кіоск' }).selectOption('K02');
    await console.getByRole('button', { name: 'Підключити кіоск' }).click();
    const code = (await console.locator('.pairing-code-digits').textContent())!.trim();
    expect(code).toMatch(/^\d{4} \d{4}$/);
    await console.getByText(/Він діє один раз, до \d\d:\d\d/).waitFor();
    await checkScreen(console);

    await typeCode(kiosk, code);
    await welcome(kiosk);
    await checkScreen(kiosk);
    const paired = await storage(kiosk);
    expect(paired.local).toEqual([PAIRING_STORAGE_KEY]);
    expect(paired.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // A reload keeps it paired.
    await kiosk.reload();
    await kioskReady(kiosk);
    await welcome(kiosk);

    // A visit, ended: its data goes, the secret stays.
    await kiosk.getByRole('button', { name: 'Українська', exact: true }).tap();
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    expect((await storage(kiosk)).session.length).toBeGreaterThan(0);
    await kiosk
      .getByRole('banner')
      .getByRole('button', { name: ui('uk', 'startAgain') })
      .tap();
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'leaveHeading') }).waitFor();
    await kiosk.getByRole('button', { name: ui('uk', 'leaveYes'), exact: true }).tap();
    await welcome(kiosk);
    expect(await storage(kiosk)).toEqual({ local: [PAIRING_STORAGE_KEY], session: [], secret: paired.secret });

    // The console lists the screen; «Відключити» asks once more (the screen is online), «Скасувати» keeps it, and
    // «Так, відключити» sends it back to the not-connected page at once.
    await console.getByRole('link', { name: 'Кіоски' }).click();
    await console.getByRole('link', { name: 'Підключення кіосків' }).click();
    const unpair = console.getByRole('button', { name: /Відключити екран \d+ кіоску K02/ });
    await unpair.waitFor();
    await checkScreen(console);
    await unpair.click();
    const confirm = console.getByRole('region', { name: /Відключити екран \d+ кіоску K02\?/ });
    await confirm.getByText(/Екран зараз на звʼязку/).waitFor();
    expect(await console.evaluate(() => document.activeElement?.id)).toBe('pairing-confirm-heading');
    await checkScreen(console);
    await confirm.getByRole('button', { name: 'Скасувати' }).click();
    expect(await confirm.count()).toBe(0);
    expect(await unpair.evaluate((button) => button === document.activeElement)).toBe(true);
    await welcome(kiosk);
    // Unpaired in the middle of a visit: the not-connected page says first that the answers are gone.
    await kiosk.getByRole('button', { name: 'Українська', exact: true }).tap();
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'servicesHeading') }).waitFor();
    await unpair.click();
    // A code being issued meanwhile (held on its way) does not stop «Так, відключити».
    const releaseCode = await holdRequests(console, '**/pairing/codes');
    await console.getByRole('button', { name: 'Підключити кіоск' }).click();
    await confirm.getByRole('button', { name: 'Так, відключити' }).click();
    await console.getByText(/Екран \d+ кіоску K02 відключено/).waitFor();
    // Focus does not fall to the page's body with the question: it is on the page's heading.
    await console.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await notConnected(kiosk);
    await kiosk.getByText(ui('uk', 'pairingVisitCut')).waitFor();
    await checkScreen(kiosk);
    expect(await storage(kiosk)).toEqual({ local: [], session: [], secret: null });
    // The code comes after all: a new one, in place of the one used above.
    releaseCode();
    await expect.poll(async () => (await console.locator('.pairing-code-digits').textContent())?.trim()).not.toBe(code);
    expect((await console.locator('.pairing-code-digits').textContent())!.trim()).toMatch(/^\d{4} \d{4}$/);

    await kiosk.context().close();
    await console.context().close();
  });

  it('the not-connected page and a wrong code are spoken by the voice guide, turned on with the keypad', async () => {
    const kiosk = await newPage();
    await recordCaptions(kiosk);
    await kiosk.goto(suite.kiosk.server.url);
    await notConnected(kiosk);
    await kiosk.keyboard.press('F2');
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'voiceGuidance') }).waitFor();
    await checkScreen(kiosk);
    await kiosk.getByRole('button', { name: ui('uk', 'voiceSpeaker'), exact: true }).tap();
    await notConnected(kiosk);
    await heard(kiosk, ui('uk', 'notPairedHeading'));
    await typeCode(kiosk, '2222 2222');
    await heard(kiosk, ERROR_MESSAGES.wrong_code.uk);
    await checkScreen(kiosk);
    await kiosk.context().close();
  });
});
