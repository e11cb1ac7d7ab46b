import { describe, expect, it } from 'vitest';

import { isCommand, isTyping, shortcutFor } from './shortcuts.ts';

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
  it('plays with Space, undoes, redoes and saves with Ctrl or Cmd, and switches views with 1 to 5', () => {
    expect(shortcutFor(key(' '))).toBe('play');
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(key('s', { ctrlKey: true }))).toBe('save');
    expect(['1', '2', '3', '4', '5'].map((k) => shortcutFor(key(k)))).toEqual([
      'session',
      'arrange',
      'notes',
      'mixer',
      'devices',
    ]);
    expect(shortcutFor(key('2', { altKey: true }))).toBeNull();
    expect(shortcutFor(key('q'))).toBeNull();
  });

  it('copies, pastes, duplicates and selects all with Ctrl or Cmd; deletes and moves the cursor', () => {
    const commands = ['c', 'v', 'd', 'a'].map((k) => shortcutFor(key(k, { metaKey: true })));
    expect(commands).toEqual(['copy', 'paste', 'duplicate', 'selectAll']);
    expect(commands.every((c) => c !== null && isCommand(c))).toBe(true);
    expect(shortcutFor(key('Delete'))).toBe('delete');
    expect(shortcutFor(key('Backspace'))).toBe('delete');
    expect(shortcutFor(key('ArrowRight'))).toBe('right');
    expect(isCommand('save')).toBe(false);
    // A plain C is the piano's, not a copy.
    expect(shortcutFor(key('c'))).toBeNull();
    expect(shortcutFor(key('c', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves keys typed into a field alone', () => {
    expect(isTyping({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'CANVAS' } as unknown as EventTarget)).toBe(false);
  });
});
