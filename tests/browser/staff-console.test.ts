// The staff console and a kiosk side by side, in two browser contexts, as staff and the person would use them: the
// login, a help call on the console within a second, "Іду" and a message shown and said on the kiosk, remote
// assistance seen only after the person's yes, an application's personal data (audited), reprints, statistics and the
// audit log. Axe on every console screen (and on every kiosk screen the staff change).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StepDefinition } from '../../content/schema.ts';
import { sampleValues } from '../support/answers.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { heard, recordCaptions } from '../support/captions.ts';
import { stepOnScreen } from '../support/fill.ts';
import { TEST_ADMIN, TEST_STAFF } from '../support/kiosk.ts';
import { answerToCheck, headingText, nextScreen, startApplication, submitFromCheck, ui } from '../support/kiosk-page.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';

const PENSION = 'pension-info';
const suite = useBrowserSuite();

async function newPage(size = { width: 1080, height: 1920 }, touch = true): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: size, hasTouch: touch });
  return context.newPage();
}

async function staffLogin(page: Page, account: { login: string; password: string }): Promise<void> {
  await page.getByRole('textbox', { name: 'Логін' }).fill(account.login);
  await page.getByLabel('Пароль').fill(account.password);
  await page.getByRole('button', { name: 'Увійти' }).click();
}

async function openConsole(account = TEST_STAFF): Promise<Page> {
  const page = await newPage({ width: 1440, height: 1000 }, false);
  await page.goto(`${suite.kiosk.server.url}/staff`);
  await page.getByRole('heading', { level: 1, name: 'Вхід до консолі працівника' }).waitFor();
  expect(await accessibilityProblems(page)).toEqual([]);
  await staffLogin(page, account);
  await page.getByRole('heading', { level: 1, name: 'Кіоски' }).waitFor();
  expect(await accessibilityProblems(page)).toEqual([]);
  return page;
}

