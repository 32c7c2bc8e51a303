// "Перевірити стан заяви" as a person meets it: from the welcome screen, the number typed on the keypad or scanned from
// the receipt's QR code, the status shown and said; an unknown number gets a clear message. Axe on every screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FakeCentralCaseSystem } from '../../kiosk-server/forwarding/fake-central.ts';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import { DECISION_TEXT } from '../../content/text/status.ts';
import { keyboardFor } from '../../content/keyboard-layouts.ts';
import { STATUS_TEXT } from '../../kiosk-ui/screens/status-text.ts';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { commitMany } from '../support/applications.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { eventually, TEST_STAFF } from '../support/kiosk.ts';
import { kioskReady, ui } from '../support/kiosk-page.ts';
import { typeOnKeyboard } from '../support/onscreen-keyboard.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';
import { heard, recordCaptions } from '../support/captions.ts';
import { scanBurst } from '../support/scanner.ts';

const central = new FakeCentralCaseSystem();
/** What the voice was asked to say, after normalisation: the words as they are heard. */
const engine = new FakeSpeechEngine();
const suite = useBrowserSuite({
  central,
  speechEngines: [engine],
  forwarding: { backoff: { baseMs: 20, maxMs: 100 }, statusPoll: { baseMs: 30, maxMs: 100 } },
});

const heardSaying = (lang: 'uk' | 'en', words: string) => engine.requests.some((r) => r.lang === lang && r.text.includes(words));

/** Two applications made earlier: one granted, one still with the deciding body. */
async function earlierApplications(): Promise<{ granted: string; received: string }> {
  const [first, second] = await commitMany(suite.kiosk.server.store, 2);
  suite.kiosk.server.worker.wake();
  await eventually(() => (central.cases.has(first!.id) && central.cases.has(second!.id) ? true : undefined));
  central.decide(central.cases.get(first!.id)!.caseId, { status: 'granted', reason: null, changedAt: new Date().toISOString() });
  await eventually(
    async () =>
      (await suite.kiosk.server.db.get<{ s: string }>('SELECT central_status AS s FROM applications WHERE id = ?', [first!.id]))?.s === 'granted' || undefined,
  );
  return { granted: first!.number, received: second!.number };
}

async function openKiosk(voice: boolean): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  await recordCaptions(page);
  await page.goto(suite.kiosk.server.url);
  await kioskReady(page);
  if (voice) {
    await page.getByRole('button', { name: /Голосовий супровід/ }).tap();
    await page.getByRole('button', { name: 'Ні, через динамік' }).tap();
  }
  await page.getByRole('button', { name: new RegExp(ui('uk', 'checkStatus')) }).tap();
  await page.getByRole('heading', { level: 1, name: ui('uk', 'statusQuestion') }).waitFor();
  expect(await accessibilityProblems(page)).toEqual([]);
  return page;
}

async function expectResult(page: Page, number: string, status: keyof typeof STATUS_TEXT): Promise<void> {
  await page.getByRole('heading', { level: 1, name: new RegExp(`${ui('uk', 'statusHeading')}.*${number}`) }).waitFor();
  await page.getByText(STATUS_TEXT[status].title.uk, { exact: true }).waitFor();
  await page.getByText(STATUS_TEXT[status].meaning.uk).waitFor();
  expect(await accessibilityProblems(page)).toEqual([]);
  // Nothing personal on the screen: no name, no РНОКПП, no IBAN.
  const text = await page.locator('main').innerText();
  for (const secret of ['Шевченко', '3652504575', 'UA9030']) expect(text).not.toContain(secret);
}

