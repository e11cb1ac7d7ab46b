import { describe, expect, it } from 'vitest';
import { textForShaper, visualPieces } from './certificate-bidi.ts';

interface Run {
  readonly font: string;
  readonly text: string;
}

/** Runs given as [font, text] pairs; pieces returned as [font, text, 'rtl' | 'ltr'], left to right. */
function pieces(...runs: [string, string][]): [string, string, string][] {
  const input: Run[] = runs.map(([font, text]) => ({ font, text }));
  return visualPieces(input).map((piece) => [piece.run.font, piece.text, piece.rtl ? 'rtl' : 'ltr']);
}

describe('visualPieces', () => {
  it('leaves left-to-right text as it is', () => {
    expect(pieces(['latin', 'Ada '], ['han', '张伟'], ['latin', ' 12'])).toEqual([
      ['latin', 'Ada ', 'ltr'],
      ['han', '张伟', 'ltr'],
      ['latin', ' 12', 'ltr'],
    ]);
    expect(pieces()).toEqual([]);
  });

  it('puts the words of an Arabic name right to left, whatever fonts their spaces come from', () => {
    expect(pieces(['arabic', 'عائشة'], ['latin', ' '], ['arabic', 'محمد'])).toEqual([
      ['arabic', 'محمد', 'rtl'],
      ['latin', ' ', 'rtl'],
      ['arabic', 'عائشة', 'rtl'],
    ]);
  });

  it('reverses an Arabic phrase inside an English title, and only the phrase', () => {
    expect(
      pieces(
        ['latin', 'Calligraphy: '],
        ['arabic', 'الخط'],
        ['latin', ' '],
        ['arabic', 'العربي'],
        ['latin', ', ink'],
      ),
    ).toEqual([
      ['latin', 'Calligraphy: ', 'ltr'],
      ['arabic', 'العربي', 'rtl'],
      ['latin', ' ', 'rtl'],
      ['arabic', 'الخط', 'rtl'],
      ['latin', ', ink', 'ltr'],
    ]);
  });

  it('keeps numbers left to right inside right-to-left text', () => {
    // 'Lesson 12' in Arabic: the number shows on the left, its digits in their usual order.
    expect(pieces(['arabic', 'الدرس'], ['latin', ' 12'])).toEqual([
      ['latin', '12', 'ltr'],
      ['latin', ' ', 'rtl'],
      ['arabic', 'الدرس', 'rtl'],
    ]);
    expect(pieces(['arabic', 'درس ١٢ و٣'])).toEqual([
      ['arabic', '٣', 'ltr'],
      ['arabic', ' و', 'rtl'],
      ['arabic', '١٢', 'ltr'],
      ['arabic', 'درس ', 'rtl'],
    ]);
    // After a left-to-right word, a number is simply part of it.
    expect(pieces(['latin', 'Room 12 '], ['arabic', 'غرفة'])).toEqual([
      ['latin', 'Room 12 ', 'ltr'],
      ['arabic', 'غرفة', 'rtl'],
    ]);
  });

  it('takes the direction of the first letter for the whole line', () => {
    // An Arabic title that ends in a Latin word: the Latin word is on the left.
    expect(pieces(['arabic', 'مقدمة'], ['latin', ' Photoshop'])).toEqual([
      ['latin', 'Photoshop', 'ltr'],
      ['latin', ' ', 'rtl'],
      ['arabic', 'مقدمة', 'rtl'],
    ]);
    // Neutrals at the ends of the line go the line's way; a mark goes with its letter.
    expect(pieces(['latin', '('], ['arabic', 'مُحمد'], ['latin', ')'])).toEqual([
      ['latin', ')', 'rtl'],
      ['arabic', 'مُحمد', 'rtl'],
      ['latin', '(', 'rtl'],
    ]);
  });
});

describe('textForShaper', () => {
  it('leaves text alone when the shaper picks the right direction by itself', () => {
    expect(textForShaper('Ada', false)).toBe('Ada');
    expect(textForShaper('عائشة', true)).toBe('عائشة');
    expect(textForShaper(' محمد', true)).toBe(' محمد');
    expect(textForShaper('12', false)).toBe('12');
  });

  it('reverses and mirrors neutrals read right to left', () => {
    expect(textForShaper(' (', true)).toBe(') ');
    expect(textForShaper('«', true)).toBe('»');
  });

  it('reverses Arabic-Indic digits, which the shaper would read right to left', () => {
    expect(textForShaper('١٢', false)).toBe('٢١');
  });
});
