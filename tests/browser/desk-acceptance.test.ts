// Acceptance at the desk, as a person and the administrator meet it: the person applies at the kiosk by touch and is
// told to go to the administrator; nothing is forwarded. In the console the receipt is scanned, the identity ticked and
// the surname corrected, the forms printed (a PDF at the desk printer, with the corrected surname) and signed, the
// documents marked, and «Прийняти»: then, and only then, the central system has the cases, with who accepted them. A
// colleague opening the same visit is told who has it; a refusal reaches the status check with its reason; an unknown
// number and another centre's receipt are named. Axe on every console screen. Driven by role and accessible name.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplicationPayload } from '../../kiosk-server/forwarding/payload.ts';
import type { CentralCaseSystem } from '../../kiosk-server/forwarding/central-case-system.ts';
import { STATUS_TEXT } from '../../kiosk-ui/screens/status-text.ts';
import { REFUSAL_REASONS } from '../../protocol/application-status.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { eventually, restCentral, TEST_ADMIN, TEST_STAFF } from '../support/kiosk.ts';
import { answerToCheck, kioskReady, startApplication, ui } from '../support/kiosk-page.ts';
import { pdfText } from '../support/pdf.ts';
import { scanBurst } from '../support/scanner.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';

const TWO = ['pension-info', 'one-time-aid'];
const ONE = ['pension-info'];
const CORRECTED = 'Коваль';

/** What the kiosk sent to the central system, as it sent it. */
const sent: ApplicationPayload[] = [];
const recording = (central: CentralCaseSystem): CentralCaseSystem => ({
  description: central.description,
  timeoutMs: central.timeoutMs,
  submit: (payload, key, stop) => (sent.push(payload), central.submit(payload, key, stop)),
  status: (caseId, stop) => central.status(caseId, stop),
});
const suite = useBrowserSuite({ acceptance: { policy: 'desk' } }, { central: (url) => recording(restCentral(url)) });

async function newPage(size: { width: number; height: number }, touch: boolean): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: size, hasTouch: touch });
  return context.newPage();
}

async function openConsole(account: { login: string; password: string }): Promise<Page> {
  const page = await newPage({ width: 1440, height: 1000 }, false);
  await page.goto(`${suite.kiosk.server.url}/staff`);
  await page.getByRole('textbox', { name: 'Логін' }).fill(account.login);
  await page.getByLabel('Пароль').fill(account.password);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await page.getByRole('heading', { level: 1, name: 'Кіоски' }).waitFor();
  return page;
}

/** A console screen: its h1 (with focus on it, or on the alert), and axe. */
async function consoleScreen(page: Page, heading: string | RegExp, focus: 'heading' | string = 'heading'): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await h1.waitFor();
  if (focus === 'heading') await expect.poll(() => h1.evaluate((el) => el === document.activeElement)).toBe(true);
  else await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(focus);
  expect(await accessibilityProblems(page), `axe on "${heading}"`).toEqual([]);
}

/** The alert on a console screen says `words`, and has focus. */
async function alertSays(page: Page, words: string | RegExp, id: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: words }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
}

/** The person applies at the kiosk by touch; the confirmation tells them to go to the administrator. */
async function applyAtKiosk(kiosk: Page, serviceIds: string[]): Promise<string[]> {
  const titles = serviceIds.map((id) => suite.catalogue.get(id)!.title.uk);
  await startApplication(kiosk, suite.kiosk.server.url, 'uk', titles, async () => undefined);
  await answerToCheck(kiosk, suite.catalogue, serviceIds, 'uk', async () => undefined);
  await kiosk.getByRole('button', { name: ui('uk', 'submit'), exact: true }).tap();
  await kiosk.getByText(ui('uk', 'nextStepDesk')).waitFor();
  const numbers = (await kiosk.locator('.application-number').allTextContents()).map((n) => n.trim());
  expect(numbers).toHaveLength(serviceIds.length);
  return numbers;
}

