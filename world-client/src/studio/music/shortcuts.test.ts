import { describe, expect, it } from 'vitest';

import { isTyping, shortcutFor } from './shortcuts.ts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the DAW page’s shortcuts', () => {
  it('plays with Space, undoes, redoes and saves with Ctrl or Cmd, and switches views with 1 2 3', () => {
    expect(shortcutFor(key(' '))).toBe('play');
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(key('s', { ctrlKey: true }))).toBe('save');
    expect(['1', '2', '3'].map((k) => shortcutFor(key(k)))).toEqual(['session', 'notes', 'mixer']);
    expect(shortcutFor(key('2', { altKey: true }))).toBeNull();
    expect(shortcutFor(key('q'))).toBeNull();
  });

  it('leaves keys typed into a field alone', () => {
    expect(isTyping({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'CANVAS' } as unknown as EventTarget)).toBe(false);
  });
});
