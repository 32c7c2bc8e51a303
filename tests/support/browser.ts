import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Holds the page's requests for `url` (a glob) on their way until the returned function is called; they go on then. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Runs axe (WCAG 2.x A and AA rules) on the page as it is now; returns the violations, described for a failure message. */
export async function axeViolations(page: Page, extraRules: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  // Extra rules (AAA contrast for the high-contrast themes) run alongside the tagged ones.
  if (extraRules.length) builder.options({ rules: Object.fromEntries(extraRules.map((id) => [id, { enabled: true }])) });
  const results = await builder.analyze();
  const ran = new Set([...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id));
  for (const rule of extraRules) if (!ran.has(rule) && !results.inapplicable.some((r) => r.id === rule)) throw new Error(`axe did not run ${rule}`);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
