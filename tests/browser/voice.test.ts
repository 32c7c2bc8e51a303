// Issue 5 in the browser: the voice guide alone, the screen blanked, the keypad only. What was said is read from the
// caption line (the same text the engine was asked to say), and the fake engine shows the audio was really asked for.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeSpeechEngine } from '../../kiosk-server/speech/engines/fake.ts';
import { normaliseForSpeech } from '../../kiosk-server/speech/normalise/normalise.ts';
import { heard, recordCaptions, said } from '../support/captions.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { stepOnScreen } from '../support/fill.ts';
import { kioskReady, ui } from '../support/kiosk-page.ts';
import { answerWithKeypad, reach } from '../support/keypad.ts';
import { arrowToKey, typeOnKeyboard } from '../support/onscreen-keyboard.ts';
import { keyboardFor } from '../../content/keyboard-layouts.ts';
import { FAKE_WAKE_EVENT } from '../../protocol/wake-word.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';
import { eventually } from '../support/eventually.ts';

const engine = new FakeSpeechEngine();

// The product's default: the application waits for the desk, and the person is told to go there.
const suite = useBrowserSuite({ speechEngines: [engine], acceptance: { policy: 'desk', deskPlace: 'вікно № 3' } });

/** Records every caption the page shows, in order. */
async function listeningPage(): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await recordCaptions(page);
  return page;
}

/** Checks that the captions contain these, in this order. */
function inOrder(captions: string[], expected: string[]): void {
  let from = 0;
  for (const text of expected) {
    const at = captions.findIndex((c, i) => i >= from && c.includes(text));
    expect(at, `"${text}" said after "${expected[expected.indexOf(text) - 1] ?? 'the start'}"`).toBeGreaterThanOrEqual(0);
    from = at; // two things can be in one utterance (the number and its repetition)
  }
}

const PENSION = 'pension-info';

/** The welcome screen, then the voice key and the headphones question, answered with the keypad. */
async function voiceOnWithKeypad(page: Page, headphones: boolean): Promise<void> {
  await page.goto(suite.kiosk.server.url);
  await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
  await page.keyboard.press('F2');
  await reach(page, page.getByRole('button', { name: headphones ? 'Так, у навушниках' : 'Ні, через динамік' }));
  await page.keyboard.press('Enter');
}

