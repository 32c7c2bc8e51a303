import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUi, UI_OUT_DIR } from '../../kiosk-ui/build.ts';
import { axeViolations, launchChromium } from '../support/browser.ts';
import { eventually, startTestKiosk, type TestKiosk } from '../support/kiosk.ts';
import { pdfText } from '../support/pdf.ts';

let kiosk: TestKiosk;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!existsSync(`${UI_OUT_DIR}/app.js`)) await buildUi();
  kiosk = await startTestKiosk();
  browser = await launchChromium();
  // A portrait kiosk screen.
  context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
});

/** Waits for a screen by its h1, checks that focus moved to it (or to the error summary), and runs axe on it. */
async function screen(heading: string | RegExp, focus: 'heading' | 'error-summary' = 'heading'): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await h1.waitFor();
  if (focus === 'heading') {
    await expect.poll(() => h1.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
  } else {
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
  }
  expect(await axeViolations(page), `axe on "${heading}"`).toEqual([]);
  expect(await tooSmall(page), `text or targets too small on "${heading}"`).toEqual([]);
}

/** Base text ≥ 24 px and every control ≥ 48 × 48 px, from the start. */
async function tooSmall(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const problems: string[] = [];
    const base = parseFloat(getComputedStyle(document.body).fontSize);
    if (base < 24) problems.push(`body text ${base}px`);
    for (const el of document.querySelectorAll<HTMLElement>('button, input, textarea, a[href], label[for]')) {
      const box = el.getBoundingClientRect();
      const isRadioLabel = el.matches('label.radio-label, label.checkbox-label');
      if (box.width === 0 || el.matches('.date-part label, .label')) continue; // visible text labels are not targets
      if (box.height < 48 || (!isRadioLabel && box.width < 48)) problems.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim() || el.id}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return problems;
  });
}

async function tapContinue(): Promise<void> {
  await page.getByRole('button', { name: 'Продовжити' }).tap();
}

