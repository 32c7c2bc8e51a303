// The kiosk page loses its server in the middle of a question and carries on where the person was, with their answers:
// an oversized frame closes its connection (socket.io's limit, by design), or the server stops (SIGTERM, SIGKILL) and
// starts again on the same port and data folder. While it is away the page says so in an alert, and the voice guide says
// it from a clip it kept in memory (the server, which renders speech, is gone); axe runs on each screen.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { axeViolations } from '../support/browser.ts';
import { heard, recordCaptions } from '../support/captions.ts';
import { reach } from '../support/keypad.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { startTestSimulator } from '../support/kiosk.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { kioskReady, ui } from '../support/kiosk-page.ts';

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;
let dir: string;
let simulator: RunningSimulator;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-reconnect-'));
  simulator = await startTestSimulator(dir);
});
afterEach(async () => {
  await context?.close();
});
afterAll(async () => {
  await simulator?.close();
  await rm(dir, { recursive: true, force: true });
});

const NAME_HEADING = 'Ваше прізвище, імʼя та по батькові';
const BIRTH_HEADING = 'Ваша дата народження';

async function screen(heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  expect(await axeViolations(page), `axe on "${heading}"`).toEqual([]);
}

const tap = (name: string) => page.getByRole('button', { name, exact: true }).tap();

/** Welcome → Українська → one-time aid → the name answered → on the date of birth. */
async function toSecondQuestion(url: string): Promise<void> {
  context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  page = await context.newPage();
  await page.goto(url);
  await kioskReady(page);
  await tap('Українська');
  await screen(ui('uk', 'servicesHeading'));
  await page.getByRole('checkbox', { name: 'Одноразова матеріальна допомога', exact: true }).tap();
  await tap(ui('uk', 'continue'));
  await screen(NAME_HEADING);
  await page.getByRole('textbox', { name: 'Прізвище' }).fill('Шевченко');
  await page.getByRole('textbox', { name: 'Імʼя' }).fill('Тарас');
  await tap(ui('uk', 'continue'));
  await screen(BIRTH_HEADING);
}

/** Still on the date of birth once the page is connected again, and the name is kept one step back. */
async function carriedOn(): Promise<void> {
  await page
    .getByRole('alert')
    .filter({ hasText: ui('uk', 'connectionLost') })
    .waitFor({ state: 'detached', timeout: 30_000 });
  await screen(BIRTH_HEADING);
  await tap(ui('uk', 'back'));
  await screen(NAME_HEADING);
  expect(await page.getByRole('textbox', { name: 'Прізвище' }).inputValue()).toBe('Шевченко');
  expect(await page.getByRole('textbox', { name: 'Імʼя' }).inputValue()).toBe('Тарас');
}

describe('the kiosk page after its connection drops', () => {
  it('reconnects after an oversized frame closed its connection, on the same question with the answers', { timeout: 60_000 }, async () => {
    await toSecondQuestion(suite.kiosk.server.url);
    // A test hook into the page: its socket sends one frame over the server's limit, and the server closes it.
    const reconnected = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          type PageSocket = { emit(e: string, p: unknown): void; once(e: string, l: (reason: string) => void): void };
          const { socket } = (document.querySelector('vikno-app') as unknown as { connection: { socket: PageSocket } }).connection;
          socket.once('disconnect', (reason) => socket.once('connect', () => resolve(reason)));
          socket.emit('status:lookup', { text: 'x'.repeat(200_000) });
        }),
    );
    expect(await reconnected).toMatch(/transport (close|error)/);
    await carriedOn();
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`says the connection is lost while the server is away (${signal}) and goes on where the person was`, { timeout: 120_000 }, async () => {
      const dataDir = path.join(dir, `kiosk-${signal}`);
      const first = await startKioskProcess(dataDir, simulator.url);
      await toSecondQuestion(first.url);
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill(signal);
      await exited;

      const lost = page.getByRole('alert').filter({ hasText: ui('uk', 'connectionLost') });
      await lost.waitFor();
      expect(await axeViolations(page), 'axe while the server is away').toEqual([]);
      await screen(BIRTH_HEADING);

      const second = await startKioskProcess(dataDir, simulator.url, { PORT: new URL(first.url).port });
      try {
        await carriedOn();
      } finally {
        const stopped = new Promise((resolve) => second.child.once('exit', resolve));
        second.child.kill('SIGTERM');
        await stopped;
      }
    });
  }
});

/** Records, for each clip the page starts playing, the caption shown with it (the words it says: Lit draws the caption a
 * moment after the player sets it, so it is read once that is done). */
async function recordPlayed(on: Page): Promise<void> {
  await on.addInitScript(() => {
    const played: string[] = [];
    (window as unknown as { played: string[] }).played = played;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      setTimeout(() => played.push(document.querySelector('.speech-caption')?.textContent?.trim() ?? ''));
      return play.call(this);
    };
  });
}

const played = () => page.evaluate(() => (window as unknown as { played: string[] }).played);

describe('the voice guide while the server is away', () => {
  it('says the connection is lost from a clip kept in memory, and that it is back', { timeout: 120_000 }, async () => {
    const dataDir = path.join(dir, 'kiosk-voice');
    const first = await startKioskProcess(dataDir, simulator.url, { SPEECH_ENGINE: 'espeak-ng' });
    context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 } });
    page = await context.newPage();
    await recordCaptions(page);
    await recordPlayed(page);
    await page.goto(first.url);
    await page.getByRole('heading', { level: 1, name: /Подайте заяву/ }).waitFor();
    // Both languages' words for a lost connection are rendered as soon as the voice guide speaks a screen.
    const kept = (['uk', 'en'] as const).map((lang) =>
      page.waitForResponse((r) => r.url().endsWith('/api/speech') && r.ok() && (r.request().postData() ?? '').includes(ui(lang, 'connectionLost'))),
    );
    await page.keyboard.press('F2');
    await reach(page, page.getByRole('button', { name: 'Так, у навушниках' }));
    await page.keyboard.press('Enter');
    await heard(page, 'Голосовий супровід увімкнено');
    await Promise.all(kept);

    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    await page
      .getByRole('alert')
      .filter({ hasText: ui('uk', 'connectionLost') })
      .waitFor();
    await heard(page, ui('uk', 'connectionLost'));
    // Played, not only captioned: nothing could have rendered it now.
    expect(await played()).toContain(ui('uk', 'connectionLost'));
    expect(await axeViolations(page), 'axe while the server is away').toEqual([]);

    const second = await startKioskProcess(dataDir, simulator.url, { SPEECH_ENGINE: 'espeak-ng', PORT: new URL(first.url).port });
    try {
      await page
        .getByRole('alert')
        .filter({ hasText: ui('uk', 'connectionLost') })
        .waitFor({ state: 'detached', timeout: 30_000 });
      await heard(page, ui('uk', 'connectionBack'));
      expect(await played()).toContain(ui('uk', 'connectionBack'));
    } finally {
      const stopped = new Promise((resolve) => second.child.once('exit', resolve));
      second.child.kill('SIGTERM');
      await stopped;
    }
  });
});
