// A receipt that cannot be printed, as the person at the kiosk meets it: the number on screen, the message said aloud,
// and the receipt coming out by itself once the printer has paper again; large print on request.
import { describe, expect, it } from 'vitest';
import { FakePrinter } from '../../printers/drivers/fake.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { answerToCheck, startApplication, ui } from '../support/kiosk-page.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';

const printer = new FakePrinter();
const suite = useBrowserSuite({ printer, printerPollMs: 100 });
const PENSION = 'pension-info';

describe('the receipt printer runs out of paper', { timeout: 180_000 }, () => {
  it('the person is told, on screen and by voice, that the application is submitted and staff will print the receipt', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    const title = suite.catalogue.get(PENSION)!.title.uk;
    await startApplication(
      page,
      suite.kiosk.server.url,
      'uk',
      [title],
      async () => undefined,
      async () => {
        await page.getByRole('button', { name: /Голосовий супровід/ }).tap();
        await page.getByRole('button', { name: 'Ні, через динамік' }).tap();
      },
    );
    await answerToCheck(page, suite.catalogue, [PENSION], 'uk', async () => undefined);

    printer.state = 'paper-out';
    await page.getByRole('button', { name: ui('uk', 'submit'), exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'submittedHeading') }).waitFor();
    const number = (await page.locator('.application-number').textContent())!.trim();
    expect(number).toMatch(/^K01-\d{4}-\d{6}$/);
    await page
      .getByRole('status')
      .filter({ hasText: ui('uk', 'receiptFailed') })
      .waitFor();
    await page.waitForFunction((text) => document.querySelector('.speech-caption')?.textContent?.includes(text), ui('uk', 'receiptFailed'));
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(printer.printed).toHaveLength(0);

    // Paper back: the queue prints the receipt, and the screen (and voice) say so.
    printer.state = 'ready';
    await page
      .getByRole('status')
      .filter({ hasText: ui('uk', 'receiptPrinted') })
      .waitFor();
    await page.waitForFunction((text) => document.querySelector('.speech-caption')?.textContent?.includes(text), ui('uk', 'receiptPrinted'));
    expect(printer.printed.map((d) => d.kind === 'visit-receipt' && d.applications[0]!.applicationNumber)).toEqual([number]);

    // Large print on request.
    await page.getByRole('button', { name: ui('uk', 'largePrint') }).tap();
    await page
      .getByRole('status')
      .filter({ hasText: ui('uk', 'receiptPrinted') })
      .waitFor();
    await expect.poll(() => printer.printed.length).toBe(2);
    expect(printer.printedOptions.at(-1)).toEqual({ largePrint: true });
    await context.close();
  });
});