/** The kiosk's status check for one number: its status's title, and the reason when there is one. */
async function statusAtKiosk(kiosk: Page, number: string): Promise<string> {
  await kiosk.goto(suite.kiosk.server.url);
  await kioskReady(kiosk);
  // The person's visit ends first, as they end it: «Почати спочатку» on the confirmation (or the result of a check).
  // The reloaded page restores the visit a moment later: wait for one or the other, never guess.
  const restart = kiosk.getByRole('button', { name: ui('uk', 'startAgain'), exact: true }).first();
  const welcome = kiosk.getByRole('heading', { level: 1, name: new RegExp(ui('uk', 'welcomeHeading')) });
  await restart.or(welcome).first().waitFor();
  if (await restart.isVisible()) await restart.tap();
  await welcome.waitFor();
  await kiosk.getByRole('button', { name: new RegExp(ui('uk', 'checkStatus')) }).tap();
  await kiosk.getByRole('textbox', { name: ui('uk', 'statusQuestion') }).fill(number);
  await kiosk.getByRole('button', { name: ui('uk', 'statusCheckButton') }).tap();
  await kiosk.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
  return (await kiosk.getByRole('main').innerText()).replace(/\s+/g, ' ');
}

async function openAcceptance(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Прийом заяви' }).click();
  await consoleScreen(page, 'Прийом заяви');
}

async function deskPdfs(): Promise<string[]> {
  const dir = path.join(suite.kiosk.dataDir, 'desk-receipts');
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.pdf'));
  const dated = await Promise.all(names.map(async (n) => ({ file: path.join(dir, n), at: (await stat(path.join(dir, n))).mtimeMs })));
  return dated.sort((a, b) => a.at - b.at).map((d) => d.file);
}

const casesOf = async (numbers: string[]) => (await suite.kiosk.simulator.cases()).filter((c) => numbers.includes(c.applicationNumber));

