// A barcode scanner is a keyboard that types very fast: the text of the QR code, then Enter. Keys that come closer
// together than a person can press them, ending in Enter, are a scan. Used by the kiosk's status check and the staff
// console's «Прийом заяви». Away from the text box, keys the page also acts on (the kiosk's keypad keys: '-', '+', 'v',
// …) can be held back that long and then given back as if nothing happened; every other key goes on at once.

/** Scanners send keys a few milliseconds apart; a person on a keypad, a hundred or more. */
export const SCAN_KEY_GAP_MS = 50;
/** The shortest text taken as a scan (an application number is 15 characters). */
export const SCAN_MIN_LENGTH = 6;
/** Keys a scanner sends around the characters themselves (Shift before each capital). */
const PASSING_KEYS = new Set(['Shift', 'CapsLock']);

export interface ScannerOptions {
  /** The scanned text, without its Enter. */
  onScan(text: string): void;
  /** The text box a scan belongs in (what it typed there natively is replaced by the scan). */
  box(): HTMLInputElement | null;
  /** Keys to hold back outside the box until it is clear a person pressed them (the kiosk's keypad keys); none if not given. */
  holdBack?(event: KeyboardEvent): boolean;
}

export function listenForScanner(options: ScannerOptions, target: Window = window): () => void {
  let text = '';
  let last = -Infinity;
  let held: KeyboardEvent[] = [];
  let release: ReturnType<typeof setTimeout> | undefined;
  let replaying = false;

  /** The burst ended without Enter: it was a person. Keys held back go on to the keypad, in order. */
  const giveBack = () => {
    clearTimeout(release);
    release = undefined;
    const keys = held;
    held = [];
    replaying = true;
    try {
      for (const key of keys) {
        const init = { key: key.key, code: key.code, shiftKey: key.shiftKey, bubbles: true, cancelable: true };
        (key.target ?? document).dispatchEvent(new KeyboardEvent('keydown', init));
      }
    } finally {
      replaying = false;
    }
  };

  const endBurst = () => {
    if (held.length) giveBack();
    text = '';
    last = -Infinity;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Held keys repeat on their own: the keypad ignores repeats (EN 301 549 5.7), so they are left to it.
    if (replaying || event.repeat || event.ctrlKey || event.altKey || event.metaKey || event.isComposing || PASSING_KEYS.has(event.key)) return;
    const quick = event.timeStamp - last <= SCAN_KEY_GAP_MS;
    if (event.key === 'Enter' && quick && text.length >= SCAN_MIN_LENGTH) {
      event.preventDefault();
      event.stopImmediatePropagation();
      const scanned = text;
      held = [];
      clearTimeout(release);
      release = undefined;
      text = '';
      last = -Infinity;
      options.onScan(scanned);
      return;
    }
    if (event.key.length !== 1) {
      endBurst();
      return;
    }
    if (!quick && held.length) giveBack();
    text = quick ? text + event.key : event.key;
    last = event.timeStamp;
    if (event.target !== options.box() && options.holdBack?.(event)) {
      // Held back until it is clear whether a person pressed it or a scanner typed it.
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event);
      clearTimeout(release);
      release = setTimeout(giveBack, SCAN_KEY_GAP_MS + 10);
    }
  };

  target.addEventListener('keydown', onKeyDown, true);
  return () => {
    target.removeEventListener('keydown', onKeyDown, true);
    // Keys a person pressed just before the screen went still reach the keypad.
    if (held.length) giveBack();
  };
}
