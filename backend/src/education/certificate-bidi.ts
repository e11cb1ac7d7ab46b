// Puts the pieces of one line of text in visual order (left to right) for drawing, so that an Arabic name
// of two words, or an Arabic phrase inside an English course title, reads right to left. fontkit shapes and
// reverses each Arabic run by itself, but a line is drawn as several runs (one per font file, see
// certificate-font-runs.ts), and their order is ours to get right.
//
// This is a reduced form of the Unicode Bidirectional Algorithm (UAX #9) for one line without explicit
// embeddings: the paragraph direction comes from the first strong letter (P2, P3), numbers keep their
// digits left to right (W7, I2), neutrals between two letters of one direction take it (N1) and others
// the paragraph's (N2); then runs of deeper levels are reversed (L2). It covers names and titles in one or
// two scripts; explicit bidi controls are not interpreted.

/** Scripts written right to left: the ones fontkit shapes right to left (and Noto Sans Arabic is one). */
const RTL_SCRIPT =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]$/u;
const DIGIT = /^\p{Nd}$/u;
const MARK = /^[\p{Mn}\p{Me}]$/u;
const LETTER = /^[\p{L}\p{Mc}]$/u;
/** A character that decides a shaper's direction, as fontkit's Script.forString picks one. */
const HAS_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Left-to-right letter, right-to-left letter, number after a right-to-left letter, or neutral. */
type Kind = 'L' | 'R' | 'D' | 'N';

/** A piece of a line: consecutive characters of one input run at one embedding level. */
export interface VisualPiece<R> {
  readonly run: R;
  /** In logical (reading) order, as shaping needs it. */
  readonly text: string;
  /** Read right to left: its characters are displayed in reverse order. */
  readonly rtl: boolean;
}

function initialKind(char: string): Kind | 'mark' {
  if (DIGIT.test(char)) return 'D';
  if (MARK.test(char)) return 'mark';
  if (LETTER.test(char)) return RTL_SCRIPT.test(char) ? 'R' : 'L';
  return 'N';
}

/** The resolved kind of each character (marks take their base's; numbers after L letters become L). */
function resolveKinds(chars: readonly string[]): { kinds: Kind[]; base: 'L' | 'R' } {
  const kinds: Kind[] = [];
  for (const char of chars) {
    const kind = initialKind(char);
    kinds.push(kind === 'mark' ? (kinds.at(-1) ?? 'N') : kind);
  }
  const base = kinds.find((kind) => kind === 'L' || kind === 'R') === 'R' ? 'R' : 'L';
  let strong: 'L' | 'R' = base;
  kinds.forEach((kind, index) => {
    if (kind === 'L' || kind === 'R') strong = kind;
    else if (kind === 'D' && strong === 'L') kinds[index] = 'L';
  });
  // Neutrals: the direction on both sides if it is the same (numbers count as right to left), else the
  // paragraph's. The line's ends count as the paragraph's direction.
  const direction = (kind: Kind | undefined): 'L' | 'R' =>
    kind === undefined ? base : kind === 'L' ? 'L' : 'R';
  let before: 'L' | 'R' = base;
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index];
    if (kind !== 'N') {
      before = direction(kind);
      continue;
    }
    let end = index;
    while (kinds[end] === 'N') end++;
    const after = direction(kinds[end]);
    kinds.fill(before === after ? before : base, index, end);
    index = end - 1;
  }
  return { kinds, base };
}

function level(kind: Kind, base: 'L' | 'R'): number {
  if (kind === 'R') return 1;
  if (kind === 'D') return 2;
  return base === 'L' ? 0 : 2;
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
  const chars = runs.flatMap((run, runIndex) => [...run.text].map((char) => ({ char, runIndex })));
  const { kinds, base } = resolveKinds(chars.map(({ char }) => char));
  const pieces: { run: R; runIndex: number; text: string; level: number }[] = [];
  chars.forEach(({ char, runIndex }, index) => {
    const pieceLevel = level(kinds[index] ?? 'N', base);
    const last = pieces.at(-1);
    if (last?.runIndex === runIndex && last.level === pieceLevel) last.text += char;
    else pieces.push({ run: runs[runIndex] as R, runIndex, text: char, level: pieceLevel });
  });
  return reorder(pieces).map(({ run, text, level: pieceLevel }) => ({
    run,
    text,
    rtl: pieceLevel % 2 === 1,
  }));
}

/** Brackets and the like that a right-to-left reading shows mirrored. */
const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

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
  return (rtl ? reversed.map((char) => MIRRORED[char] ?? char) : reversed).join('');
}
