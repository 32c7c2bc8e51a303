// One kiosk server and one Chromium for a file of browser tests: started before its tests, stopped after.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../content/catalogue.ts';
import type { KioskServerOptions } from '../../kiosk-server/server.ts';
import { buildUi, UI_OUT_DIR } from '../../kiosk-ui/build.ts';
import { launchChromium } from './browser.ts';
import { startTestKiosk, type TestKiosk } from './kiosk.ts';

export interface BrowserSuite {
  kiosk: TestKiosk;
  browser: Browser;
  catalogue: Catalogue;
}

/** Registers the hooks; the returned object is filled in before the first test runs. `peer` is startTestKiosk's. */
export function useBrowserSuite(overrides: Partial<KioskServerOptions> = {}, peer: Parameters<typeof startTestKiosk>[1] = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    if (!existsSync(`${UI_OUT_DIR}/app.js`)) await buildUi();
    suite.catalogue = await loadCatalogue();
    suite.kiosk = await startTestKiosk(overrides, peer);
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.kiosk?.stop();
  });
  return suite;
}
