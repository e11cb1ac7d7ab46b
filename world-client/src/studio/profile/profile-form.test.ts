import { describe, expect, it } from 'vitest';
import { linkLabel, parseLinks } from './profile-form.ts';

describe('parseLinks', () => {
  it('takes one link a line, dropping blanks and repeats', () => {
    expect(parseLinks('https://a.example\n\n  https://b.example/x  \nhttps://a.example')).toEqual([
      'https://a.example',
      'https://b.example/x',
    ]);
    expect(parseLinks('  \n ')).toEqual([]);
  });
});

describe('linkLabel', () => {
  it('shows a link by its host and path', () => {
    expect(linkLabel('https://ines.example/')).toBe('ines.example');
    expect(linkLabel('https://www.instagram.com/ines')).toBe('www.instagram.com/ines');
    expect(linkLabel('not a link')).toBe('not a link');
  });
});
