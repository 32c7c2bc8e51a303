// The disk fills up just before the person submits (a real tmpfs as the kiosk's data folder): the check-answers page
// stays, with an alert that the application could not be saved and a button to call staff; once space is back the
// same submit goes through. axe runs on each of those screens.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { axeViolations } from '../support/browser.ts';
import { TEST_STAFF } from '../support/kiosk.ts';
import { STAFF_TEXT } from '../../content/text/staff.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { answerToCheck, startApplication, ui } from '../support/kiosk-page.ts';
import { mountSmallDisk, type SmallDisk } from '../support/small-disk.ts';

const disk = await mountSmallDisk(8);
if ('reason' in disk) console.warn(`browser disk-full.test.ts skipped: ${disk.reason}`);
// Here, after the suite's own hooks have stopped the server (a parent's afterAll runs after its children's).
afterAll(async () => {
  if (!('reason' in disk)) await disk.unmount();
});

describe.skipIf('reason' in disk)('the kiosk page when the disk is full at submit', () => {
  const small = disk as SmallDisk;
  const suite = useBrowserSuite({ dataDir: small.dir });
  let context: BrowserContext;
  let page: Page;

  afterAll(async () => {
    await context?.close();
    await small.free();
  });

  it('says the application was not saved, offers to call staff, and submits once space is back', { timeout: 300_000 }, async () => {
    context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    page = await context.newPage();
    const axe = async (where: string) => expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
    await startApplication(page, suite.kiosk.server.url, 'uk', ['Одноразова матеріальна допомога'], axe);
    await answerToCheck(page, suite.catalogue, ['one-time-aid'], 'uk', axe);
    const check = page.getByRole('heading', { level: 1, name: ui('uk', 'checkHeading') });
    await check.waitFor();
    // A member of staff has the console open (logged in while the disk still took writes).
    const staffPage = await (await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await staffPage.goto(`${suite.kiosk.server.url}/staff`);
    await staffPage.getByRole('textbox', { name: 'Логін' }).fill(TEST_STAFF.login);
    await staffPage.getByLabel('Пароль').fill(TEST_STAFF.password);
    await staffPage.getByRole('button', { name: 'Увійти' }).click();
    await staffPage.getByRole('heading', { level: 2, name: STAFF_TEXT.dashboard.kiosksHeading.uk }).waitFor();
    const alert = staffPage.getByRole('heading', { level: 2, name: STAFF_TEXT.dashboard.storageHeading.uk });
    expect(await alert.count()).toBe(0);

    await small.fill();
    await page.getByRole('button', { name: ui('uk', 'submit'), exact: true }).tap();
    await page.getByRole('alert').filter({ hasText: ERROR_MESSAGES.not_saved.uk }).waitFor();
    await check.waitFor();
    await axe('the not-saved alert');
    await alert.waitFor();
    expect(await staffPage.getByRole('alert').filter({ hasText: 'SQLITE_FULL' }).count()).toBe(1);
    expect(await axeViolations(staffPage), 'axe on the console with the alert').toEqual([]);
    await page.getByRole('button', { name: ui('uk', 'callStaff'), exact: true }).tap();
    await page.getByText(ui('uk', 'staffCalled')).first().waitFor();
    expect(await suite.kiosk.server.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM applications')).toEqual({ n: 0 });

    await small.free();
    await page.getByRole('button', { name: ui('uk', 'submit'), exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: ui('uk', 'submittedHeading') }).waitFor();
    await axe('the confirmation');
    await alert.waitFor({ state: 'detached' });
    await staffPage.context().close();
    expect(await suite.kiosk.server.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM applications')).toEqual({ n: 1 });
  });
});
