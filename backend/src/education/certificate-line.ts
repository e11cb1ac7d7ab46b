// Draws one line of the certificate, centred, in any script the fonts cover: the text is split into runs by
// font file, put in visual order, measured with the fonts' real (shaped) advances, shrunk or cut short to
// fit, then drawn run by run from the left.
import { textForShaper, visualPieces } from './certificate-bidi.ts';
import { splitIntoFontRuns } from './certificate-font-runs.ts';
import {
  type CertificateFont,
  type FontSelector,
  type Typeface,
  typefaceFonts,
} from './certificate-fonts.ts';

/** A colour as red, green and blue from 0 to 1. */
export type Rgb = readonly [number, number, number];

export interface TextLine {
  readonly text: string;
  readonly typeface: Typeface;
  readonly size: number;
  /** Shrink down to this size before cutting the text short; defaults to `size` (cut at once). */
  readonly minSize?: number;
  /** The baseline, in points up from the bottom of the page (as in PDF, not PDFKit). */
  readonly y: number;
  /** The horizontal centre and the width available. */
  readonly centre: number;
  readonly width: number;
  readonly color: Rgb;
  /** Makes the line a link to this URL. */
  readonly link?: string;
}

/** A piece of the line in one font, its text ready for the shaper, from left to right. */
interface Piece {
  readonly font: CertificateFont;
  readonly text: string;
}

const ELLIPSIS = '\u2026';
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Text as one line: NFC (so that 'e' + U+0301 uses the font's 'é'), controls and odd spaces as single
 * spaces, the ends trimmed. Format characters go (soft hyphens, zero-width spaces, bidi controls, which the
 * line's own ordering replaces), except the joiners that Arabic and Persian spelling and emoji rely on.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\P{Cf}\u200c\u200d]/gu, '')
    .replace(/[\p{Zs}\p{Zl}\p{Zp}\p{Cc}]+/gu, ' ')
    .trim();
}

/** The pieces of (clean) text, left to right. */
function layout(text: string, typeface: Typeface): Piece[] {
  const runs = splitIntoFontRuns(text, typefaceFonts(typeface));
  return visualPieces(runs).map((piece) => ({
    font: piece.run.subset,
    text: textForShaper(piece.text, piece.rtl),
  }));
}

/** PDFKit takes colours as 0..255. */
export function rgb255(color: Rgb): [number, number, number] {
  return [color[0] * 255, color[1] * 255, color[2] * 255];
}

/** Draws lines of text on a PDFKit document whose fonts `fonts` selects. */
export class LineWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontSelector,
  ) {}

  /** Draws the line centred at its size, or smaller down to its minimum, or at the minimum cut short. */
  draw(line: TextLine): void {
    const { pieces, size } = this.fit(cleanText(line.text), line);
    const widths = pieces.map((piece) => this.widthOf(piece, size));
    const total = widths.reduce((sum, width) => sum + width, 0);
    const top = this.doc.page.height - line.y; // PDFKit measures from the top of the page
    let x = line.centre - total / 2;
    this.doc.fillColor(rgb255(line.color));
    pieces.forEach((piece, index) => {
      this.fonts.use(piece.font);
      this.doc.fontSize(size).text(piece.text, x, top, { lineBreak: false, baseline: 'alphabetic' });
      x += widths[index] ?? 0;
    });
    if (line.link !== undefined && total > 0) {
      this.doc.link(line.centre - total / 2, top - size, total, size * 1.25, line.link);
    }
  }

  private widthOf(piece: Piece, size: number): number {
    this.fonts.use(piece.font);
    return this.doc.fontSize(size).widthOfString(piece.text);
  }

  private widthAt(pieces: readonly Piece[], size: number): number {
    return pieces.reduce((sum, piece) => sum + this.widthOf(piece, size), 0);
  }

  private fit(text: string, line: TextLine): { pieces: Piece[]; size: number } {
    const pieces = layout(text, line.typeface);
    const minSize = line.minSize ?? line.size;
    const width = this.widthAt(pieces, line.size);
    if (width <= line.width) return { pieces, size: line.size };
    const shrunk = Math.floor((line.width / width) * line.size * 10) / 10;
    if (shrunk >= minSize) return { pieces, size: shrunk };
    return { pieces: this.truncate(text, line.typeface, minSize, line.width), size: minSize };
  }

  /**
   * The longest start of `text`, whole graphemes followed by an ellipsis, that fits `maxWidth` at `size`
   * (found by bisection: each try shapes the whole line again).
   */
  private truncate(text: string, typeface: Typeface, size: number, maxWidth: number): Piece[] {
    const parts = Array.from(graphemes.segment(text), (part) => part.segment);
    const cut = (count: number): Piece[] =>
      layout(parts.slice(0, count).join('').trimEnd() + ELLIPSIS, typeface);
    let [fits, tooLong] = [-1, parts.length];
    while (tooLong - fits > 1) {
      const middle = Math.floor((fits + tooLong) / 2);
      if (this.widthAt(cut(middle), size) <= maxWidth) fits = middle;
      else tooLong = middle;
    }
    return fits < 0 ? [] : cut(fits);
  }
}
