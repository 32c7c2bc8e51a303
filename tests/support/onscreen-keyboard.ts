// Typing with the on-screen keyboard as a person does: which keys spell a text, and the arrows that reach each key.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { moveInGrid, type GridMove } from '../../kiosk-ui/keyboard/key-grid.ts';
import { allKeys, type KeyboardAction, type KeyboardLayout } from '../../content/keyboard-layouts.ts';

/** The character keys that type `text` (capitals and small letters are one key), longest key first ("UA"). */
export function keysToType(layout: KeyboardLayout, text: string): string[] {
  const inserts = layout.characters.map((k) => k.insert).sort((a, b) => b.length - a.length);
  const keys: string[] = [];
  for (let at = 0; at < text.length;) {
    if (text[at] === ' ') {
      keys.push(' ');
      at++;
      continue;
    }
    const key = inserts.find((insert) => text.slice(at, at + insert.length).toUpperCase() === insert.toUpperCase());
    if (!key) throw new Error(`no key types "${text[at]}"`);
    keys.push(key);
    at += key.length;
  }
  return keys;
}

/** The shortest run of arrows from one key to another (breadth-first over the keyboard's own moves). */
export function arrowsBetween(layout: KeyboardLayout, from: number, to: number): GridMove[] {
  const paths = new Map<number, GridMove[]>([[from, []]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) return paths.get(at)!;
    for (const move of ['right', 'left', 'down', 'up'] as const) {
      const next = moveInGrid(layout, at, move);
      if (typeof next === 'number' && !paths.has(next)) {
        paths.set(next, [...paths.get(at)!, move]);
        queue.push(next);
      }
    }
  }
  throw new Error(`key ${to} cannot be reached from ${from}`);
}

const ARROW: Record<GridMove, string> = { left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' };

const keyIndex = (layout: KeyboardLayout, key: string | KeyboardAction) =>
  allKeys(layout).findIndex((k) => (k.kind === 'character' ? k.insert === key : k.action === key));

/** Focus is on a key of the keyboard: moves to `key` (a character, or an action) with the arrows alone. */
export async function arrowToKey(page: Page, layout: KeyboardLayout, key: string | KeyboardAction): Promise<void> {
  const at = await page.evaluate(() => Number(document.activeElement?.getAttribute('data-key-index')));
  expect(Number.isInteger(at), 'focus is on a key of the on-screen keyboard').toBe(true);
  const index = keyIndex(layout, key);
  expect(index, `the keyboard has the key "${key}"`).toBeGreaterThanOrEqual(0);
  for (const move of arrowsBetween(layout, at, index)) await page.keyboard.press(ARROW[move]);
}

/**
 * Focus is on a key of the keyboard: types `text` with arrows and Enter only, ending on the last key pressed.
 * `afterKey` runs after each key is pressed (a person who listens to each letter before moving on).
 */
export async function typeOnKeyboard(page: Page, layout: KeyboardLayout, text: string, afterKey?: (insert: string) => Promise<void>): Promise<void> {
  for (const insert of keysToType(layout, text)) {
    await arrowToKey(page, layout, insert === ' ' ? 'space' : insert);
    await page.keyboard.press('Enter');
    await afterKey?.(insert);
  }
}
