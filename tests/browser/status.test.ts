// "Перевірити стан заяви" as a person meets it: from the welcome screen, the number typed on the keypad or scanned from
// the receipt's QR code, the status shown and said; an unknown number gets a clear message. Axe on every screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FakeCentralCaseSystem } from '../../kiosk-server/forwarding/fake-central.ts';
import { keyboardFor } from '../../content/keyboard-layouts.ts';
import { STATUS_TEXT } from '../../kiosk-ui/screens/status-text.ts';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { commitMany } from '../support/applications.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { eventually } from '../support/kiosk.ts';
import { ui } from '../support/kiosk-page.ts';
import { typeOnKeyboard } from '../support/onscreen-keyboard.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';
import { heard, recordCaptions } from '../support/captions.ts';
import { scanBurst } from '../support/scanner.ts';

const central = new FakeCentralCaseSystem();
const suite = useBrowserSuite({ central, forwarding: { backoff: { baseMs: 20, maxMs: 100 }, statusPoll: { baseMs: 30, maxMs: 100 } } });

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
    await heard(page, STATUS_TEXT.granted.title.uk);
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
