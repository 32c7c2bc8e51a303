// A barcode scanner holding a receipt's QR code: its text and Enter as one burst of keys. The keys are queued in the
// browser together (CDP commands sent without waiting for each) and each carries a time stamp a scanner's few
// milliseconds after the last, so the page (which tells a scan by the events' time stamps, SCAN_KEY_GAP_MS) sees a scan
// even on a loaded machine, where the browser may get round to each key far later.
import type { Page } from 'playwright-core';

/** A scanner's keys, this far apart (well under the page's SCAN_KEY_GAP_MS). */
const SCANNER_KEY_MS = 5;

export async function scanBurst(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const sent: Promise<unknown>[] = [];
    // Each key stamped SCANNER_KEY_MS after the one before, as a scanner's keys are: the page tells a scan by the events'
    // time stamps, which would otherwise be when a busy browser got round to each key.
    const start = Date.now() / 1000;
    const at = (i: number) => start + (i * SCANNER_KEY_MS) / 1000;
    for (const [i, char] of [...text].entries()) {
      const code = /[a-z]/i.test(char) ? `Key${char.toUpperCase()}` : /\d/.test(char) ? `Digit${char}` : char === '-' ? 'Minus' : '';
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, code, text: char, unmodifiedText: char, timestamp: at(i) }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, code, timestamp: at(i) }));
    }
    const end = at(text.length);
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', timestamp: end }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp: end }));
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}