describe('checking an application', { timeout: 120_000 }, () => {
  it('by number on the on-screen keyboard with the keypad: the status is shown and said', async () => {
    const { granted } = await earlierApplications();
    const page = await openKiosk(true);
    await heard(page, ui('uk', 'statusQuestion'));
    // ▼ past the hint and the text box to the keyboard, then the number key by key.
    const onKey = () => page.evaluate(() => document.activeElement?.hasAttribute('data-key-index') ?? false);
    for (let i = 0; i < 5 && !(await onKey()); i++) await page.keyboard.press('ArrowDown');
    await typeOnKeyboard(page, keyboardFor('applicationNumber', 'uk')!, granted);
    const box = page.getByRole('textbox', { name: ui('uk', 'statusQuestion') });
    expect(await box.inputValue()).toBe(granted);
    // ▲ out of the keyboard to the box, and Enter.
    for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expectResult(page, granted, 'granted');
    // Granted without a sum from the central system: the decision letter has it, and the screen says so.
    await page.getByText(DECISION_TEXT.inLetter.uk).waitFor();
    await heard(page, STATUS_TEXT.granted.title.uk);
    await heard(page, DECISION_TEXT.inLetter.uk);
    await heard(page, ui('uk', 'statusSubmittedOn'));

    // The same in English, from the header's language switch.
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByText(STATUS_TEXT.granted.title.en, { exact: true }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Українська' }).tap();

    // Back to the start: the welcome screen, with the voice guide still on for this person.
    await page.getByRole('button', { name: ui('uk', 'statusDone') }).tap();
    await page.getByRole('heading', { level: 1, name: new RegExp(ui('uk', 'welcomeHeading')) }).waitFor();
    expect(await page.locator('.speech-caption').count()).toBe(1);
    await page.context().close();
  });

  it('a grant with its sum and period: shown, heard in Ukrainian and in English as a sum and dates, and on the staff console', async () => {
    const [application] = await commitMany(suite.kiosk.server.store, 1);
    suite.kiosk.server.worker.wake();
    const made = await eventually(() => central.cases.get(application!.id));
    central.decide(made.caseId, {
      status: 'granted',
      reason: null,
      changedAt: new Date().toISOString(),
      decision: { amount: '3328.00', frequency: 'month', from: '2026-01-01', to: '2026-06-30' },
    });
    await eventually(
      async () =>
        (await suite.kiosk.server.db.get<{ a: string | null }>('SELECT decision_amount AS a FROM applications WHERE id = ?', [application!.id]))?.a ===
          '3328.00' || undefined,
    );
    const page = await openKiosk(true);
    await page.getByRole('textbox', { name: ui('uk', 'statusQuestion') }).fill(application!.number);
    await page.getByRole('button', { name: ui('uk', 'statusCheckButton') }).tap();
    await expectResult(page, application!.number, 'granted');
    // On the screen as Ukrainians write it (a space between the thousands), the days as dd.mm.yyyy; axe has run on it.
    const uk = 'Призначено 3 328 грн на місяць з 01.01.2026 по 30.06.2026.';
    // The screen's paragraph, as a screen reader finds it (the caption of the same words is hidden from it).
    await page
      .getByRole('paragraph')
      .and(page.getByText(uk, { exact: true }))
      .waitFor();
    expect(await page.getByText(DECISION_TEXT.inLetter.uk).count()).toBe(0);
    await heard(page, uk);
    // Heard as a sum and dates, not as digits: the words the voice was given.
    expect(
      heardSaying(
        'uk',
        'Призначено три тисячі триста двадцять вісім гривень на місяць з першого січня дві тисячі двадцять шостого року по тридцяте червня дві тисячі двадцять шостого року',
      ),
    ).toBe(true);

    await page.getByRole('button', { name: 'English' }).tap();
    const en = 'Granted: 3 328 UAH a month from 01.01.2026 to 30.06.2026.';
    await page
      .getByRole('paragraph')
      .and(page.getByText(en, { exact: true }))
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // Said again in English on the repeat key (R), as a person who switched would ask.
    await page.keyboard.press('r');
    await heard(page, en);
    expect(heardSaying('en', 'Granted: 3,328 hryvnias a month from 1 January 2026 to 30 June 2026')).toBe(true);
    await page.context().close();

    // The staff console's application view says the same, in Ukrainian.
    const console = await (await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await console.goto(`${suite.kiosk.server.url}/staff`);
    await console.getByRole('textbox', { name: 'Логін' }).fill(TEST_STAFF.login);
    await console.getByLabel('Пароль').fill(TEST_STAFF.password);
    await console.getByRole('button', { name: 'Увійти' }).click();
    await console.getByRole('link', { name: 'Заяви', exact: true }).click();
    await console.getByRole('textbox', { name: 'Номер заяви' }).fill(application!.number);
    await console.getByRole('button', { name: 'Знайти' }).click();
    const detail = console.getByRole('region', { name: `Заява ${application!.number}` });
    await detail.getByRole('definition').filter({ hasText: uk }).waitFor();
    expect(await detail.getByRole('term').filter({ hasText: 'Рішення' }).count()).toBe(1);
    expect(await accessibilityProblems(console)).toEqual([]);
    await console.context().close();
  });

  it("by scanning the receipt's QR code: a burst of keys and Enter, wherever focus is; a single keypad key still works", async () => {
    const { received, granted } = await earlierApplications();
    const page = await openKiosk(true);
    // A person's '-' on the keypad (volume down) is not taken for a scan.
    await page.keyboard.press('-');
    await page
      .getByRole('status')
      .filter({ hasText: ui('uk', 'volume') })
      .waitFor();
    // Focus is on the heading, not in the box: the scanner types the QR code's text, then Enter.
    await scanBurst(page, received);
    await expectResult(page, received, 'received');
    await heard(page, STATUS_TEXT.received.title.uk);
    // A second receipt scanned straight from the result.
    await scanBurst(page, granted.toLowerCase());
    await expectResult(page, granted, 'granted');

    // With focus in the box and something half typed there: the scan replaces it, and is looked up once.
    await page.getByRole('button', { name: ui('uk', 'statusAnother') }).tap();
    const box = page.getByRole('textbox', { name: ui('uk', 'statusQuestion') });
    await box.tap();
    await box.pressSequentially('K0', { delay: 150 });
    // Stays a real wait: a person's pause before holding the receipt to the scanner. The page tells a scan from typing by
    // the gaps between keys (the events' own time stamps, SCAN_KEY_GAP_MS), which only real time makes.
    await new Promise((r) => setTimeout(r, 200));
    await page.evaluate(() => {
      const w = window as unknown as { lookups: number };
      w.lookups = 0;
      document.addEventListener('vk-status-lookup', () => w.lookups++, true);
    });
    await scanBurst(page, received);
    await expectResult(page, received, 'received');
    expect(await page.evaluate(() => (window as unknown as { lookups: number }).lookups)).toBe(1);
    await page.context().close();
  });

  it('an unknown number, or something that is not a number, gets a clear message, shown first and said', async () => {
    const page = await openKiosk(true);
    const box = page.getByRole('textbox', { name: ui('uk', 'statusQuestion') });
    await box.fill('K01-2020-999999');
    await page.getByRole('button', { name: ui('uk', 'statusCheckButton') }).tap();
    const summary = page.locator('#error-summary');
    await summary.getByRole('link', { name: ERROR_MESSAGES.unknown_application.uk }).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('K01-2020-999999');
    await heard(page, ERROR_MESSAGES.unknown_application.uk);
    expect(await accessibilityProblems(page)).toEqual([]);

    await box.fill('мій номер');
    await page.getByRole('button', { name: ui('uk', 'statusCheckButton') }).tap();
    await summary.getByRole('link', { name: ERROR_MESSAGES.invalid_number.uk }).waitFor();
    // The link takes focus to the box, to put it right.
    await summary.getByRole('link').tap();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
