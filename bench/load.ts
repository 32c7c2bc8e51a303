// Twenty kiosks on one server at once: 19 socket.io kiosks each walking whole applications (pauses of 50–200 ms for the
// person), and one real Chromium kiosk where the time from a tap to the next question painted is measured meanwhile.
// The server runs in a process of its own (server-process.ts), so its CPU and RSS are its alone.
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { Catalogue } from '../content/catalogue.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { fillForm, stepOnScreen } from '../tests/support/fill.ts';
import { nextScreen, startApplication, ui } from '../tests/support/kiosk-page.ts';
import { ORIGINAL_SERVICE_IDS } from '../tests/support/walk.ts';
import { startServerProcess, type ProcessUsage } from './server-process.ts';
import { connectKiosk, VisitWalker } from './visit-walker.ts';

export const LOAD_KIOSKS = 20;
const LOAD_SECONDS = 60;
const PAUSE_MS = { min: 50, max: 200 };
/** The browser's service: its first question (the name) and the one after it are timed, forward and back. */
const BROWSER_SERVICE = 'one-time-aid';

export interface LoadFigures {
  seconds: number;
  applications: number;
  walkerErrors: number;
  roundTrips: number[];
  /** Tap → the next question's heading changed and a frame painted, in the browser. */
  taps: number[];
  cpuShare: number;
  rssBefore: number;
  rssAfter: number;
}

/** Installed in the page: from a tap on a button to the h1 changing and the next frame, into window.viknoTaps. */
const TIME_TAPS = `(() => {
  window.viknoTaps = [];
  const heading = () => document.querySelector('.screen h1, .overlay h1')?.textContent?.replace(/\\s+/g, ' ').trim();
  document.addEventListener('click', (event) => {
    if (!event.target.closest?.('button')) return;
    const start = performance.now();
    const before = heading();
    const observer = new MutationObserver(() => {
      if (heading() === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => window.viknoTaps.push(performance.now() - start), 0));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, true);
})()`;

async function browserKiosk(url: string, catalogue: Catalogue, until: number): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page: Page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true })).newPage();
    await page.addInitScript(TIME_TAPS);
    const title = catalogue.get(BROWSER_SERVICE)!.title.uk;
    const first = await startApplication(page, `${url}/?kiosk=K01`, 'uk', [title], async () => undefined);
    await page.evaluate(() => ((window as unknown as { viknoTaps: number[] }).viknoTaps.length = 0));
    const step = (await stepOnScreen(page, catalogue, [BROWSER_SERVICE]))!;
    while (performance.now() < until) {
      await fillForm(page, step, {});
      const second = await nextScreen(page, first);
      await page.getByRole('button', { name: ui('uk', 'back'), exact: true }).tap();
      await nextScreen(page, second);
    }
    await page.waitForFunction(() => (window as unknown as { viknoTaps: number[] }).viknoTaps.length > 0);
    return await page.evaluate(() => (window as unknown as { viknoTaps: number[] }).viknoTaps);
  } finally {
    await browser.close();
  }
}

export async function measureLoad(catalogue: Catalogue): Promise<LoadFigures> {
  const walkerIds = Array.from({ length: LOAD_KIOSKS - 1 }, (_, i) => `K${String(i + 2).padStart(2, '0')}`);
  const server = await startServerProcess({ KIOSK_ID: 'K01', KIOSK_IDS: walkerIds.join(',') });
  try {
    const roundTrips: number[] = [];
    const pauseMs = () => PAUSE_MS.min + Math.random() * (PAUSE_MS.max - PAUSE_MS.min);
    const walkers = await Promise.all(
      walkerIds.map(async (id) => new VisitWalker(await connectKiosk(server.url, id), catalogue, { pauseMs, onRoundTrip: (ms) => roundTrips.push(ms) })),
    );
    const before: ProcessUsage = await server.usage();
    const started = performance.now();
    const until = started + LOAD_SECONDS * 1000;
    let applications = 0;
    let walkerErrors = 0;
    const walking = walkers.map(async (walker, w) => {
      for (let i = 0; performance.now() < until; i++) {
        try {
          if ((await walker.visit(ORIGINAL_SERVICE_IDS[(w + i) % ORIGINAL_SERVICE_IDS.length]!)) === 'submitted') applications++;
        } catch (error) {
          walkerErrors++;
          if (walkerErrors === 1) console.error(`a walking kiosk failed: ${(error as Error).message}`);
        }
      }
    });
    const taps = await browserKiosk(server.url, catalogue, until);
    await Promise.all(walking);
    const seconds = (performance.now() - started) / 1000;
    const after = await server.usage();
    for (const walker of walkers) walker.close();
    return {
      seconds,
      applications,
      walkerErrors,
      roundTrips,
      taps,
      cpuShare: (after.cpuMs - before.cpuMs) / (seconds * 1000),
      rssBefore: before.rssBytes,
      rssAfter: after.rssBytes,
    };
  } finally {
    await server.stop();
  }
}
