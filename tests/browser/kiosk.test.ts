import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { fillForm, stepOnScreen } from '../support/fill.ts';
import { eventually } from '../support/kiosk.ts';
import { kioskReady } from '../support/kiosk-page.ts';
import { pdfText } from '../support/pdf.ts';
import { descriptionsOf } from '../support/screen-checks.ts';
import { ORIGINAL_SERVICE_IDS } from '../support/walk.ts';

let context: BrowserContext;
let page: Page;

const suite = useBrowserSuite();

beforeEach(async () => {
  await context?.close();
  // A portrait kiosk screen, touch only.
  context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  page = await context.newPage();
});

/** Base text ≥ 24 px and every control ≥ 48 × 48 px. */
async function tooSmall(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const problems: string[] = [];
    const base = parseFloat(getComputedStyle(document.body).fontSize);
    if (base < 24) problems.push(`body text ${base}px`);
    for (const el of document.querySelectorAll<HTMLElement>('button, input, textarea, a[href], label[for]')) {
      const box = el.getBoundingClientRect();
      const isChoiceLabel = el.matches('label.radio-label, label.checkbox-label');
      if (box.width === 0 || el.matches('.date-part label, .label')) continue; // visible text labels are not targets
      if (box.height < 48 || (!isChoiceLabel && box.width < 48))
        problems.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim() || el.id}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return problems;
  });
}

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

const tap = (name: string) => page.getByRole('button', { name, exact: true }).tap();

async function chooseServices(titles: string[]): Promise<void> {
  await page.goto(suite.kiosk.server.url);
  await kioskReady(page);
  await screen(/Подайте заяву на соціальну допомогу/);
  await tap('Українська');
  await screen('Яку допомогу ви хочете отримати?');
  for (const title of titles) await page.getByRole('checkbox', { name: title, exact: true }).tap();
  await tap('Продовжити');
}

/**
 * Answers every question on screen until check answers, running the screen checks on each; returns the headings seen.
 * Repeating steps get `members` people added.
 */
async function answerAll(serviceIds: string[], members = 1): Promise<string[]> {
  const seen: string[] = [];
  const known: Record<string, string> = {};
  for (let guard = 0; guard < 120; guard++) {
    const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/\s+/g, ' ').trim();
    if (heading === 'Перевірте відповіді перед поданням') return seen;
    await screen(heading);
    seen.push(heading);
    const step = await stepOnScreen(page, suite.catalogue, serviceIds);
    if (!step) throw new Error(`no step has the heading "${heading}"`);
    if (step.repeat) {
      for (let i = 0; i < members; i++) {
        await tap(step.repeat.addLabel.uk);
        await screen(step.repeat.addLabel.uk);
        await fillForm(page, step, known);
        await screen(heading);
      }
      await tap('Продовжити');
    } else {
      await fillForm(page, step, known);
    }
    await page.waitForFunction((previous) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() !== previous, heading);
  }
  throw new Error('never reached check answers');
}

