// Splits text into runs that one font file can draw. Fontsource ships each font cut into subsets by CSS
// `unicode-range` (Noto Sans SC alone has about a hundred per weight), so a line such as 'Łukasz 张伟' needs
// several font files; each run of characters goes to the first subset, in priority order, that covers it.

/** An inclusive range of code points, as in a CSS `unicode-range` (U+0400-045F). */
export interface CodePointRange {
  readonly from: number;
  readonly to: number;
}

/** A font file (or any font) and the code points it is meant to draw. */
export interface FontSubset {
  readonly ranges: readonly CodePointRange[];
  /**
   * Whether the font really has a glyph for a code point in its ranges. A CSS unicode-range is a promise
   * about blocks, not every code point in them (Noto Sans Arabic's symbols subset claims emoji it lacks),
   * so where this is given it has the last word; it is asked only about code points in the ranges.
   */
  readonly hasGlyph?: (codePoint: number) => boolean;
}

/** Consecutive characters drawn with one subset. */
export interface FontRun<S extends FontSubset> {
  readonly text: string;
  readonly subset: S;
}

/**
 * Parses a CSS `unicode-range` value: `U+0131`, `U+0400-045F` and wildcards such as `U+4??`, separated by
 * commas. Throws on anything else, so a changed Fontsource format fails loudly instead of dropping glyphs.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
      const [, start, end] = match ?? [];
      if (start === undefined || (end !== undefined && start.includes('?'))) {
        throw new SyntaxError(`not a unicode-range: ${part}`);
      }
      const from = parseInt(start.replaceAll('?', '0'), 16);
      const to = parseInt(end ?? start.replaceAll('?', 'F'), 16);
      if (to < from) throw new SyntaxError(`empty unicode-range: ${part}`);
      return { from, to };
    });
}

function codePointOf(char: string): number {
  return char.codePointAt(0) ?? -1;
}

export function covers(subset: FontSubset, codePoint: number): boolean {
  const inRanges = subset.ranges.some((range) => codePoint >= range.from && codePoint <= range.to);
  return inRanges && (subset.hasGlyph?.(codePoint) ?? true);
}

/**
 * Characters of no particular script (spaces, punctuation, digits, combining marks): they stay in the run
 * before them when its subset has them, so that 'Nguyễn Thị' or 'محمد، علي' is not broken at every space
 * into a run of another font (which would also cut Arabic shaping and kerning short).
 */
const SCRIPTLESS = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** Invisible characters that are simply left out when no font has them (joiners, variation selectors). */
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}]$/u;

/**
 * Splits `text` into runs of one subset each. A character goes to the first of `subsets` that covers it,
 * unless it is scriptless and the run before it can take it. A visible character no subset covers becomes
 * `missing` ('?' unless told), which some subset must cover; an invisible one is dropped.
 */
export function splitIntoFontRuns<S extends FontSubset>(
  text: string,
  subsets: readonly S[],
  missing = '?',
): FontRun<S>[] {
  const firstCovering = (char: string): S | undefined =>
    subsets.find((subset) => covers(subset, codePointOf(char)));
  const fallback = firstCovering(missing);
  if (fallback === undefined) throw new RangeError(`no subset covers the replacement ${missing}`);
  const runs: { text: string; subset: S }[] = [];
  for (const original of text) {
    let char = original;
    let subset = firstCovering(char);
    if (subset === undefined) {
      if (INVISIBLE.test(char)) continue;
      [char, subset] = [missing, fallback];
    }
    const current = runs.at(-1);
    if (current && SCRIPTLESS.test(char) && covers(current.subset, codePointOf(char)))
      subset = current.subset;
    if (current?.subset === subset) current.text += char;
    else runs.push({ text: char, subset });
  }
  return runs;
}
