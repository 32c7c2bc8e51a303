// The welcome screen painted with the page (first-screen/) is replaced by the app's own as soon as the app runs; focus
// goes where the keypad had moved it, and once the server has said hello, each tap on the painted screen is done on the
// same button of the app's and each key is pressed again. The copy has the same items in the same order; an item whose
// words differ (another screen was drawn) is not pressed.
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

export class FirstScreen {
  private pending: EarlyInput[] = [];
  private focused: ItemRef | undefined;
  private isDrawn = false;
  private isReady = false;

  /** `root`: the app element, whose children the page brought. */
  constructor(private readonly root: HTMLElement) {}

  /** Before the app's first render: stops the early script, remembers where focus was and removes the painted screen. */
  takeOver(): void {
    const queue = (window as unknown as Record<string, EarlyInputQueue | undefined>)[EARLY_INPUT_GLOBAL];
    this.pending = queue?.stop() ?? [];
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
    if (this.focused) this.item(this.focused)?.focus();
    this.replay();
  }

  /** The server has said hello (voices, timing): taps and keys are done now, so they act on what the kiosk really has. */
  serverReady(): void {
    this.isReady = true;
    this.replay();
  }

  private item(ref: ItemRef): HTMLElement | undefined {
    const el = keypadItems()[ref.index];
    return el && itemText(el) === ref.text ? el : undefined;
  }

  private replay(): void {
    if (!this.isDrawn || !this.isReady) return;
    const pending = this.pending.splice(0);
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
