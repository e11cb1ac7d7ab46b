import { describe, expect, it } from 'vitest';
import { seededRandom } from '@prostudio/protocol';
import { wrapWords } from './canvas-text.ts';

// Every character is one unit wide.
const measure = (text: string) => text.length;

describe('wrapWords', () => {
  it('breaks at spaces so no line is wider than the room', () => {
    const lines = wrapWords('Two pendulums steer a pen across a slowly turning table', 16, measure);
    expect(lines).toEqual(['Two pendulums', 'steer a pen', 'across a slowly', 'turning table']);
  });

  it('on any text and width: keeps every word in order, fills each line, and overflows only for a long word', () => {
    const next = seededRandom(3);
    const word = () => 'abcdefghijklmnopqrstuvwxyz'.slice(0, 1 + Math.floor(next() * 14));
    for (let trial = 0; trial < 300; trial++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 30) }, word);
      const width = 4 + Math.floor(next() * 30);
      const lines = wrapWords(words.join(next() < 0.5 ? ' ' : '   '), width, measure);
      expect(lines.join(' ').split(' ')).toEqual(words);
      lines.forEach((line, i) => {
        if (line.length > width) expect(line.includes(' ')).toBe(false);
        // A line is only broken where the next word would not have fitted on it.
        const following = lines[i + 1]?.split(' ')[0];
        if (following !== undefined) expect(line.length + 1 + following.length).toBeGreaterThan(width);
      });
    }
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
