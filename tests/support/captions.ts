// What the voice guide says, as the caption line shows it: recorded in order from the moment the page loads.
import type { Page } from 'playwright-core';

/** Call before the page loads: every caption shown from then on is kept, in order. */
export async function recordCaptions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const caption = document.querySelector('.speech-caption')?.textContent?.trim();
      if (caption && caption !== said.at(-1)) said.push(caption);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

/** Waits until `text` has been said and the guide has finished talking. */
export async function heard(page: Page, text: string | RegExp): Promise<void> {
  await page.waitForFunction(
    ({ text, source, flags }) =>
      (window as unknown as { said: string[] }).said.some((c) => (source !== undefined ? new RegExp(source, flags).test(c) : c.includes(text!))),
    typeof text === 'string' ? { text, source: undefined, flags: undefined } : { text: undefined, source: text.source, flags: text.flags },
  );
  await page.locator('.speech-caption[data-speaking="false"]').waitFor();
}
