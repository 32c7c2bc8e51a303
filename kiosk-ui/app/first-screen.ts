// The welcome screen painted with the page (first-screen/) is replaced by the app's own as soon as the app runs; then
// what the person did on it meanwhile is done again on the app's copy: focus where the keypad had moved it, each tap on
// the same button, each key. The copy has the same items in the same order; an item whose words differ is not pressed.
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
  private replayed = false;

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

  /** After the app's first screen is drawn and focused: does again what was done on the painted one. Once. */
  replay(): void {
    if (this.replayed) return;
    this.replayed = true;
    const item = (ref: ItemRef) => {
      const el = keypadItems()[ref.index];
      return el && itemText(el) === ref.text ? el : undefined;
    };
    if (this.focused) item(this.focused)?.focus();
    for (const input of this.pending) {
      if (input.kind === 'tap') item(input)?.click();
      else {
        const { key, code, shiftKey } = input;
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }));
        target.dispatchEvent(new KeyboardEvent('keyup', { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }));
      }
    }
    this.pending = [];
  }
}
