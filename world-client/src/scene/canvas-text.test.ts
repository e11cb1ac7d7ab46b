import { describe, expect, it } from 'vitest';
import { wrapWords } from './canvas-text.ts';

// Every character is one unit wide.
const measure = (text: string) => text.length;

describe('wrapWords', () => {
  it('breaks at spaces so no line is wider than the room', () => {
    const lines = wrapWords('Two pendulums steer a pen across a slowly turning table', 16, measure);
    expect(lines).toEqual(['Two pendulums', 'steer a pen', 'across a slowly', 'turning table']);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
  });

  it('keeps a word longer than the room on a line of its own, and folds runs of spaces', () => {
    expect(wrapWords('a  harmonographically   drawn', 8, measure)).toEqual([
      'a',
      'harmonographically',
      'drawn',
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(wrapWords('   ', 10, measure)).toEqual([]);
  });
});
