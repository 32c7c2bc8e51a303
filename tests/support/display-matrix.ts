// Issue 4: axe finds nothing on every screen of one full application in each of the 4 text sizes × 3 themes, in both
// languages, and no screen overflows or shrinks a control at any size. One walk per language; on each screen the sizes
// and themes are switched the way the settings page switches them (attributes on <html>, read by display.css).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../content/localized.ts';
import { TEXT_SIZES, THEMES } from '../../kiosk-ui/settings/display.ts';
import { useBrowserSuite } from './browser-suite.ts';
import { answerToCheck, startApplication, submitFromCheck } from './kiosk-page.ts';
import { accessibilityProblems, layoutProblems } from './screen-checks.ts';

const SERVICE = 'one-time-aid';

async function everySizeAndTheme(page: Page, heading: string, titles: string[]): Promise<void> {
  titles.push(await page.title());
  const original = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  for (const size of TEXT_SIZES) {
    for (const theme of THEMES) {
      await page.evaluate(
        ({ size, theme }) => {
          document.documentElement.dataset['textSize'] = size;
          document.documentElement.dataset['theme'] = theme;
        },
        { size: size.id, theme: theme.id },
      );
      const where = `"${heading}" at size ${size.id}, ${theme.id}`;
      expect(await accessibilityProblems(page), `axe on ${where}`).toEqual([]);
      expect(await layoutProblems(page), `layout of ${where}`).toEqual([]);
    }
  }
  await page.evaluate((data) => Object.assign(document.documentElement.dataset, data), original);
}

/** The suite for one language; each language has its own test file so the two run side by side. */
export function displayMatrix(lang: Language): void {
  const suite = useBrowserSuite();

  describe(`one full application in ${lang}, every screen in every size and theme`, () => {
    it('passes axe (AAA contrast in the high-contrast themes) and reflows without overflow', { timeout: 900_000 }, async () => {
      const context = await suite.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
      const page = await context.newPage();
      const titles: string[] = [];
      const check = (heading: string) => everySizeAndTheme(page, heading, titles);
      await startApplication(page, suite.kiosk.server.url, lang, [suite.catalogue.get(SERVICE)!.title[lang]], check);
      await answerToCheck(page, suite.catalogue, [SERVICE], lang, check);
      await submitFromCheck(page, lang, check);
      // Every screen has a title of its own (WCAG 2.4.2), and the page says its language (3.1.1).
      expect(new Set(titles).size, titles.join('\n')).toBe(titles.length);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await context.close();
    });
  });
}