describe('one-time material aid, by touch, as a screen reader sees the page', () => {
  it('is completed from the welcome screen to the confirmation, with the receipt printed', async () => {
    await page.goto(kiosk.server.url);
    await screen(/Подайте заяву на соціальну допомогу/);
    await page.getByRole('button', { name: 'Українська' }).tap();

    await screen('Яку допомогу ви хочете отримати?');
    await page.getByRole('button', { name: 'Одноразова матеріальна допомога' }).tap();

    await screen("Ваше прізвище, ім'я та по батькові");
    await page.getByRole('textbox', { name: 'Прізвище' }).fill('Шевченко');
    await page.getByRole('textbox', { name: "Ім'я" }).fill('Тарас');
    await tapContinue();

    await screen('Ваша дата народження');
    await page.getByRole('textbox', { name: 'День' }).fill('1');
    await page.getByRole('textbox', { name: 'Місяць' }).fill('1');
    await page.getByRole('textbox', { name: 'Рік' }).fill('2000');
    await tapContinue();

    await screen('Чи маєте ви РНОКПП (ідентифікаційний код)?');
    await page.getByRole('radio', { name: 'Так' }).tap();
    await tapContinue();

    // A wrong check digit: the error summary takes focus, the message is inline too, and the typed value is kept.
    await screen('Ваш РНОКПП (ідентифікаційний код)');
    const rnokpp = page.getByRole('textbox', { name: 'Ваш РНОКПП (ідентифікаційний код)' });
    await rnokpp.fill('3652504576');
    await tapContinue();
    await screen('Ваш РНОКПП (ідентифікаційний код)', 'error-summary');
    await expect.poll(() => page.title()).toMatch(/^Помилка:/);
    const summary = page.getByRole('heading', { level: 2, name: 'Виправте, будь ласка' });
    expect(await summary.isVisible()).toBe(true);
    const summaryLink = page.getByRole('link', { name: /У РНОКПП помилка/ });
    expect(await summaryLink.isVisible()).toBe(true);
    expect(await rnokpp.inputValue()).toBe('3652504576');
    expect(await rnokpp.getAttribute('aria-invalid')).toBe('true');
    expect(await rnokpp.evaluate((el) => el.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '))).toContain('У РНОКПП помилка');
    await summaryLink.tap();
    expect(await rnokpp.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await rnokpp.fill('3652504575');
    await tapContinue();

    await screen('Номер вашого мобільного телефону');
    await page.getByRole('textbox', { name: 'Номер вашого мобільного телефону' }).fill('050 123 45 67');
    await tapContinue();

    await screen('Де ви живете?');
    await page.getByRole('textbox', { name: 'Місто, селище або село' }).fill('Київ');
    await page.getByRole('textbox', { name: 'Вулиця' }).fill('Хрещатик');
    await page.getByRole('textbox', { name: 'Будинок' }).fill('1');
    await tapContinue();

    await screen('Чому вам потрібна допомога?');
    await page.getByRole('radio', { name: 'Хвороба або лікування' }).tap();
    await tapContinue();

    await screen('Коротко опишіть, що сталося');
    await page.getByRole('textbox', { name: 'Коротко опишіть, що сталося' }).fill('Потрібні ліки після операції.');
    await tapContinue();

    await screen('Як вам виплатити допомогу?');
    await page.getByRole('radio', { name: 'На банківський рахунок' }).tap();
    await tapContinue();

    await screen('Номер вашого рахунку IBAN');
    await page.getByRole('textbox', { name: 'Номер вашого рахунку IBAN' }).fill('UA90 3052 9929 9000 4149 1234 5678 9');
    await tapContinue();

    await screen('Згода на обробку персональних даних');
    await page.getByRole('checkbox', { name: 'Я погоджуюся на обробку моїх персональних даних' }).tap();
    await tapContinue();

    await screen('Перевірте відповіді перед поданням');
    const answers = page.locator('dl');
    expect(await answers.textContent()).toContain('Шевченко');
    expect(await answers.textContent()).toContain('+380501234567');

    // Change from check answers comes back to check answers.
    await page.getByRole('button', { name: 'Змінити Номер вашого мобільного телефону' }).tap();
    await screen('Номер вашого мобільного телефону');
    const phone = page.getByRole('textbox', { name: 'Номер вашого мобільного телефону' });
    expect(await phone.inputValue()).toBe('+380501234567');
    await phone.fill('067 765 43 21');
    await tapContinue();
    await screen('Перевірте відповіді перед поданням');
    expect(await answers.textContent()).toContain('+380677654321');

    await page.getByRole('button', { name: 'Подати заяву' }).tap();
    await screen('Заяву подано');
    const number = (await page.locator('.application-number').textContent())!.trim();
    expect(number).toMatch(/^K01-\d{4}-\d{6}$/);
    await page.getByRole('status').filter({ hasText: 'Квитанцію надруковано' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await pdfText(`${kiosk.dataDir}/receipts/${number}.pdf`)).toContain(number);
    const cases = await eventually(async () => {
      const list = (await (await fetch(`${kiosk.simulator.url}/cases`)).json()) as { applicationNumber: string }[];
      return list.some((c) => c.applicationNumber === number) ? list : undefined;
    });
    expect(cases.filter((c) => c.applicationNumber === number)).toHaveLength(1);

    // Start again leaves nothing of the visit in the page, the URL or browser storage.
    await page.getByRole('button', { name: 'Почати спочатку' }).tap();
    await screen(/Подайте заяву на соціальну допомогу/);
    expect(await page.content()).not.toContain(number);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/');
  });

  it('resumes the visit where the person was after the page reloads', async () => {
    await page.goto(kiosk.server.url);
    await page.getByRole('button', { name: 'English' }).tap();
    await screen('What help do you want to apply for?');
    await page.getByRole('button', { name: 'One-time material aid' }).tap();
    await screen('Your full name');
    await page.getByRole('textbox', { name: 'Surname' }).fill('Shevchenko');
    await page.getByRole('textbox', { name: 'First name' }).fill('Taras');
    await page.getByRole('button', { name: 'Continue' }).tap();
    await screen('Your date of birth');
    await page.reload();
    await screen('Your date of birth');
    await page.getByRole('button', { name: 'Back' }).tap();
    await screen('Your full name');
    expect(await page.getByRole('textbox', { name: 'Surname' }).inputValue()).toBe('Shevchenko');
  });
});