// Long visits: every screen is checked with axe, which takes about a second a screen on this machine.
describe('the kiosk, by touch, as a screen reader sees it', { timeout: 240_000 }, () => {
  it('one-time aid: welcome to confirmation; a wrong РНОКПП shows the error summary and keeps the value', async () => {
    await chooseServices(['Одноразова матеріальна допомога']);
    await screen('Ваше прізвище, імʼя та по батькові');
    await page.getByRole('textbox', { name: 'Прізвище' }).fill('Шевченко');
    await page.getByRole('textbox', { name: 'Імʼя', exact: true }).fill('Тарас');
    await tap('Продовжити');
    await screen('Ваша дата народження');
    await page.getByRole('textbox', { name: 'День' }).fill('1');
    await page.getByRole('textbox', { name: 'Місяць' }).fill('1');
    await page.getByRole('textbox', { name: 'Рік' }).fill('2000');
    await tap('Продовжити');
    await screen('Ваша стать');
    await page.getByRole('radio', { name: 'Чоловіча' }).tap();
    await tap('Продовжити');
    await screen('Чи маєте ви РНОКПП (ідентифікаційний код)?');
    await page.getByRole('radio', { name: 'Так' }).tap();
    await tap('Продовжити');

    await screen('Ваш РНОКПП (ідентифікаційний код)');
    const rnokpp = page.getByRole('textbox', { name: 'Ваш РНОКПП (ідентифікаційний код)' });
    await rnokpp.fill('3652504576');
    await tap('Продовжити');
    await screen('Ваш РНОКПП (ідентифікаційний код)', 'error-summary');
    await expect.poll(() => page.title()).toMatch(/^Помилка:/);
    expect(await page.getByRole('heading', { level: 2, name: 'Виправте, будь ласка' }).isVisible()).toBe(true);
    const summaryLink = page.getByRole('link', { name: /У РНОКПП помилка/ });
    expect(await rnokpp.inputValue()).toBe('3652504576');
    expect(await rnokpp.getAttribute('aria-invalid')).toBe('true');
    expect((await descriptionsOf(rnokpp)).join(' ')).toContain('У РНОКПП помилка');
    await summaryLink.tap();
    expect(await rnokpp.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await rnokpp.fill('3652504575');
    await tap('Продовжити');
    await screen('Який у вас паспорт?');

    await answerAll(['one-time-aid']);
    await screen('Перевірте відповіді перед поданням');
    expect(await page.locator('main').textContent()).toContain('Шевченко');

    // Change from check answers comes back to check answers.
    await page.getByRole('button', { name: 'Змінити Номер вашого мобільного телефону' }).tap();
    await screen('Номер вашого мобільного телефону');
    const phone = page.getByRole('textbox', { name: 'Номер вашого мобільного телефону' });
    expect(await phone.inputValue()).toBe('+380501234567');
    await phone.fill('067 765 43 21');
    await tap('Продовжити');
    await screen('Перевірте відповіді перед поданням');
    expect(await page.locator('main').textContent()).toContain('+380677654321');

    await tap('Подати заяву');
    await screen('Заяву подано');
    const number = (await page.locator('.application-number').textContent())!.trim();
    expect(number).toMatch(/^K01-\d{4}-\d{6}$/);
    await page.getByRole('status').filter({ hasText: 'Квитанцію надруковано' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await pdfText(`${suite.kiosk.dataDir}/receipts/${number}.pdf`)).toContain(number);

    // Start again leaves nothing of the visit in the page, the URL or browser storage.
    await page.getByRole('main').getByRole('button', { name: 'Почати спочатку' }).click();
    await screen(/Подайте заяву на соціальну допомогу/);
    expect(await page.content()).not.toContain(number);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe('/');
  });

  it('two services in one visit: the related service is offered, applicant data is asked once, family members are added and removed', async () => {
    await chooseServices(['Взяття на облік внутрішньо переміщеної особи (довідка ВПО)', 'Житлова субсидія']);
    await screen('Вам також може підійти');
    expect(await page.getByRole('checkbox', { name: /Допомога на проживання ВПО/ }).isVisible()).toBe(true);
    await tap('Продовжити'); // not this time
    await screen('Ваше прізвище, імʼя та по батькові');

    // Answer up to the family list, then add two members and remove one.
    const serviceIds = ['housing-subsidy', 'idp-registration'];
    const known: Record<string, string> = {};
    const seen: string[] = [];
    for (;;) {
      const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/\s+/g, ' ').trim();
      await screen(heading);
      seen.push(heading);
      const step = (await stepOnScreen(page, suite.catalogue, serviceIds))!;
      if (step.repeat) break;
      await fillForm(page, step, known);
      await page.waitForFunction((previous) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() !== previous, heading);
    }
    await screen('Члени сімʼї, які живуть разом з вами');
    expect(await page.getByText('Ви ще нікого не додали').isVisible()).toBe(true);
    for (const [surname, relation] of [
      ['Шевченко', 'Син або донька'],
      ['Коваль', 'Батько або мати'],
    ] as const) {
      await tap('Додати члена сімʼї');
      await screen('Додати члена сімʼї');
      await page.getByRole('textbox', { name: 'Прізвище', exact: true }).fill(surname);
      await page.getByRole('textbox', { name: 'Імʼя', exact: true }).fill('Оксана');
      await page.getByRole('radio', { name: relation }).tap();
      const birth = page.getByRole('group', { name: 'Дата народження' });
      await birth.getByRole('textbox', { name: 'День' }).fill('5');
      await birth.getByRole('textbox', { name: 'Місяць' }).fill('9');
      await birth.getByRole('textbox', { name: 'Рік' }).fill('2012');
      await tap('Продовжити');
      await screen('Члени сімʼї, які живуть разом з вами');
    }
    expect(await page.getByRole('listitem').filter({ hasText: 'Коваль Оксана' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Видалити Коваль Оксана/ }).tap();
    await screen('Видалити зі списку?');
    await tap('Так, видалити');
    await screen('Члени сімʼї, які живуть разом з вами');
    expect(await page.getByText('Коваль Оксана').count()).toBe(0);
    expect(await page.getByRole('listitem').filter({ hasText: 'Шевченко Оксана' }).count()).toBe(1);
    await tap('Продовжити');
    await screen('Чи має хтось у сімʼї доходи, яких немає в державних реєстрах?');

    const rest = await answerAll(serviceIds);
    const all = [...seen, ...rest];
    expect(all.filter((h) => h === 'Ваше прізвище, імʼя та по батькові')).toHaveLength(1);
    expect(all.filter((h) => h === 'Адреса вашої реєстрації')).toHaveLength(1);
    expect(all).toContain('Чому ви переїхали?');

    await screen('Перевірте відповіді перед поданням');
    expect(await page.getByRole('button', { name: 'Змінити Член сімʼї 1' }).isVisible()).toBe(true);
    await tap('Подати заяву');
    await screen('Заяви подано');
    const numbers = (await page.locator('.application-number').allTextContents()).map((n) => n.trim());
    expect(numbers).toHaveLength(2);
    await page.getByRole('status').filter({ hasText: 'Квитанцію надруковано' }).waitFor();
    const receipt = await pdfText(`${suite.kiosk.dataDir}/receipts/${numbers[0]}.pdf`);
    for (const n of numbers) expect(receipt).toContain(n);
    const cases = await eventually(async () => {
      const list = (await (await fetch(`${suite.kiosk.simulator.url}/cases`)).json()) as { applicationNumber: string }[];
      const mine = list.filter((c) => numbers.includes(c.applicationNumber));
      return mine.length === 2 ? mine : undefined;
    });
    expect(cases).toHaveLength(2);
  });

  it('the original eight services in one visit can be completed, each shared question asked once, eight numbers on the receipt', async () => {
    // Every service together is walked in tests/unit/every-route.test.ts; in the browser, the eight (a hundred screens).
    const services = suite.catalogue.services.filter((s) => ORIGINAL_SERVICE_IDS.includes(s.id));
    await chooseServices(services.map((s) => s.title.uk));
    // Birth assistance offers the single-parent and adoption benefits: none taken here.
    await screen('Вам також може підійти');
    await tap('Продовжити');
    await screen('Ваше прізвище, імʼя та по батькові');
    const seen = await answerAll(services.map((s) => s.id));
    expect(seen.filter((h, i) => seen.indexOf(h) !== i)).toEqual([]);
    await screen('Перевірте відповіді перед поданням');
    await tap('Подати заяву');
    await screen('Заяви подано');
    expect(await page.locator('.application-number').count()).toBe(8);
  });

  it('finds a service by a few letters and prints its "what do I need?" checklist', async () => {
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await tap('Українська');
    await screen('Яку допомогу ви хочете отримати?');
    // A touch screen has no keyboard of its own: the search box's keyboard is shown on request and typed on by touch.
    await tap('Показати клавіатуру');
    const keyboard = page.getByRole('group', { name: 'Клавіатура для поля: Пошук послуги' });
    for (const letter of ['В', 'П', 'О']) await keyboard.getByRole('button', { name: letter, exact: true }).tap();
    expect(await page.getByRole('searchbox', { name: 'Пошук послуги' }).inputValue()).toBe('Впо');
    // IDP registration, the IDP allowance and giving up the IDP status.
    await page.getByRole('status').filter({ hasText: 'Знайдено послуг: 3' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Житлова субсидія' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 3; i++) await keyboard.getByRole('button', { name: 'Стерти', exact: true }).tap();
    expect(await page.getByRole('searchbox', { name: 'Пошук послуги' }).inputValue()).toBe('');
    await tap('Сховати клавіатуру');
    expect(await keyboard.count()).toBe(0);

    await page.getByRole('button', { name: 'Що потрібно? Допомога при народженні дитини' }).tap();
    await screen('Допомога при народженні дитини');
    expect(await page.getByRole('heading', { level: 2, name: 'Хто може отримати' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Документи' }).isVisible()).toBe(true);
    await tap('Надрукувати перелік');
    await page.getByRole('status').filter({ hasText: 'Перелік надруковано' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const printed = readdirSync(`${suite.kiosk.dataDir}/receipts`).filter((f) => f.startsWith('checklist-birth-assistance-'));
    expect(printed).toHaveLength(1);
    expect(await pdfText(`${suite.kiosk.dataDir}/receipts/${printed[0]}`)).toContain('Допомога при народженні дитини');
    await tap('Назад до послуг');
    await screen('Яку допомогу ви хочете отримати?');
  });

  it('resumes the visit where the person was after the page reloads, in the language chosen', async () => {
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await tap('English');
    await screen('What help do you want to apply for?');
    await page.getByRole('checkbox', { name: 'One-time material aid', exact: true }).tap();
    await tap('Continue');
    await screen('Your full name');
    await page.getByRole('textbox', { name: 'Surname' }).fill('Shevchenko');
    await page.getByRole('textbox', { name: 'First name' }).fill('Taras');
    await tap('Continue');
    await screen('Your date of birth');
    await page.reload();
    await kioskReady(page);
    await screen('Your date of birth');
    await tap('Back');
    await screen('Your full name');
    expect(await page.getByRole('textbox', { name: 'Surname' }).inputValue()).toBe('Shevchenko');
  });

  it('asks for at least one service', async () => {
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await tap('Українська');
    await screen('Яку допомогу ви хочете отримати?');
    await tap('Продовжити');
    await screen('Яку допомогу ви хочете отримати?', 'error-summary');
    await page.getByRole('link', { name: 'Виберіть хоча б одну послугу' }).tap();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
  });
});
