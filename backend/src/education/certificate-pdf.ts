// Renders a course-completion certificate as a small, hand-written PDF 1.7 file: one landscape A4 page
// drawn with the standard Type 1 fonts (nothing embedded), so no PDF library is needed. The same details
// always give the same bytes: the creation date is the issue date and the trailer /ID is a hash of the file.
import { createHash } from 'node:crypto';

export interface CertificateDetails {
  readonly studentName: string;
  readonly courseTitle: string;
  readonly instructorName: string;
  readonly issuedAt: Date;
  readonly verificationCode: string;
  /** Printed at the bottom of the page, where anyone holding the certificate can check it. */
  readonly verifyUrl: string;
}

/** The standard fonts the certificate uses, by their PostScript names. */
export type CertificateFont = 'Helvetica' | 'Helvetica-Bold' | 'Times-Italic';

// ---------------------------------------------------------------------------------------------------------
// Font metrics: advance widths (1/1000 em) of WinAnsiEncoding codes 32..255, from Adobe's AFM files for the
// standard 14 fonts. Codes WinAnsi leaves undefined (127, 129, 141, 143, 144, 157) carry the bullet's width;
// the encoder below never produces them.

const FIRST_CODE = 32;

// prettier-ignore
const WIDTHS: Readonly<Record<CertificateFont, readonly number[]>> = {
  Helvetica: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 32  space..slash
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 48  0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 64  @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 80  P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 96  `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350, // 112 p..DEL
    556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, // 128 Euro..
    350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667, // 144 ..Ydieresis
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 160 nbsp..macron
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 176 degree..
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 192 Agrave..
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 208 Eth..
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, // 224 agrave..
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500, // 240 eth..ydieresis
  ],
  'Helvetica-Bold': [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350,
    556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,
    350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
  ],
  'Times-Italic': [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500,
    920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722,
    611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500,
    333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500,
    500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 350,
    500, 350, 333, 500, 556, 889, 500, 500, 333, 1000, 500, 333, 944, 350, 556, 350,
    350, 333, 333, 556, 556, 350, 500, 889, 333, 980, 389, 333, 667, 350, 389, 556,
    250, 389, 500, 500, 500, 500, 275, 500, 333, 760, 276, 500, 675, 333, 760, 333,
    400, 675, 300, 300, 333, 500, 523, 250, 333, 300, 310, 500, 750, 750, 750, 500,
    611, 611, 611, 611, 611, 611, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 667, 722, 722, 722, 722, 722, 675, 722, 722, 722, 722, 722, 556, 611, 500,
    500, 500, 500, 500, 500, 500, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 675, 500, 500, 500, 500, 500, 444, 500, 444,
  ],
};

/** The page's fonts in object order: resource /F1 is object 4, /F2 object 5, /F3 object 6. */
const FONTS: readonly CertificateFont[] = ['Helvetica', 'Helvetica-Bold', 'Times-Italic'];
const FIRST_FONT_OBJECT = 4;

/** The font's name in the page's /Font resources. */
function fontResource(font: CertificateFont): string {
  return `F${FONTS.indexOf(font) + 1}`;
}

/**
 * Width in 1/1000 em of text already encoded by `encodeWinAnsi` (one char per byte, codes 32..255).
 * Multiply by the font size and divide by 1000 for points.
 */
export function fontUnits(encoded: string, font: CertificateFont): number {
  const widths = WIDTHS[font];
  let total = 0;
  for (let i = 0; i < encoded.length; i++) {
    total += widths[encoded.charCodeAt(i) - FIRST_CODE] ?? 0;
  }
  return total;
}

// ---------------------------------------------------------------------------------------------------------
// Text encoding: Unicode to WinAnsiEncoding (Windows code page 1252), as a "binary string" whose chars are
// the bytes 32..255.

/** The code points WinAnsi puts at 0x80..0x9F, where it differs from Latin-1. */
const WINANSI_HIGH: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], // €
  [0x201a, 0x82], // ‚
  [0x0192, 0x83], // ƒ
  [0x201e, 0x84], // „
  [0x2026, 0x85], // …
  [0x2020, 0x86], // †
  [0x2021, 0x87], // ‡
  [0x02c6, 0x88], // ˆ
  [0x2030, 0x89], // ‰
  [0x0160, 0x8a], // Š
  [0x2039, 0x8b], // ‹
  [0x0152, 0x8c], // Œ
  [0x017d, 0x8e], // Ž
  [0x2018, 0x91], // ‘
  [0x2019, 0x92], // ’
  [0x201c, 0x93], // “
  [0x201d, 0x94], // ”
  [0x2022, 0x95], // •
  [0x2013, 0x96], // –
  [0x2014, 0x97], // —
  [0x02dc, 0x98], // ˜
  [0x2122, 0x99], // ™
  [0x0161, 0x9a], // š
  [0x203a, 0x9b], // ›
  [0x0153, 0x9c], // œ
  [0x017e, 0x9e], // ž
  [0x0178, 0x9f], // Ÿ
]);

/** Look-alikes for common characters that WinAnsi lacks and that NFKD does not decompose. */
const LOOK_ALIKES: ReadonlyMap<number, string> = new Map([
  [0x2010, '-'], // hyphen
  [0x2011, '-'], // non-breaking hyphen
  [0x2012, '-'], // figure dash
  [0x2015, '\u2014'], // horizontal bar
  [0x2212, '-'], // minus sign
  [0x201b, '\u2018'], // reversed single quotation mark
  [0x201f, '\u201c'], // reversed double quotation mark
  [0x2032, "'"], // prime
  [0x2033, '"'], // double prime
  [0x02bc, '\u2019'], // modifier letter apostrophe
  [0x0131, 'i'], // dotless i
  [0x0141, 'L'], // Ł
  [0x0142, 'l'], // ł
  [0x0110, 'D'], // Đ
  [0x0111, 'd'], // đ
  [0x0126, 'H'], // Ħ
  [0x0127, 'h'], // ħ
  [0x0166, 'T'], // Ŧ
  [0x0167, 't'], // ŧ
]);

/** The WinAnsi byte for one code point, or undefined if WinAnsi has no such character. */
function winAnsiByte(codePoint: number): number | undefined {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return codePoint;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return codePoint; // WinAnsi agrees with Latin-1 here
  return WINANSI_HIGH.get(codePoint);
}

/** Space separators and controls become spaces; format characters (zero-width, bidi marks) vanish. */
const SPACE_LIKE = /^[\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u;
const INVISIBLE = /^[\p{Cf}\p{M}]$/u;

/** One character in WinAnsi: itself, a look-alike, its NFKD decomposition without accents, or '?'. */
function encodeChar(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint === 0xad) return ''; // soft hyphen: only a line-breaking hint
  const direct = winAnsiByte(codePoint);
  if (direct !== undefined && codePoint !== 0xa0) return String.fromCharCode(direct);
  if (SPACE_LIKE.test(char)) return ' ';
  if (INVISIBLE.test(char)) return '';
  const lookAlike = LOOK_ALIKES.get(codePoint);
  if (lookAlike !== undefined) return encodeWinAnsi(lookAlike);
  const decomposed = [...char.normalize('NFKD')].filter((part) => !INVISIBLE.test(part));
  const bytes = decomposed.map((part) => winAnsiByte(part.codePointAt(0) ?? 0));
  if (decomposed.length > 0 && bytes.every((byte) => byte !== undefined)) {
    return String.fromCharCode(...bytes);
  }
  return '?';
}

/**
 * Encodes text in WinAnsiEncoding as a string of bytes (chars 32..255). Characters WinAnsi lacks are
 * transliterated where possible ('ő' → 'o', '‐' → '-', 'ﬁ' → 'fi') and otherwise become '?'; runs of
 * whitespace collapse to one space and the ends are trimmed.
 */
export function encodeWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += encodeChar(char);
  return out.replace(/ {2,}/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Layout helpers.

const PAGE_WIDTH = 842;
const PAGE_HEIGHT = 595;
/** Text stays 48 pt inside the inner border (at 32 pt from the edges). */
const TEXT_WIDTH = PAGE_WIDTH - 2 * 80;
const ELLIPSIS = '\x85';

interface FittedText {
  readonly text: string; // encoded
  readonly size: number;
}

/**
 * Fits encoded text into `maxWidth` points: at `size` if it fits, else at the largest size down to
 * `minSize` that fits, else at `minSize` cut short with an ellipsis.
 */
function fitText(
  encoded: string,
  font: CertificateFont,
  size: number,
  minSize: number,
  maxWidth: number,
): FittedText {
  const units = fontUnits(encoded, font);
  if ((units * size) / 1000 <= maxWidth) return { text: encoded, size };
  const shrunk = Math.floor(((maxWidth * 1000) / units) * 10) / 10;
  if (shrunk >= minSize) return { text: encoded, size: shrunk };
  return { text: truncate(encoded, font, (maxWidth * 1000) / minSize), size: minSize };
}

/** The longest prefix of `encoded` that, followed by an ellipsis, is at most `maxUnits` wide. */
function truncate(encoded: string, font: CertificateFont, maxUnits: number): string {
  const budget = maxUnits - fontUnits(ELLIPSIS, font);
  let used = 0;
  let end = 0;
  while (end < encoded.length) {
    const next = used + fontUnits(encoded.charAt(end), font);
    if (next > budget) break;
    used = next;
    end++;
  }
  return budget < 0 ? '' : encoded.slice(0, end).trimEnd() + ELLIPSIS;
}

/** A number as PDF writes it: at most two decimals, no exponent, no trailing zeros. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A PDF literal string for encoded text: `(`, `)` and `\` escaped, bytes above 126 as octal escapes. */
function pdfString(encoded: string): string {
  let out = '(';
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    const char = encoded.charAt(i);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 32 || code > 126) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

type Rgb = readonly [number, number, number];
const INK: Rgb = [0.11, 0.13, 0.2];
const MUTED: Rgb = [0.42, 0.44, 0.5];
const GOLD: Rgb = [0.69, 0.55, 0.28];

function fill(color: Rgb): string {
  return `${color.map(num).join(' ')} rg`;
}

function stroke(color: Rgb): string {
  return `${color.map(num).join(' ')} RG`;
}

interface TextLine {
  readonly text: string; // Unicode, encoded here
  readonly font: CertificateFont;
  readonly size: number;
  /** Shrink down to this size before truncating; defaults to `size` (truncate at once). */
  readonly minSize?: number;
  readonly y: number;
  /** Horizontal centre and available width; default to the page's text box. */
  readonly centre?: number;
  readonly width?: number;
  readonly color: Rgb;
}

/** Content-stream operators drawing one line of text centred on `line.centre`. */
function centredText(line: TextLine): string {
  const maxWidth = line.width ?? TEXT_WIDTH;
  const centre = line.centre ?? PAGE_WIDTH / 2;
  const fitted = fitText(encodeWinAnsi(line.text), line.font, line.size, line.minSize ?? line.size, maxWidth);
  const x = centre - (fontUnits(fitted.text, line.font) * fitted.size) / 1000 / 2;
  return [
    'BT',
    fill(line.color),
    `/${fontResource(line.font)} ${num(fitted.size)} Tf`,
    `${num(x)} ${num(line.y)} Td`,
    `${pdfString(fitted.text)} Tj`,
    'ET',
  ].join('\n');
}

/** A horizontal rule centred on `centre`. */
function rule(centre: number, y: number, length: number, width: number, color: Rgb): string {
  const [from, to] = [num(centre - length / 2), num(centre + length / 2)];
  return `${stroke(color)} ${num(width)} w ${from} ${num(y)} m ${to} ${num(y)} l S`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** '25 November 2026', in UTC so that the certificate does not depend on the server's time zone. */
export function dateInWords(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** The page's drawing operators. */
function pageContent(details: CertificateDetails): string {
  const leftColumn = 250;
  const rightColumn = PAGE_WIDTH - 250;
  const columnWidth = 240;
  return [
    // Warm paper, a double border and a short rule under the heading.
    `${fill([0.99, 0.98, 0.95])} 0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT} re f`,
    `${stroke(GOLD)} 1.5 w 24 24 ${PAGE_WIDTH - 48} ${PAGE_HEIGHT - 48} re S`,
    `${stroke(GOLD)} 0.5 w 32 32 ${PAGE_WIDTH - 64} ${PAGE_HEIGHT - 64} re S`,
    centredText({ text: 'PROSTUDIO', font: 'Helvetica-Bold', size: 10, y: 520, color: GOLD }),
    centredText({ text: 'Certificate of completion', font: 'Times-Italic', size: 40, y: 462, color: INK }),
    rule(PAGE_WIDTH / 2, 446, 120, 0.75, GOLD),
    centredText({ text: 'This certifies that', font: 'Helvetica', size: 13, y: 404, color: MUTED }),
    centredText({
      text: details.studentName,
      font: 'Helvetica-Bold',
      size: 38,
      minSize: 16,
      y: 350,
      color: INK,
    }),
    rule(PAGE_WIDTH / 2, 334, 440, 0.5, MUTED),
    centredText({ text: 'has completed', font: 'Times-Italic', size: 17, y: 298, color: MUTED }),
    centredText({
      text: details.courseTitle,
      font: 'Helvetica-Bold',
      size: 24,
      minSize: 12,
      y: 256,
      color: INK,
    }),
    // Signature-style columns: the date on the left, the instructor on the right.
    centredText({
      text: dateInWords(details.issuedAt),
      font: 'Helvetica',
      size: 14,
      y: 156,
      centre: leftColumn,
      width: columnWidth,
      color: INK,
    }),
    rule(leftColumn, 148, 200, 0.5, MUTED),
    centredText({ text: 'Date', font: 'Helvetica', size: 9, y: 134, centre: leftColumn, color: MUTED }),
    centredText({
      text: details.instructorName,
      font: 'Helvetica',
      size: 14,
      minSize: 9,
      y: 156,
      centre: rightColumn,
      width: columnWidth,
      color: INK,
    }),
    rule(rightColumn, 148, 200, 0.5, MUTED),
    centredText({
      text: 'Instructor',
      font: 'Helvetica',
      size: 9,
      y: 134,
      centre: rightColumn,
      color: MUTED,
    }),
    centredText({
      text: `Verification code: ${details.verificationCode}`,
      font: 'Helvetica',
      size: 9,
      minSize: 6,
      y: 76,
      color: MUTED,
    }),
    centredText({ text: details.verifyUrl, font: 'Helvetica', size: 8, minSize: 5, y: 62, color: MUTED }),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// File structure.

/** A PDF text string (for /Info) in UTF-16BE with a byte-order mark, so any Unicode survives. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) {
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** 'D:20261125143000Z': the PDF date format, in UTC. */
function pdfDate(date: Date): string {
  const pad = (value: number, length = 2): string => String(value).padStart(length, '0');
  return (
    `D:${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function fontObject(font: CertificateFont): string {
  return `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`;
}

/** The file's objects, numbered from 1 in array order (bodies only, without `N 0 obj`/`endobj`). */
function pdfObjects(details: CertificateDetails): string[] {
  const content = pageContent(details);
  const fontRefs = FONTS.map((font, index) => `/${fontResource(font)} ${FIRST_FONT_OBJECT + index} 0 R`);
  const contentObject = FIRST_FONT_OBJECT + FONTS.length;
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << ${fontRefs.join(' ')} >> >> /Contents ${contentObject} 0 R >>`,
    ...FONTS.map(fontObject),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfTextString(`Certificate of completion: ${details.courseTitle}`)} ` +
      `/Subject ${pdfTextString(details.studentName)} /Producer (ProStudio) ` +
      `/CreationDate (${pdfDate(details.issuedAt)}) >>`,
  ];
}

/** Chars 0..255 of a binary string as bytes. */
function toBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The certificate as a PDF file. Deterministic: the same details give the same bytes.
 * Throws a RangeError if `issuedAt` is not a valid date.
 */
export function certificatePdf(details: CertificateDetails): Uint8Array {
  if (!Number.isFinite(details.issuedAt.getTime())) throw new RangeError('issuedAt is not a valid date');
  const objects = pdfObjects(details);
  // The header's comment of bytes above 127 tells transfer tools that the file is binary.
  let file = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(file.length); // one char per byte, so string length is byte offset
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = file.length;
  const size = objects.length + 1;
  file += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = createHash('sha256').update(toBytes(file)).digest('hex').slice(0, 32).toUpperCase();
  file +=
    `trailer\n<< /Size ${size} /Root 1 0 R /Info ${objects.length} 0 R /ID [<${id}> <${id}>] >>\n` +
    `startxref\n${xrefOffset}\n%%EOF`;
  return toBytes(file);
}