/** With the keypad: Ukrainian, then the pension service ticked and Continue. */
async function choosePensionWithKeypad(page: Page): Promise<void> {
  await reach(page, page.getByRole('button', { name: 'Українська', exact: true }));
  await page.keyboard.press('Enter');
  await reach(page, page.getByRole('checkbox', { name: suite.catalogue.get(PENSION)!.title.uk, exact: true }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
}

describe('voice guidance, keypad only, screen blanked', { timeout: 240_000 }, () => {
  it('a person who cannot see the screen applies in Ukrainian and hears their number', async () => {
    const page = await listeningPage();
    await page.goto(suite.kiosk.server.url);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    // Nothing is said before the person acts.
    expect(await said(page)).toEqual([]);

    await page.keyboard.press('F2');
    await heard(page, 'Голосовий супровід');
    await reach(page, page.getByRole('button', { name: 'Так, у навушниках' }));
    await page.keyboard.press('Enter');
    await heard(page, 'Голосовий супровід увімкнено');
    await page.keyboard.press('F4');
    await page.locator('.screen-blank').waitFor();
    await heard(page, 'Екран вимкнено');

    await reach(page, page.getByRole('button', { name: 'Українська', exact: true }));
    await page.keyboard.press('Enter');
    await heard(page, ui('uk', 'servicesHeading'));
    const service = page.getByRole('checkbox', { name: suite.catalogue.get(PENSION)!.title.uk, exact: true });
    await reach(page, service);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');

    // An error, on purpose: Continue with the name empty.
    await heard(page, 'Ваше прізвище, імʼя та по батькові');
    await page.keyboard.press('ArrowRight');
    await heard(page, 'Помилки');

    const headings: string[] = [];
    const known: Record<string, string> = {};
    for (let guard = 0; guard < 40; guard++) {
      const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(/\s+/g, ' ').trim();
      if (heading === ui('uk', 'checkHeading')) break;
      await heard(page, heading);
      headings.push(heading);
      const step = (await stepOnScreen(page, suite.catalogue, [PENSION]))!;
      await answerWithKeypad(page, step, known, 'uk', { onScreenKeyboard: true });
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() !== h, heading);
    }
    await heard(page, ui('uk', 'checkHeading'));
    // Down through every answer to "Подати заяву": each row is read on the way.
    await reach(page, page.getByRole('button', { name: ui('uk', 'submit'), exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ui('uk', 'savedHeading') }).waitFor();
    const number = (await page.locator('.application-number').textContent())!.trim();
    await heard(page, new RegExp(`Повторюю: ${number}`));
    // The receipt's news comes after the number, never cutting it off.
    await heard(page, ui('uk', 'receiptPrinted'));

    const captions = await said(page);
    inOrder(captions, [
      'Голосовий супровід',
      ui('uk', 'servicesHeading'),
      'Ваше прізвище, імʼя та по батькові',
      'Помилки',
      ...headings.slice(1),
      ui('uk', 'checkHeading'),
      ui('uk', 'savedHeading'),
      // What to do now, before the number: go to the desk, which the centre names.
      ui('uk', 'nextStepHeading'),
      'Підійдіть до адміністратора ЦНАП (вікно № 3)',
      `Номер вашої заяви: ${number}`,
      `Повторюю: ${number}`,
      ui('uk', 'receiptPrinted'),
    ]);
    // Options reached were read with their state; answers were read back on check answers (headphones on).
    expect(
      captions.some((c) => /Вибрано|Не вибрано/.test(c)),
      'an option with its state',
    ).toBe(true);
    expect(
      captions.some((c) => c.includes('Шевченко')),
      'the name read back',
    ).toBe(true);
    // The audio was really rendered: every question in Ukrainian (only parts marked English, like the English button,
    // in English), and the number in digit groups.
    for (const heading of headings)
      expect(
        engine.requests.some((r) => r.lang === 'uk' && r.text.startsWith(normaliseForSpeech('uk', heading).slice(0, 12))),
        heading,
      ).toBe(true);
    expect(
      engine.requests.some((r) => r.text.includes('нуль нуль')),
      'the number in digits',
    ).toBe(true);
  });

  it('speaks English on an English screen, and the repeat key says it again', async () => {
    const page = await listeningPage();
    await voiceOnWithKeypad(page, false);
    await reach(page, page.getByRole('button', { name: 'English', exact: true }));
    await page.keyboard.press('Enter');
    await heard(page, ui('en', 'servicesHeading'));
    expect(engine.requests.some((r) => r.lang === 'en' && r.text.includes('What help do you want to apply for'))).toBe(true);
    const count = (await said(page)).length;
    expect((await said(page)).at(-1)).not.toBe(ui('en', 'servicesHeading'));
    await page.keyboard.press('r');
    await page.waitForFunction((n) => (window as unknown as { said: string[] }).said.length > n, count);
    expect((await said(page))[count]).toBe(ui('en', 'servicesHeading'));
  });
});

describe('typing a name without sight, on the on-screen keyboard', { timeout: 120_000 }, () => {
  it('says each key, reads and spells the text so far, deletes the last letter and switches alphabet', async () => {
    const page = await listeningPage();
    await voiceOnWithKeypad(page, true);
    await choosePensionWithKeypad(page);
    await heard(page, 'Ваше прізвище, імʼя та по батькові');

    const surname = page.getByRole('textbox', { name: 'Прізвище', exact: true });
    await reach(page, surname);
    await heard(page, 'Під полем — клавіатура');
    await page.keyboard.press('ArrowDown');
    await heard(page, 'Клавіатура для поля: Прізвище');
    expect(await accessibilityProblems(page)).toEqual([]);
    const keyboard = page.getByRole('group', { name: 'Клавіатура для поля: Прізвище' });
    expect(await keyboard.getByRole('button', { name: 'А', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

    const layout = keyboardFor('name', 'uk')!;
    const from = engine.requests.length;
    // Each letter typed is said back (into headphones), and the key the arrows land on is said by its name. The person
    // listens to each letter before moving on: the next arrow would stop it, and under load before it reached the engine.
    const letterSaid = async (letter: string) => {
      const text = letter.toLowerCase();
      await eventually(() => engine.requests.slice(from).some((r) => r.text === text), 5_000, { message: `«${text}» was not said back` });
    };
    await typeOnKeyboard(page, layout, 'Бондар', letterSaid);
    expect(await surname.inputValue()).toBe('Бондар');
    await page.keyboard.press('ArrowLeft');
    // (Its audio may come from the cache, so the caption is what shows it was said.)
    await page.waitForFunction(() => document.querySelector('.speech-caption')?.textContent?.trim() === 'П');

    await arrowToKey(page, layout, 'read');
    await page.keyboard.press('Enter');
    await heard(page, /^Бондар$/);
    await arrowToKey(page, layout, 'spell');
    await page.keyboard.press('Enter');
    await page.locator('.speech-caption[data-speaking="false"]').waitFor();
    expect(engine.requests.at(-1)!.text).toBe('б, о, н, д, а, р');
    await arrowToKey(page, layout, 'delete');
    await page.keyboard.press('Enter');
    await heard(page, 'Видалено');
    expect(await surname.inputValue()).toBe('Бонда');

    // A name in English letters: the alphabet key switches the keys and says which letters it now offers.
    await arrowToKey(page, layout, 'alphabet');
    await page.keyboard.press('Enter');
    await heard(page, 'АБВ — українські літери');
    expect(await keyboard.getByRole('button', { name: 'Q', exact: true }).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);

    // ▲ from the top row leaves the keyboard for the box, which still holds the name.
    await arrowToKey(page, keyboardFor('name', 'en')!, 'A');
    await page.keyboard.press('ArrowUp');
    expect(await surname.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await surname.inputValue()).toBe('Бонда');
    // On to the next box: the keyboard follows it, and the surname typed so far stays.
    await reach(page, page.getByRole('textbox', { name: 'Імʼя', exact: true }));
    await page.getByRole('group', { name: 'Клавіатура для поля: Імʼя' }).waitFor();
    expect(await keyboard.count()).toBe(0);
    expect(await surname.inputValue()).toBe('Бонда');
  });
});

describe('voice guidance by touch, on the speaker', { timeout: 120_000 }, () => {
  it('starts from the welcome button, hides what was typed until the person asks to spell it, and turns off', async () => {
    const page = await listeningPage();
    await page.goto(suite.kiosk.server.url);
    await kioskReady(page);
    await page.getByRole('button', { name: /Голосовий супровід/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Голосовий супровід' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // Issue 17: the button speaks at once, as the voice key does (a person who found it may not see the page).
    await heard(page, 'Ви слухаєте в навушниках?');
    await page.getByRole('button', { name: 'Ні, через динамік' }).click();
    await heard(page, 'Голосовий супровід увімкнено');

    await page.getByRole('button', { name: 'Українська', exact: true }).click();
    await page.getByRole('checkbox', { name: suite.catalogue.get(PENSION)!.title.uk, exact: true }).click();
    await page.getByRole('button', { name: 'Продовжити', exact: true }).click();
    await heard(page, 'Ваше прізвище, імʼя та по батькові');

    const from = engine.requests.length;
    await page.getByRole('textbox', { name: 'Прізвище', exact: true }).click();
    await page.keyboard.type('Bond');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await heard(page, 'Значення приховано');
    const onSpeaker = engine.requests.slice(from).map((r) => r.text);
    expect(
      onSpeaker.some((t) => /bond|b, o/i.test(t)),
      'the typed name is not said on the speaker',
    ).toBe(false);
    expect(onSpeaker.some((t) => t.startsWith('Знак'))).toBe(true);

    // Asked for: spelled out.
    await page.keyboard.press('F5');
    await page.waitForFunction(() => document.querySelector('.speech-caption')?.textContent?.includes('Bond'));
    await page.locator('.speech-caption[data-speaking="false"]').waitFor();
    expect(engine.requests.at(-1)!.text).toBe('b, o, n, d');

    await page.keyboard.press('F2');
    await page.locator('.speech-caption').waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Прізвище', exact: true }).inputValue()).toBe('Bond');
  });
});

describe('a kiosk where nothing can speak', { timeout: 120_000 }, () => {
  const silent = useBrowserSuite({ speechEngines: [new FakeSpeechEngine([])] });

  it('says on screen that voice guidance is not available and to call staff', async () => {
    const context = await silent.browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.goto(silent.kiosk.server.url);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    await page.keyboard.press('F2');
    await page.getByRole('heading', { level: 1, name: 'Голосовий супровід' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'не працює' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Так, у навушниках' }).count()).toBe(0);
    expect(await page.locator('.speech-caption').count()).toBe(0);
    // Staff and monitoring read the same from the kiosk's health.
    expect(await (await fetch(`${silent.kiosk.server.url}/healthz`)).json()).toMatchObject({ voices: { uk: null, en: null } });
    await context.close();
  });
});

describe('the wake word', { timeout: 120_000 }, () => {
  const awake = useBrowserSuite({ speechEngines: [new FakeSpeechEngine()], wakeWord: { engine: 'fake' } });

  it('a fake wake-word engine starts the voice mode', async () => {
    const context = await awake.browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    // Every caption kept as it is shown: the screen's heading is said first and the guide goes on at once.
    await recordCaptions(page);
    await page.goto(awake.kiosk.server.url);
    await page.locator('html[data-wake-word="listening"]').waitFor({ state: 'attached' });
    expect(await page.locator('.speech-caption').count(), 'silent until the word is heard').toBe(0);
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), FAKE_WAKE_EVENT);
    await page.getByRole('heading', { level: 1, name: 'Голосовий супровід' }).waitFor();
    await heard(page, 'Голосовий супровід');
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('is off unless configured, and Porcupine is then never loaded', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(suite.kiosk.server.url);
    await page.locator('html[data-wake-word="off"]').waitFor({ state: 'attached' });
    expect(requested.filter((url) => /porcupine|fake-engine|wake-word\//.test(url))).toEqual([]);
    await context.close();
  });
});

describe('Porcupine that cannot start', { timeout: 120_000 }, () => {
  // No network here and a made-up AccessKey: Porcupine loads (its chunk, its WebAssembly under the page's security
  // policy) and refuses the key. The kiosk goes on without a wake word and the log says why, for staff.
  const logLines: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'vikno-porcupine-'));
  writeFileSync(path.join(dir, 'porcupine_params.pv'), Buffer.alloc(1024));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const failing = useBrowserSuite({
    logger: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }),
    wakeWord: {
      engine: 'porcupine',
      accessKey: Buffer.from('not a real AccessKey').toString('base64'),
      keyword: { builtin: 'Computer' },
      modelFile: path.join(dir, 'porcupine_params.pv'),
    },
  });

  it('leaves the kiosk working and puts the reason in the log', async () => {
    const context = await failing.browser.newContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
    await page.goto(failing.kiosk.server.url);
    await page.locator('html[data-wake-word="failed"]').waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(() => logLines.find((line) => line.includes('wake word could not start'))).toBeTruthy();
    const report = JSON.parse(logLines.find((line) => line.includes('wake word could not start'))!) as { reason: string };
    expect(report.reason).toMatch(/^Initialization failed/);
    expect(report.reason).not.toMatch(/Content Security/);
    expect(blocked).toEqual([]);
    await page.keyboard.press('F2');
    await page.getByRole('heading', { level: 1, name: 'Голосовий супровід' }).waitFor();
    await context.close();
  });
});
