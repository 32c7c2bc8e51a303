// What the page's early script (early-input.ts) hands to the app: what the person did on the painted welcome screen
// before the app was running, in order, to be done again on the app's screen.

/** A keypad item by its place among the screen's items and its words (the app's copy has the same items in the same order). */
export interface ItemRef {
  index: number;
  text: string;
}

export type EarlyInput = ({ kind: 'tap' } & ItemRef) | { kind: 'key'; key: string; code: string; shiftKey: boolean };

export interface EarlyInputQueue {
  /** Stops holding input, takes the queue off `window`, and returns what was held. */
  stop(): EarlyInput[];
}

/** Marks what the page brought with it, so the app knows what to replace (and tests know the app has not yet). */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/** Where the early script leaves its queue on `window`, until the app lets the held input go (tests wait for that). */
export const EARLY_INPUT_GLOBAL = 'viknoEarlyInput';

/** Set on <html> by the early script while this tab keeps a visit or a person's settings: the app, not the painted welcome, shows that. */
export const RESUMING_ATTRIBUTE = 'data-first-screen-resuming';

/**
 * `window.name` while this tab's session storage holds something (kiosk-ui/app/tab-storage.ts keeps it so). The early
 * script reads this, not the storage: a tab's first read of session storage waits on the browser process (3 ms here,
 * 11 ms at worst), and the welcome screen would wait with it. The name lasts over a reload, as the storage does.
 */
export const TAB_KEEPS_NAME = 'vikno-keeps';

/** An item's words, spaces folded, to match it with the app's copy. */
export const itemText = (el: Element): string => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
