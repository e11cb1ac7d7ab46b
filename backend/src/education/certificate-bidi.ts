// Puts the pieces of one line of text in visual order (left to right) for drawing, so that an Arabic name
// of two words, or an Arabic phrase inside an English course title, reads right to left. fontkit shapes and
// reverses each Arabic run by itself, but a line is drawn as several runs (one per font file, see
// certificate-font-runs.ts), and their order is ours to get right.
//
// The levels come from bidi-js, a full implementation of the Unicode Bidirectional Algorithm (UAX #9); the
// pieces (runs of one font at one level) are then put in visual order by its rule L2.
import bidiModule from 'bidi-js';

// bidi-js's types describe an ES module, but Node loads its CommonJS build, whose export is the factory itself.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

/** Scripts written right to left: the ones fontkit shapes right to left (and Noto Sans Arabic is one). */
const RTL_SCRIPT =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]$/u;
/** A character that decides a shaper's direction, as fontkit's Script.forString picks one. */
const HAS_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** A piece of a line: consecutive characters of one input run at one embedding level. */
export interface VisualPiece<R> {
  readonly run: R;
  /** In logical (reading) order, as shaping needs it. */
  readonly text: string;
  /** Read right to left: its characters are displayed in reverse order. */
  readonly rtl: boolean;
}

/** Reverses, from the deepest level up to 1, every stretch of pieces at that level or deeper (L2). */
function reorder<T extends { readonly level: number }>(pieces: readonly T[]): T[] {
  const ordered = [...pieces];
  const deepest = Math.max(0, ...pieces.map((piece) => piece.level));
  for (let depth = deepest; depth >= 1; depth--) {
    for (let start = 0; start < ordered.length; start++) {
      if ((ordered[start]?.level ?? 0) < depth) continue;
      let end = start;
      while (end < ordered.length && (ordered[end]?.level ?? 0) >= depth) end++;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}

/**
 * The runs of one line, in logical order, cut where the direction changes and put in visual order, left
 * to right. Each piece keeps its text in logical order: see `textForShaper`.
 */
export function visualPieces<R extends { readonly text: string }>(runs: readonly R[]): VisualPiece<R>[] {
  const { levels } = bidi.getEmbeddingLevels(runs.map((run) => run.text).join(''));
  const pieces: { run: R; runIndex: number; text: string; level: number }[] = [];
  let at = 0; // in UTF-16 code units, as bidi-js counts
  runs.forEach((run, runIndex) => {
    for (const char of run.text) {
      const pieceLevel = levels[at] ?? 0;
      at += char.length;
      const last = pieces.at(-1);
      if (last?.runIndex === runIndex && last.level === pieceLevel) last.text += char;
      else pieces.push({ run, runIndex, text: char, level: pieceLevel });
    }
  });
  return reorder(pieces).map(({ run, text, level: pieceLevel }) => ({
    run,
    text,
    rtl: pieceLevel % 2 === 1,
  }));
}

/**
 * The text to hand a shaper that, like fontkit, lays a run out right to left exactly when its first
 * character with a script is of a right-to-left script. Usually the piece's own text; reversed where the
 * shaper would get the direction wrong: neutrals read right to left (mirrored too: '(' shows as ')'), and
 * Arabic-Indic digits, which read left to right inside Arabic text.
 */
export function textForShaper(text: string, rtl: boolean): string {
  const decider = HAS_SCRIPT.exec(text)?.[0];
  const shaperRtl = decider !== undefined && RTL_SCRIPT.test(decider);
  if (shaperRtl === rtl) return text;
  const reversed = [...text].reverse();
  return (rtl ? reversed.map((char) => bidi.getMirroredCharacter(char) ?? char) : reversed).join('');
}