describe('acceptance at the desk', { timeout: 300_000 }, () => {
  it('a scanned receipt: identity ticked and corrected, forms printed and signed, documents marked, accepted — and only then forwarded', async () => {
    const desk = await openConsole(TEST_STAFF);
    await desk.getByText('Заяв, що очікують прийняття, немає.').waitFor();

    const kiosk = await newPage({ width: 1080, height: 1920 }, true);
    const numbers = await applyAtKiosk(kiosk, TWO);

    // The dashboard counts the visit waiting and leads to «Прийом заяви».
    await desk.getByText('Очікують прийняття: 1, найдовше — менше хвилини', { exact: true }).waitFor();
    expect(await accessibilityProblems(desk)).toEqual([]);
    await desk.getByRole('link', { name: 'Перейти до прийому заяв' }).click();
    await consoleScreen(desk, 'Прийом заяви');
    const row = desk.getByRole('row').filter({ hasText: numbers[0]! });
    expect(await row.textContent()).toContain(numbers[1]!);
    expect(await row.textContent()).toContain('менше хвилини');
    await desk.screenshot({ path: '/tmp/desk-find.png', fullPage: true });

    // Nothing is forwarded before acceptance, and the status check says so.
    expect(await statusAtKiosk(kiosk, numbers[0]!)).toContain(STATUS_TEXT.awaiting_acceptance.title.uk);
    expect(await casesOf(numbers)).toEqual([]);

    // Clear messages: nothing typed, an unknown number, another centre's receipt.
    const box = desk.getByRole('textbox', { name: 'Номер заяви або QR-код' });
    await desk.getByRole('button', { name: 'Відкрити', exact: true }).click();
    await alertSays(desk, 'Введіть номер заяви або відскануйте QR-код квитанції', 'find-error');
    await box.fill('K01-2026-999999');
    await box.press('Enter');
    await alertSays(desk, 'Заяви K01-2026-999999 у цьому ЦНАП немає. Перевірте номер на квитанції', 'find-error');
    expect(await accessibilityProblems(desk)).toEqual([]);
    await box.fill('ZZ9-2026-000001');
    await desk.getByRole('button', { name: 'Відкрити', exact: true }).click();
    await alertSays(desk, 'Цю квитанцію видав кіоск ZZ9, якого в цьому ЦНАП немає', 'find-error');

    // The receipt's QR code, scanned with the cursor in the box: the visit opens.
    await box.fill('');
    await box.focus();
    await scanBurst(desk, numbers[0]!);
    const heading = `Прийом заяви ${numbers.join(', ')}`;
    await consoleScreen(desk, heading);

    // A colleague scanning the same receipt (the cursor anywhere) is told who has it; the list says so too.
    const colleague = await openConsole(TEST_ADMIN);
    await openAcceptance(colleague);
    await colleague
      .getByRole('row')
      .filter({ hasText: numbers[0]! })
      .filter({ hasText: `відкрито: ${TEST_STAFF.login}` })
      .waitFor();
    await scanBurst(colleague, numbers[1]!);
    await alertSays(colleague, `Цю заяву зараз приймає ${TEST_STAFF.login}`, 'find-error');
    expect(await accessibilityProblems(colleague)).toEqual([]);
    await colleague.context().close();

    // «Прийняти» too soon names what is missing, with focus on it.
    await desk.getByRole('button', { name: 'Прийняти', exact: true }).click();
    await alertSays(desk, 'Позначте, хто підписав форми', 'visit-error');
    await desk.getByRole('radio', { name: 'Підписано заявником' }).check();
    await desk.getByRole('button', { name: 'Прийняти', exact: true }).click();
    await alertSays(desk, 'Позначте кожен рядок «Особа»', 'visit-error');
    // The alert's link goes to the first line not ticked.
    await desk.getByRole('alert').getByRole('link').click();
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('identity-surname');

    // The five identity lines, each with its value, ticked.
    const identity = desk.getByRole('region', { name: 'Особа', exact: true });
    const lines = ['Прізвище', 'Імʼя', 'По батькові', 'Дата народження', 'Документ, що посвідчує особу'];
    for (const line of lines) await identity.getByRole('checkbox', { name: new RegExp(`^${line}: `) }).check();
    const surnameBox = identity.getByRole('checkbox', { name: /^Прізвище: / });
    const original = (await surnameBox.evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent!)).replace('Прізвище: ', '').trim();
    expect(original).not.toBe(CORRECTED);

    // The forms printed once with the answers as they are.
    await desk.getByRole('button', { name: 'Надрукувати форми для підпису' }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: /Форми надруковано о \d\d:\d\d\./ })
      .waitFor();
    const firstPrint = await eventually(async () => (await deskPdfs())[0]);
    expect(await pdfText(firstPrint)).toContain(original);

    // The surname corrected: a bad value gets the validator's words, a missing reason is asked for.
    await identity.getByRole('button', { name: 'Виправити Прізвище' }).click();
    const form = desk.getByRole('form', { name: 'Виправлення: Прізвище' });
    const newValue = form.getByRole('textbox', { name: 'Нове значення' });
    await expect.poll(() => newValue.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await newValue.inputValue()).toBe(original);
    expect(await accessibilityProblems(desk)).toEqual([]);
    await newValue.fill(CORRECTED);
    await form.getByRole('button', { name: 'Зберегти' }).click();
    await alertSays(desk, 'Вкажіть причину виправлення', 'correct-error');
    await newValue.fill('К0валь 123');
    await form.getByRole('textbox', { name: 'Причина виправлення' }).fill('так у паспорті');
    await form.getByRole('button', { name: 'Зберегти' }).click();
    await expect.poll(() => newValue.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => desk.evaluate(() => document.activeElement?.id)).toBe('correct-error');
    expect(await accessibilityProblems(desk)).toEqual([]);
    await newValue.fill(CORRECTED);
    await form.getByRole('button', { name: 'Зберегти' }).click();
    await identity.getByRole('checkbox', { name: `Прізвище: ${CORRECTED}` }).waitFor();
    await expect.poll(() => desk.evaluate(() => document.activeElement?.id)).toBe('identity-surname');
    expect(await identity.getByRole('checkbox', { name: `Прізвище: ${CORRECTED}` }).isChecked()).toBe(true);
    const corrections = desk.getByRole('region', { name: 'Виправлені дані', exact: true });
    expect((await corrections.innerText()).replace(/\s+/g, ' ')).toContain(`Прізвище: ${original} → ${CORRECTED}`);
    expect(await corrections.innerText()).toContain(`Причина: так у паспорті (${TEST_STAFF.login},`);

    // Printed before the correction: accepting now asks for the forms again; the page warns of it too.
    await desk.getByText('Дані виправлено після друку').waitFor();

    // Each application's documents: seen, but for one not presented.
    const applications = numbers.map((number) => desk.getByRole('region', { name: new RegExp(`^Заява ${number}: `) }));
    for (const application of applications)
      for (const seen of await application.getByRole('radio', { name: 'Переглянуто', exact: true }).all()) await seen.check();
    const secondDocuments = applications[1]!.getByRole('group');
    const notPresented = (await secondDocuments.last().evaluate((el) => el.querySelector('legend')!.textContent!)).trim();
    await applications[1]!.getByRole('group', { name: notPresented, exact: true }).getByRole('radio', { name: 'Не подано' }).check();

    await desk.getByRole('button', { name: 'Прийняти', exact: true }).click();
    await alertSays(desk, 'Після виправлення надрукуйте форми ще раз', 'visit-error');
    await desk.getByRole('alert').getByRole('link').click();
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('print-forms');
    await desk.keyboard.press('Enter');
    await eventually(async () => ((await deskPdfs()).length === 2 ? true : undefined));
    await expect.poll(() => desk.getByText('Дані виправлено після друку').count()).toBe(0);
    expect(await pdfText((await deskPdfs())[1]!)).toContain(CORRECTED);
    await desk.screenshot({ path: '/tmp/desk-visit.png', fullPage: true });
    expect(await accessibilityProblems(desk)).toEqual([]);

    // Signed by another person for the applicant: their name is asked for.
    await desk.getByRole('radio', { name: 'Підписано іншою особою за заявника, який не може підписати' }).check();
    await desk.getByRole('button', { name: 'Прийняти', exact: true }).click();
    await alertSays(desk, 'Вкажіть прізвище та імʼя особи, яка підписала', 'visit-error');
    await desk.getByRole('textbox', { name: 'Прізвище та імʼя особи, яка підписала' }).fill('Петренко Марія');

    // Still nothing forwarded; then «Прийняти».
    expect(sent).toEqual([]);
    await desk.getByRole('button', { name: 'Прийняти', exact: true }).click();
    await consoleScreen(desk, 'Прийом заяви');
    await desk
      .getByRole('status')
      .filter({ hasText: `Заяви ${numbers.join(', ')} прийнято. Їх буде передано до органу.` })
      .waitFor();
    await desk.getByText('Зараз ніхто не очікує прийняття.').waitFor();
    expect(await accessibilityProblems(desk)).toEqual([]);

    // The central system has exactly the two cases, each with who accepted it and how.
    const cases = await eventually(async () => ((await suite.kiosk.simulator.cases()).length === 2 ? suite.kiosk.simulator.cases() : undefined));
    expect(cases.map((c) => c.applicationNumber).sort()).toEqual([...numbers].sort());
    for (const number of numbers) {
      const payload = sent.find((p) => p.applicationNumber === number)!;
      expect(payload.answers.surname).toBe(CORRECTED);
      expect(payload.acceptance).toMatchObject({
        policy: 'desk',
        staffLogin: TEST_STAFF.login,
        identity: { checked: ['surname', 'givenName', 'patronymic', 'dateOfBirth', 'document'] },
        signature: { kind: 'on_behalf', signerName: 'Петренко Марія' },
        corrections: [expect.objectContaining({ fieldId: 'surname', to: CORRECTED, reason: 'так у паспорті', staffLogin: TEST_STAFF.login })],
      });
    }
    const second = sent.find((p) => p.applicationNumber === numbers[1])!;
    expect(second.acceptance!.documents!.notPresented).toHaveLength(1);
    expect(second.acceptance!.documents!.seen).toHaveLength(second.documents.length - 1);

    // The status check now says it was received.
    await eventually(async () => {
      const text = await statusAtKiosk(kiosk, numbers[0]!);
      return text.includes(STATUS_TEXT.received.title.uk) ? true : undefined;
    });

    // Every step is on the record, by whom.
    const audited = await suite.kiosk.server.db.all<{ action: string; staff_login: string }>(
      "SELECT action, staff_login FROM audit_log WHERE action LIKE 'desk-%' AND application_number = ? ORDER BY id",
      [numbers[0]!],
    );
    expect(new Set(audited.map((a) => a.action))).toEqual(new Set(['desk-open', 'desk-correct', 'desk-forms', 'desk-accept']));
    expect(new Set(audited.map((a) => a.staff_login))).toEqual(new Set([TEST_STAFF.login]));
    await kiosk.context().close();
    await desk.context().close();
  });

  it('refused at the desk with a reason, picked from the list: never forwarded, and the status check says why', async () => {
    const kiosk = await newPage({ width: 1080, height: 1920 }, true);
    const [number] = await applyAtKiosk(kiosk, ONE);
    const desk = await openConsole(TEST_STAFF);
    await openAcceptance(desk);
    await desk.getByRole('button', { name: `Відкрити ${number}` }).click();
    await consoleScreen(desk, `Прийом заяви ${number}`);

    await desk.getByRole('button', { name: 'Відмовити в прийнятті' }).click();
    const refusal = desk.getByRole('form', { name: 'Відмова в прийнятті' });
    await expect.poll(() => refusal.getByRole('heading', { name: 'Відмова в прийнятті' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityProblems(desk)).toEqual([]);
    await refusal.getByRole('button', { name: 'Підтвердити відмову' }).click();
    await alertSays(desk, 'Виберіть причину відмови', 'visit-error');
    await refusal.getByRole('group', { name: 'Причина відмови' }).getByRole('radio', { name: 'Не подано потрібних документів' }).check();
    await refusal.getByRole('textbox', { name: 'Примітка (необовʼязково)' }).fill('немає довідки з пенсійного');
    await refusal.getByRole('button', { name: 'Підтвердити відмову' }).click();
    await consoleScreen(desk, 'Прийом заяви');
    await desk
      .getByRole('status')
      .filter({ hasText: `У прийнятті відмовлено. Скажіть людині причину: ${REFUSAL_REASONS.documents_missing.uk}` })
      .waitFor();

    const text = await statusAtKiosk(kiosk, number!);
    expect(text).toContain(STATUS_TEXT.not_accepted.title.uk);
    expect(text).toContain(REFUSAL_REASONS.documents_missing.uk);
    expect(await casesOf([number!])).toEqual([]);
    expect(sent.some((p) => p.applicationNumber === number)).toBe(false);
    // Once decided, it cannot be opened again.
    await desk.getByRole('textbox', { name: 'Номер заяви або QR-код' }).fill(number!);
    await desk.getByRole('button', { name: 'Відкрити', exact: true }).click();
    await alertSays(desk, 'У прийнятті цієї заяви вже відмовлено', 'find-error');
    await kiosk.context().close();
    await desk.context().close();
  });
});
