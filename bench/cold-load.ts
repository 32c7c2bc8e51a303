// Cold load: a fresh browser context each time (no cache, no session storage), served by the same kiosk server the same
// way (express static, the same headers). A blank page with one heading is the baseline; the kiosk page paints its
// welcome screen from the HTML alone, then the app takes it over. Blank and kiosk alternate, so both see the same load.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UI_OUT_DIR } from '../kiosk-ui/build.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { startTestKiosk } from '../tests/support/kiosk.ts';

const BLANK_PAGE =
  '<!doctype html><html lang="uk"><head><meta charset="utf-8" /><title>Вікно</title><link rel="icon" href="data:," /></head><body><h1>Вікно</h1></body></html>';

/** Navigation start → first contentful paint, from Chromium's own timeline (the welcome screen is in the page's first paint). */
const FIRST_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0];
    if (paint) resolve(paint.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;

/** Records when the app replaced the painted welcome screen with its own (its buttons act from then on). */
const WATCH_TAKE_OVER = `new MutationObserver(() => {
  if (!window.viknoTookOver && document.querySelector('vikno-app > main:not([data-first-screen])')) window.viknoTookOver = performance.now();
}).observe(document, { childList: true, subtree: true });`;

export interface ColdLoad {
  blank: number[];
  kiosk: number[];
  /** Navigation start → the app has drawn its own welcome screen in place of the painted one. */
  tookOver: number[];
}

export async function measureColdLoad(runs: number, builtUi = UI_OUT_DIR): Promise<ColdLoad> {
  const uiDir = await mkdtemp(path.join(tmpdir(), 'vikno-bench-ui-'));
  await cp(builtUi, uiDir, { recursive: true });
  await writeFile(path.join(uiDir, 'blank.html'), BLANK_PAGE);
  const kiosk = await startTestKiosk({ uiDir });
  const browser = await launchChromium();
  const result: ColdLoad = { blank: [], kiosk: [], tookOver: [] };
  const load = async (page: 'blank' | 'kiosk') => {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const tab = await context.newPage();
    if (page === 'kiosk') await tab.addInitScript(WATCH_TAKE_OVER);
    await tab.goto(`${kiosk.server.url}${page === 'blank' ? '/blank.html' : '/'}`);
    result[page].push(await tab.evaluate<number>(FIRST_PAINT));
    if (page === 'kiosk') {
      await tab.waitForFunction(() => (window as unknown as { viknoTookOver?: number }).viknoTookOver! > 0);
      result.tookOver.push(await tab.evaluate<number>('window.viknoTookOver'));
    }
    await context.close();
  };
  try {
    await load('blank'); // the browser's own first start is not a page's
    result.blank.length = 0;
    for (let i = 0; i < runs; i++) {
      for (const page of i % 2 ? (['kiosk', 'blank'] as const) : (['blank', 'kiosk'] as const)) await load(page);
    }
  } finally {
    await browser.close();
    await kiosk.stop();
    await rm(uiDir, { recursive: true, force: true });
  }
  return result;
}
