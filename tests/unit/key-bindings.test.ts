import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionFor, KEY_BINDINGS } from '../../kiosk-ui/keypad/key-bindings.ts';

const key = (k: string) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false });

describe('keypad bindings', () => {
  it('every EZ Access action has a key, and no key does two things', () => {
    const actions = KEY_BINDINGS.map((b) => b.action);
    expect(new Set(actions)).toEqual(
      new Set([
        'previous',
        'next',
        'activate',
        'back',
        'continue',
        'help',
        'volumeDown',
        'volumeUp',
        'rateDown',
        'rateUp',
        'voice',
        'repeat',
        'blank',
        'spell',
      ]),
    );
    const keys = KEY_BINDINGS.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps the arrows, Enter and help', () => {
    expect(actionFor(key('ArrowDown'), false)).toBe('next');
    expect(actionFor(key('ArrowUp'), false)).toBe('previous');
    expect(actionFor(key('ArrowLeft'), false)).toBe('back');
    expect(actionFor(key('ArrowRight'), false)).toBe('continue');
    expect(actionFor(key('Enter'), false)).toBe('activate');
    expect(actionFor(key('?'), false)).toBe('help');
    expect(actionFor(key('F1'), false)).toBe('help');
    expect(actionFor(key('+'), false)).toBe('volumeUp');
    expect(actionFor(key('.'), false)).toBe('rateUp');
    expect(actionFor(key('a'), false)).toBeUndefined();
  });

  it('while typing, characters and left/right belong to the text box; up/down, Enter and F1 still act', () => {
    for (const k of ['ArrowLeft', 'ArrowRight', '-', '+', '=', ',', '.', '?', 'v', 'r', 'b', 's']) expect(actionFor(key(k), true), k).toBeUndefined();
    for (const [k, action] of [
      ['F2', 'voice'],
      ['F3', 'repeat'],
      ['F4', 'blank'],
      ['F5', 'spell'],
    ] as const)
      expect(actionFor(key(k), true)).toBe(action);
    expect(actionFor(key('ArrowDown'), true)).toBe('next');
    expect(actionFor(key('ArrowUp'), true)).toBe('previous');
    expect(actionFor(key('Enter'), true)).toBe('activate');
    expect(actionFor(key('F1'), true)).toBe('help');
  });

  it('keys with Ctrl, Alt or Meta are left to the system', () => {
    expect(actionFor({ ...key('ArrowDown'), ctrlKey: true }, false)).toBeUndefined();
  });

  it('the README lists every binding', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const binding of KEY_BINDINGS) {
      expect(readme, binding.action).toContain(binding.description.en);
      for (const k of binding.keys) expect(readme, `${binding.action} key ${k}`).toContain(`\`${k}\``);
    }
  });
});
