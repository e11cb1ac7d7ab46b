import { describe, expect, it } from 'vitest';
import { type FontSubset, parseUnicodeRange, splitIntoFontRuns } from './certificate-font-runs.ts';

interface NamedSubset extends FontSubset {
  readonly name: string;
}

const subset = (name: string, ranges: string): NamedSubset => ({ name, ranges: parseUnicodeRange(ranges) });

// Shaped like Noto Sans's and Noto Sans Arabic's subsets, in fallback order.
const LATIN = subset('latin', 'U+0000-00FF,U+0131,U+2000-206F');
const LATIN_EXT = subset('latin-ext', 'U+0100-02BA,U+1E00-1E9F');
const VIETNAMESE = subset('vietnamese', 'U+0102-0103,U+0300-0301,U+1EA0-1EF9');
const ARABIC = subset('arabic', 'U+0600-06FF,U+200C-200E');
const HAN = subset('han', 'U+4E00-9FFF');
const SUBSETS = [LATIN, LATIN_EXT, VIETNAMESE, ARABIC, HAN];

/** Runs as [subset name, text] pairs. */
function runs(text: string, subsets: readonly NamedSubset[] = SUBSETS, missing?: string): [string, string][] {
  return splitIntoFontRuns(text, subsets, missing).map((run) => [run.subset.name, run.text]);
}

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0131, U+0400-045F,U+4??,u+1ee00-1eeff')).toEqual([
      { from: 0x131, to: 0x131 },
      { from: 0x400, to: 0x45f },
      { from: 0x400, to: 0x4ff },
      { from: 0x1ee00, to: 0x1eeff },
    ]);
  });

  it('rejects what it does not understand rather than dropping it', () => {
    expect(() => parseUnicodeRange('U+0100-02BA, latin')).toThrow(SyntaxError);
    expect(() => parseUnicodeRange('U+00FF-0000')).toThrow(SyntaxError);
    expect(() => parseUnicodeRange('U+4??-4FF')).toThrow(SyntaxError);
  });
});

describe('splitIntoFontRuns', () => {
  it('keeps a line of one subset in one run', () => {
    expect(runs('Ada Lovelace')).toEqual([['latin', 'Ada Lovelace']]);
    expect(runs('')).toEqual([]);
  });

  it('switches subsets where the characters need it, the first covering one winning', () => {
    expect(runs('Łukasz Żółć')).toEqual([
      ['latin-ext', 'Ł'],
      ['latin', 'ukasz '],
      ['latin-ext', 'Ż'],
      ['latin', 'ó'],
      ['latin-ext', 'łć'],
    ]);
    // 'ă' is in both latin-ext and vietnamese: latin-ext comes first.
    expect(runs('Nguyễn Thị ă')).toEqual([
      ['latin', 'Nguy'],
      ['vietnamese', 'ễ'],
      ['latin', 'n Th'],
      ['vietnamese', 'ị'],
      ['latin', ' '],
      ['latin-ext', 'ă'],
    ]);
    expect(runs('Ink 张伟')).toEqual([
      ['latin', 'Ink '],
      ['han', '张伟'],
    ]);
  });

  it('keeps spaces, punctuation and marks in the run before them when its subset has them', () => {
    // The Arabic comma (U+060C) belongs to no script; the space is not in the Arabic subset.
    expect(runs('محمد، علي')).toEqual([
      ['arabic', 'محمد،'],
      ['latin', ' '],
      ['arabic', 'علي'],
    ]);
    // U+0301 (combining acute) is in vietnamese only, so it follows its base there, not into latin.
    expect(runs('ễ\u0301!')).toEqual([
      ['vietnamese', 'ễ\u0301'],
      ['latin', '!'],
    ]);
    // But a letter of a script always goes to the first subset that has it.
    expect(runs('ễe')).toEqual([
      ['vietnamese', 'ễ'],
      ['latin', 'e'],
    ]);
  });

  it('shows what no subset covers as the replacement and drops invisible characters', () => {
    expect(runs('Zoë 🎨\uFE0F Ω\u{E0001}')).toEqual([['latin', 'Zoë ? ?']]);
    expect(runs('🎨', [HAN, LATIN])).toEqual([['latin', '?']]);
    expect(runs('张🎨', [HAN, LATIN], '\u2026')).toEqual([
      ['han', '张'],
      ['latin', '\u2026'],
    ]);
    expect(() => runs('a', [HAN])).toThrow(RangeError);
  });

  it('passes over a subset whose range claims a character its font lacks', () => {
    const symbols: NamedSubset = {
      ...subset('symbols', 'U+2460-24FF'),
      hasGlyph: (codePoint) => codePoint !== 0x2460,
    };
    const han = subset('han', 'U+2460-24FF,U+4E00-9FFF');
    expect(runs('②①', [LATIN, symbols, han])).toEqual([
      ['symbols', '②'],
      ['han', '①'],
    ]);
    // Once in the han run, ② stays there: han has it too.
    expect(runs('①②张', [LATIN, symbols, han])).toEqual([['han', '①②张']]);
  });
});