/** Staff answer the question on the person's screen, from the assistance form, with valid sample answers. */
async function answerForPerson(console: Page, step: StepDefinition): Promise<void> {
  const values = sampleValues(step, {});
  const form = console.getByRole('form', { name: /Поточне питання/ });
  for (const field of step.fields) {
    const value = values[field.id]!;
    if (field.type === 'consent') continue;
    if (typeof value === 'object') {
      const group = form.getByRole('group', { name: field.label.uk });
      await group.getByRole('textbox', { name: 'День' }).fill(value.day);
      await group.getByRole('textbox', { name: 'Місяць' }).fill(value.month);
      await group.getByRole('textbox', { name: 'Рік' }).fill(value.year);
    } else if (field.options) await form.getByRole('combobox', { name: field.label.uk }).selectOption(value);
    else if (value) await form.getByRole('textbox', { name: field.label.uk, exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Відповісти за людину' }).click();
}

describe('the staff console with a kiosk', { timeout: 180_000 }, () => {
  it('logs in only with the right password, and says what is wrong', async () => {
    const page = await newPage({ width: 1280, height: 900 }, false);
    await page.goto(`${suite.kiosk.server.url}/staff`);
    await page.getByRole('heading', { level: 1, name: 'Вхід до консолі працівника' }).waitFor();
    await staffLogin(page, { login: TEST_STAFF.login, password: 'not the password' });
    await page.getByRole('alert').filter({ hasText: 'Неправильний логін або пароль' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-error');
    expect(await accessibilityProblems(page)).toEqual([]);
    // The password box is emptied after a failure; an empty login is named.
    expect(await page.getByLabel('Пароль').inputValue()).toBe('');
    await page.getByRole('textbox', { name: 'Логін' }).fill('');
    await page.getByRole('button', { name: 'Увійти' }).click();
    await page.getByRole('alert').filter({ hasText: 'Введіть логін' }).waitFor();
  });

  it('a help call, "Іду", a message and remote assistance with and without consent; then the application, audited', async () => {
    const console = await openConsole();
    const kiosk = await newPage();
    await recordCaptions(kiosk);
    const first = await startApplication(kiosk, suite.kiosk.server.url, 'uk', [suite.catalogue.get(PENSION)!.title.uk], async () => undefined);

    // The dashboard shows the kiosk in a visit, on its question (the heading only).
    const kioskRow = console.getByRole('row', { name: /^K01/ });
    await kioskRow.filter({ hasText: first }).waitFor();
    expect(await accessibilityProblems(console)).toEqual([]);

    // A help call appears on the console within one second.
    await kiosk
      .getByRole('banner')
      .getByRole('button', { name: ui('uk', 'help') })
      .tap();
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'help') }).waitFor();
    await kiosk.getByRole('button', { name: ui('uk', 'callStaff') }).tap();
    const calledAt = Date.now();
    const coming = console.getByRole('button', { name: 'Іду до кіоску K01' });
    await coming.waitFor({ timeout: 1_000 });
    expect(Date.now() - calledAt).toBeLessThan(1_000);
    expect(await console.getByRole('region', { name: /Виклики працівника/ }).textContent()).toContain(first);
    expect(await accessibilityProblems(console)).toEqual([]);

    // "Іду": the kiosk shows and says that help is on its way.
    await coming.click();
    await console.getByRole('status').filter({ hasText: 'людині сказано, що ви йдете' }).waitFor();
    await kiosk
      .getByRole('status')
      .filter({ hasText: ui('uk', 'helpComing') })
      .waitFor();
    await heard(kiosk, ui('uk', 'helpComing'));
    expect(await accessibilityProblems(kiosk)).toEqual([]);
    await kiosk.getByRole('button', { name: 'Повернутися' }).tap();
    await kiosk.getByRole('heading', { level: 1, name: first }).waitFor();

    // A message: shown on the kiosk and said (captioned).
    await console.getByRole('button', { name: 'Повідомлення на кіоск K01' }).click();
    await console.getByRole('heading', { name: 'Повідомлення на кіоск K01' }).waitFor();
    expect(await accessibilityProblems(console)).toEqual([]);
    await console.getByRole('button', { name: 'Надіслати повідомлення' }).click();
    await console.getByText('Введіть текст повідомлення').waitFor();
    const message = 'Я вже йду, зачекайте хвилинку';
    await console.getByRole('textbox', { name: /Текст/ }).fill(message);
    await console.getByRole('button', { name: 'Надіслати повідомлення' }).click();
    await kiosk.getByRole('alert').filter({ hasText: message }).waitFor();
    await heard(kiosk, message);
    expect(await accessibilityProblems(kiosk)).toEqual([]);
    await kiosk.getByRole('button', { name: ui('uk', 'staffMessageOk') }).tap();

    // Remote assistance, refused: staff see nothing of the visit.
    await console.getByRole('button', { name: 'Допомогти дистанційно на кіоску K01' }).click();
    await console.getByRole('status').filter({ hasText: 'Чекаємо, поки людина на кіоску погодиться' }).waitFor();
    await kiosk.getByRole('heading', { level: 1, name: ui('uk', 'assistHeading') }).waitFor();
    await heard(kiosk, ui('uk', 'assistQuestion'));
    expect(await accessibilityProblems(kiosk)).toEqual([]);
    expect(await accessibilityProblems(console)).toEqual([]);
    await kiosk.getByRole('button', { name: ui('uk', 'assistNo') }).tap();
    const panel = console.getByRole('region', { name: 'Дистанційна допомога: кіоск K01' });
    await panel.getByRole('status').filter({ hasText: 'Людина не дозволила допомогу.' }).waitFor();
    expect(await panel.textContent()).not.toContain(first);
    await kiosk.getByRole('heading', { level: 1, name: first }).waitFor();
    await panel.getByRole('button', { name: 'Закрити' }).click();

    // Allowed: the current question and a way to answer it; the kiosk says staff are connected and how to end it.
    await console.getByRole('button', { name: 'Допомогти дистанційно на кіоску K01' }).click();
    await kiosk.getByRole('button', { name: ui('uk', 'assistYes') }).tap();
    await console.getByRole('heading', { name: `Поточне питання: ${first}` }).waitFor();
    await kiosk.getByRole('region', { name: ui('uk', 'assistActive') }).waitFor();
    await heard(kiosk, ui('uk', 'assistActive'));
    expect(await accessibilityProblems(console)).toEqual([]);
    expect(await accessibilityProblems(kiosk)).toEqual([]);
    const step = (await stepOnScreen(kiosk, suite.catalogue, [PENSION]))!;
    await answerForPerson(console, step);
    const second = await nextScreen(kiosk, first);
    await console.getByRole('heading', { name: new RegExp(`Поточне питання: ${second.slice(0, 20)}`) }).waitFor();
    expect(await console.getByRole('region', { name: 'Дистанційна допомога: кіоск K01' }).textContent()).toContain('Відповіді в цьому візиті');

    // The person ends it from the kiosk.
    await kiosk.getByRole('button', { name: ui('uk', 'assistEnd') }).tap();
    await panel.getByRole('status').filter({ hasText: 'Людина завершила допомогу.' }).waitFor();
    await kiosk.getByRole('region', { name: ui('uk', 'assistActive') }).waitFor({ state: 'detached' });

    // The person finishes; staff find the application, look at its personal data (on the record) and reprint it.
    await answerToCheck(kiosk, suite.catalogue, [PENSION], 'uk', async () => undefined);
    const number = await submitFromCheck(kiosk, 'uk', async () => undefined);
    await console.getByRole('link', { name: 'Заяви', exact: true }).click();
    await console.getByRole('heading', { level: 1, name: 'Заяви', exact: true }).waitFor();
    await console.getByRole('button', { name: number }).click();
    await console.getByRole('heading', { name: `Заява ${number}` }).waitFor();
    expect(await accessibilityProblems(console)).toEqual([]);
    const audited = () =>
      suite.kiosk.server.db.all<{ staff_login: string }>("SELECT staff_login FROM audit_log WHERE action = 'view-personal-data' AND application_number = ?", [
        number,
      ]);
    expect(await audited()).toEqual([]);
    await console.getByRole('button', { name: 'Показати особові дані' }).click();
    await console.getByRole('heading', { name: 'Особові дані' }).waitFor();
    expect(await audited()).toEqual([{ staff_login: TEST_STAFF.login }]);
    expect(await accessibilityProblems(console)).toEqual([]);
    await console.getByRole('button', { name: 'Друкувати квитанцію на столі працівника' }).click();
    await console.getByRole('status').filter({ hasText: 'надруковано на принтері працівника' }).waitFor();

    // Search by number, as typed from a receipt.
    await console.getByRole('textbox', { name: 'Номер заяви' }).fill(number.toLowerCase());
    await console.getByRole('button', { name: 'Знайти' }).click();
    await console.getByRole('heading', { name: `Заява ${number}`, exact: true }).waitFor();
    expect(await console.evaluate(() => document.activeElement?.id)).toBe('application-heading');
    expect(await console.getByText('Заяви з таким номером немає').count()).toBe(0);

    // Statistics: the visit is counted, and the page passes axe.
    await console.getByRole('link', { name: 'Статистика' }).click();
    await console.getByRole('heading', { level: 1, name: 'Статистика' }).waitFor();
    await console.getByRole('table', { name: 'Заяви за послугами' }).waitFor();
    expect(await accessibilityProblems(console)).toEqual([]);
    const download = console.waitForEvent('download');
    await console.getByRole('button', { name: 'Завантажити CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^vikno-stats-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);

    // Staff do not see the audit log; an admin does, with the look at the personal data on it.
    expect(await console.getByRole('link', { name: 'Журнал доступу' }).count()).toBe(0);
    await console.getByRole('button', { name: 'Вийти' }).click();
    await console.getByRole('heading', { level: 1, name: 'Вхід до консолі працівника' }).waitFor();
    await staffLogin(console, TEST_ADMIN);
    await console.getByRole('link', { name: 'Журнал доступу' }).click();
    await console.getByRole('heading', { level: 1, name: 'Журнал доступу' }).waitFor();
    const row = console.getByRole('row').filter({ hasText: 'перегляд особових даних' }).filter({ hasText: number });
    await row.waitFor();
    expect(await row.textContent()).toContain(TEST_STAFF.login);
    expect(await accessibilityProblems(console)).toEqual([]);
    expect(await headingText(console)).toBe('Журнал доступу');
  });
});
