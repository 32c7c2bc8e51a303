// Moving through the on-screen keyboard with the keypad's arrows: ◀ ▶ key by key, ▲ ▼ row by row. ▲ on the top row and ▼
// on the bottom row leave the keyboard, so ▲ ▼ still reach every item of the screen.
import type { KeyboardLayout } from '../../content/keyboard-layouts.ts';

export type GridMove = 'left' | 'right' | 'up' | 'down';

/** Where a move lands: another key's index, or out of the keyboard (the item before it or after it). */
export type GridTarget = number | 'before' | 'after';

export function moveInGrid(layout: KeyboardLayout, index: number, move: GridMove): GridTarget {
  const characters = layout.characters.length;
  const total = characters + layout.actions.length;
  const { columns } = layout;
  const onActionRow = index >= characters;
  switch (move) {
    // The ends are ends: the person always knows where the edges are.
    case 'left':
      return Math.max(0, index - 1);
    case 'right':
      return Math.min(total - 1, index + 1);
    case 'up': {
      if (onActionRow) {
        const lastRowStart = Math.floor((characters - 1) / columns) * columns;
        return Math.min(lastRowStart + (index - characters), characters - 1);
      }
      return index - columns >= 0 ? index - columns : 'before';
    }
    case 'down': {
      if (onActionRow) return 'after';
      if (index + columns < characters) return index + columns;
      return layout.actions.length ? characters + Math.min(index % columns, layout.actions.length - 1) : 'after';
    }
  }
}
