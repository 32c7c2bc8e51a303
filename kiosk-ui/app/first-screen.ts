// The welcome screen painted with the page (first-screen/) is replaced by the app's own as soon as the app runs, and
// focus goes where the keypad had moved it. The page's early script holds taps and keys until the server has said hello
// (or HELLO_WAIT_MS have passed): then each is done again here, a tap on the same button of the app's copy (it has the
// same items in the same order; an item whose words differ, on another screen, is not pressed), a key pressed again.
import {
  EARLY_INPUT_GLOBAL,
  FIRST_SCREEN_ATTRIBUTE,
  itemText,
  RESUMING_ATTRIBUTE,
  type EarlyInput,
  type EarlyInputQueue,
  type ItemRef,
} from '../first-screen/early-input-queue.ts';
import { keypadItems } from '../keypad/focus-order.ts';

/** Held input is let go this long after the app's first render even if the server has not said hello (it may be down). */
const HELLO_WAIT_MS = 3_000;

export class FirstScreen {
  private queue: EarlyInputQueue | undefined;
  private focused: ItemRef | undefined;
  private isDrawn = false;
  private isReady = false;

  /** `root`: the app element, whose children the page brought. */
  constructor(private readonly root: HTMLElement) {}

  /** Before the app's first render: remembers where focus was and removes the painted screen. */
  takeOver(): void {
    this.queue = (window as unknown as Record<string, EarlyInputQueue | undefined>)[EARLY_INPUT_GLOBAL];
    const painted = this.root.querySelectorAll(`[${FIRST_SCREEN_ATTRIBUTE}]`);
    const active = document.activeElement;
    const index = active ? keypadItems().indexOf(active as HTMLElement) : -1;
    if (index !== -1 && [...painted].some((el) => el.contains(active))) this.focused = { index, text: itemText(active!) };
    for (const el of painted) el.remove();
    document.documentElement.removeAttribute(RESUMING_ATTRIBUTE);
  }

  /** The app's first screen is drawn and focused: focus goes where the keypad had moved it on the painted one. */
  drawn(): void {
    if (this.isDrawn) return;
    this.isDrawn = true;
    // Used once, then forgotten: nothing of the first person's moments before the app ran stays for the next.
    const focused = this.focused;
    this.focused = undefined;
    if (focused) this.item(focused)?.focus();
    this.replay();
    setTimeout(() => this.serverReady(), HELLO_WAIT_MS);
  }

  /** The server has said hello (voices, timing): taps and keys are done now, so they act on what the kiosk really has. */
  serverReady(): void {
    this.isReady = true;
    this.replay();
  }

  private item(ref: ItemRef): HTMLElement | undefined {
    const items = keypadItems();
    const el = items[ref.index];
    // The same place, or else the same words (the app may count an item or two the painted screen has not).
    return el && itemText(el) === ref.text ? el : items.find((item) => itemText(item) === ref.text);
  }

  private replay(): void {
    if (!this.isDrawn || !this.isReady || !this.queue) return;
    const pending: EarlyInput[] = this.queue.stop();
    this.queue = undefined;
    for (const input of pending) {
      if (input.kind === 'tap') this.item(input)?.click();
      else {
        const { key, code, shiftKey } = input;
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }));
        target.dispatchEvent(new KeyboardEvent('keyup', { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }));
      }
    }
  }
}
