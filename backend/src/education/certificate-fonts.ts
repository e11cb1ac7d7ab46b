// The certificate's fonts: Noto Sans (Latin, Greek, Cyrillic, Vietnamese), Noto Sans Arabic and Noto Sans
// SC (Chinese), from the @fontsource npm packages, so every server has them without system fonts. The
// packages cut each font into subsets by unicode-range, listed in their CSS; this reads those lists and
// registers a subset's WOFF file with a document only when a line needs it, so a certificate embeds (the
// used glyphs of) a handful of files, not the hundreds on disk. The files are unpacked here before PDFKit
// sees them: see certificate-woff.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type FontSubset, parseUnicodeRange } from './certificate-font-runs.ts';
import { woffToSfnt } from './certificate-woff.ts';

export type Typeface = 'regular' | 'bold' | 'serif-italic';

/** A font subset: a Fontsource WOFF file, or one of the PDF standard fonts (`file` undefined). */
export interface CertificateFont extends FontSubset {
  /** The font's name in the document: the file's name, or the standard font's. */
  readonly name: string;
  readonly file: string | undefined;
}

/** Fallback order: the first family whose subsets cover a character draws it. */
const FAMILIES = ['noto-sans', 'noto-sans-arabic', 'noto-sans-sc'] as const;
const WEIGHTS: Readonly<Record<Exclude<Typeface, 'serif-italic'>, number>> = { regular: 400, bold: 700 };

/**
 * The two fixed English lines in serif italic keep the standard Times-Italic they always had: no serif
 * font ships from npm here, and the PDF standard fonts need no embedding for printable ASCII.
 */
const TIMES_ITALIC: CertificateFont = {
  name: 'Times-Italic',
  file: undefined,
  ranges: [{ from: 0x20, to: 0x7e }],
};

const requireFromHere = createRequire(import.meta.url);

/** What the certificate asks of fontkit: the code points a font file has glyphs for. */
interface FontReader {
  create(font: Buffer): { readonly characterSet: readonly number[] };
}

/** fontkit, the font reader PDFKit draws with, resolved from PDFKit so that it is PDFKit's own copy. */
const fontkit = createRequire(requireFromHere.resolve('pdfkit'))('fontkit') as FontReader;

/** A Fontsource WOFF file, unpacked. Not kept: inflating a subset takes about a millisecond. */
function fontData(file: string): Buffer {
  return woffToSfnt(readFileSync(file));
}

const glyphSets = new Map<string, ReadonlySet<number>>();

/** The code points a font file has glyphs for, read when first asked (only for files a line may use). */
function glyphsOf(file: string): ReadonlySet<number> {
  let glyphs = glyphSets.get(file);
  if (glyphs === undefined) {
    glyphs = new Set(fontkit.create(fontData(file)).characterSet);
    glyphSets.set(file, glyphs);
  }
  return glyphs;
}

/** The subsets one Fontsource CSS file lists, in its order, with their WOFF files. */
export function subsetsFromCss(css: string, directory: string): CertificateFont[] {
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  return faces.map((face) => {
    const woff = /url\(\.\/files\/([\w.[\]-]+\.woff)\)\s*format\('woff'\)/.exec(face)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (woff === undefined || ranges === undefined) throw new SyntaxError(`unexpected @font-face: ${face}`);
    const file = join(directory, 'files', woff);
    return {
      name: woff,
      file,
      ranges: parseUnicodeRange(ranges),
      hasGlyph: (codePoint: number) => glyphsOf(file).has(codePoint),
    };
  });
}

const cache = new Map<Typeface, readonly CertificateFont[]>();

/** Every subset of a typeface in fallback order, read from the packages' CSS once per process. */
export function typefaceFonts(typeface: Typeface): readonly CertificateFont[] {
  const cached = cache.get(typeface);
  if (cached) return cached;
  const fonts =
    typeface === 'serif-italic'
      ? [TIMES_ITALIC]
      : FAMILIES.flatMap((family) => {
          const css = requireFromHere.resolve(`@fontsource/${family}/${WEIGHTS[typeface]}.css`);
          return subsetsFromCss(readFileSync(css, 'utf8'), dirname(css));
        });
  cache.set(typeface, fonts);
  return fonts;
}

/** Selects fonts in one document, registering each Fontsource file the first time it is used. */
export class FontSelector {
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  use(font: CertificateFont): void {
    if (font.file !== undefined && !this.registered.has(font.name)) {
      this.doc.registerFont(font.name, fontData(font.file));
      this.registered.add(font.name);
    }
    this.doc.font(font.name);
  }
}
