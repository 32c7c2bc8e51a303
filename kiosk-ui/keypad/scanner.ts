// A barcode scanner is a keyboard that types very fast: the text of the QR code, then Enter. Keys that come closer
// together than a person can press them, ending in Enter, are a scan. Single keys away from a text box are held back for
// that long and then given to the keypad as if nothing happened (its '-', '+', 'v' … keys are also characters).
/** Scanners send keys a few milliseconds apart; a person on a keypad, a hundred or more. */
export const SCAN_KEY_GAP_MS = 50;
/** The shortest text taken as a scan (an application number is 15 characters). */
export const SCAN_MIN_LENGTH = 6;

export interface ScannerOptions {
  /** The scanned text, Enter included no more. */
  onScan(text: string): void;
  /** The text box a scan belongs in (what it typed there natively is replaced by the scan). */
  box(): HTMLInputElement | null;
}

export function listenForScanner(options: ScannerOptions, target: Window = window): () => void {
  let text = '';
  let last = -Infinity;
  let held: KeyboardEvent[] = [];
  let release: ReturnType<typeof setTimeout> | undefined;
  let replaying = false;

  /** The burst ended without Enter: it was a person. Keys held back go on to the keypad, in order. */
  const giveBack = () => {
    release = undefined;
    const keys = held;
    held = [];
    text = '';
    replaying = true;
    try {
      for (const key of keys) (key.target ?? document).dispatchEvent(new KeyboardEvent('keydown', { key: key.key, code: key.code, bubbles: true, cancelable: true }));
    } finally {
      replaying = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    const now = event.timeStamp;
    const inBox = event.target === options.box();
    const quick = now - last <= SCAN_KEY_GAP_MS;
    if (event.key === 'Enter' && quick && text.length >= SCAN_MIN_LENGTH) {
      event.preventDefault();
      event.stopImmediatePropagation();
      clearTimeout(release);
      release = undefined;
      held = [];
      const scanned = text;
      text = '';
      last = -Infinity;
      options.onScan(scanned);
      return;
    }
    if (event.key.length !== 1) {
      // Any other key ends a burst.
      if (release) {
        clearTimeout(release);
        giveBack();
      }
      text = '';
      last = -Infinity;
      return;
    }
    text = quick ? text + event.key : event.key;
    last = now;
    if (!inBox) {
      // Held back until it is clear whether a person pressed it or a scanner typed it.
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event);
    }
    clearTimeout(release);
    release = setTimeout(giveBack, SCAN_KEY_GAP_MS + 10);
  };

  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    clearTimeout(release);
    target.removeEventListener('keydown', onKeyDown, true);
  };
}
