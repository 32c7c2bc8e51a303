// Inlined into index.html's head (build.ts), so it runs before the welcome screen is painted. Until the app is running
// and its server has said hello, the keypad's ▲ ▼ move through the screen as they will in the app, and every tap on a
// button and every other key is held, in order, for the app to do then (first-screen.ts): nothing done in that moment
// is lost, and nothing acts before the kiosk knows what it has (its voices, its timing).
import { keypadItems, moveFocus } from '../keypad/focus-order.ts';
import { EARLY_INPUT_GLOBAL, itemText, RESUMING_ATTRIBUTE, TAB_KEEPS_NAME, type EarlyInput, type EarlyInputQueue } from './early-input-queue.ts';

const collected: EarlyInput[] = [];
const root = document.documentElement;

/** Keys the browser itself handles on the painted screen: Enter and Space press the focused button (a tap, kept below). */
const NATIVE_KEYS = new Set(['Enter', ' ', 'Tab', 'Shift', 'Control', 'Alt', 'Meta']);

const onKeyDown = (event: KeyboardEvent) => {
  if (event.altKey || event.ctrlKey || event.metaKey || NATIVE_KEYS.has(event.key)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  root.dataset['input'] = 'keys';
  if (event.repeat) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveFocus(event.key === 'ArrowDown' ? 1 : -1);
  else collected.push({ kind: 'key', key: event.key, code: event.code, shiftKey: event.shiftKey });
};

const onClick = (event: MouseEvent) => {
  const button = (event.target as Element | null)?.closest?.('button');
  if (!button) return;
  // The app's own buttons may be drawn already: they act when the app does this again.
  event.preventDefault();
  event.stopImmediatePropagation();
  collected.push({ kind: 'tap', index: keypadItems().indexOf(button), text: itemText(button) });
};

const onPointerDown = () => (root.dataset['input'] = 'touch');

// A visit (or a person's settings) kept over a reload: the app draws where it was; the welcome would only flash.
if (window.name === TAB_KEEPS_NAME) root.setAttribute(RESUMING_ATTRIBUTE, '');

addEventListener('keydown', onKeyDown, true);
addEventListener('click', onClick, true);
addEventListener('pointerdown', onPointerDown, true);

const queue: EarlyInputQueue = {
  stop() {
    removeEventListener('keydown', onKeyDown, true);
    removeEventListener('click', onClick, true);
    removeEventListener('pointerdown', onPointerDown, true);
    // Gone once let go: nothing is held any more, and the page is as it would be had the app been running from the start.
    delete (window as unknown as Record<string, EarlyInputQueue | undefined>)[EARLY_INPUT_GLOBAL];
    return collected.splice(0);
  },
};
(window as unknown as Record<string, EarlyInputQueue>)[EARLY_INPUT_GLOBAL] = queue;
