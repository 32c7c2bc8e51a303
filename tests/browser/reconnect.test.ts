// The kiosk page loses its server in the middle of a question and carries on where the person was, with their answers:
// an oversized frame closes its connection (socket.io's limit, by design), or the server stops (SIGTERM, SIGKILL) and
// starts again on the same port and data folder. While it is away the page says so in an alert; axe runs on each screen.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../kiosk-server/central/simulator.ts';
import { axeViolations } from '../support/browser.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { startTestSimulator } from '../support/kiosk.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { ui } from '../support/kiosk-page.ts';

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
