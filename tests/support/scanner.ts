// A barcode scanner holding a receipt's QR code: its text and Enter as one burst of keys. The keys are queued in the
// browser together (CDP commands sent without waiting for each), so the gaps between them stay a scanner's few
// milliseconds even on a loaded machine, where one awaited key press at a time can take longer than the page's
// SCAN_KEY_GAP_MS and read as a person typing.
import type { Page } from 'playwright-core';

export async function scanBurst(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const sent: Promise<unknown>[] = [];
    for (const char of text) {
      const code = /[a-z]/i.test(char) ? `Key${char.toUpperCase()}` : /\d/.test(char) ? `Digit${char}` : char === '-' ? 'Minus' : '';
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, code, text: char, unmodifiedText: char }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, code }));
    }
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }));
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}
