// The items up/down move through: every control and every piece of text on the screen (headings, paragraphs, list items),
// in reading order. Text is made focusable on the way (tabindex −1: it stays out of the Tab order).

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex="0"]';
const TEXT = 'h1, h2, h3, h4, p, li, dt, dd, legend, th, td, .keypad-text';
const ITEMS = `${CONTROLS}, ${TEXT}`;

const isControl = (el: Element) => el.matches(CONTROLS);

function isShown(el: Element): boolean {
  if (el.closest('[hidden], [inert], .visually-hidden, [data-keypad-skip]')) return false;
  if ((el as HTMLElement).matches(':disabled')) return false;
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** A text element counts as an item when it has words of its own that no smaller item or control already carries. */
function isTextItem(el: Element): boolean {
  if (!el.textContent?.trim()) return false;
  if (el.closest('label, button, a')) return false;
  return !el.querySelector(ITEMS);
}

/** The items of the open dialog if there is one, otherwise of the page. */
export function keypadItems(root: ParentNode = document): HTMLElement[] {
  const dialog = root.querySelector('dialog[open]');
  const scope = dialog ?? root;
  return [...scope.querySelectorAll<HTMLElement>(ITEMS)].filter((el) => isShown(el) && (isControl(el) || isTextItem(el)));
}

/** Moves focus one item up or down (stopping at the ends, never wrapping: the person always knows where the edges are). */
export function moveFocus(direction: 1 | -1, root: ParentNode = document): HTMLElement | undefined {
  const items = keypadItems(root);
  if (!items.length) return undefined;
  const active = document.activeElement;
  let index = items.findIndex((el) => el === active);
  if (index === -1 && active && active !== document.body) {
    // Focus is on something that is not an item (the error summary box): go on from where it is in the page.
    const following = items.findIndex((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const after = following === -1 ? items.length : following;
    index = direction === 1 ? after - 1 : after;
  }
  const next = items[Math.min(items.length - 1, Math.max(0, index + direction))]!;
  if (!isControl(next) && !next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1');
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return next;
}

/** The visible button marked for a keypad key (data-keypad="back" / "continue"). */
export function markedButton(name: 'back' | 'continue', root: ParentNode = document): HTMLElement | undefined {
  const dialog = root.querySelector('dialog[open]');
  const scope = dialog ?? root;
  return [...scope.querySelectorAll<HTMLElement>(`[data-keypad="${name}"]`)].find(isShown);
}
