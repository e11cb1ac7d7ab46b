import { describe, expect, it } from 'vitest';
import {
  type CertificateDetails,
  type CertificateFont,
  certificatePdf,
  dateInWords,
  encodeWinAnsi,
  fontUnits,
} from './certificate-pdf.ts';

const DETAILS: CertificateDetails = {
  studentName: 'Ada Lovelace',
  courseTitle: 'Painting light in oils',
  instructorName: 'Berthe Morisot',
  issuedAt: new Date('2026-11-25T14:30:00Z'),
  verificationCode: 'PSC-7KQ2-MX4D-9TZA',
  verifyUrl: 'https://venue.example/api/certificates/PSC-7KQ2-MX4D-9TZA/verify',
};

/** The inner line of the page's double border (the rectangle 32 32 778 531). */
const BORDER = { left: 32, right: 842 - 32 };

// ---------------------------------------------------------------------------------------------------------
// A small structural PDF reader: enough to check what certificatePdf writes, strictly.

interface ParsedPdf {
  readonly objects: ReadonlyMap<number, string>; // bodies between `N 0 obj\n` and `\nendobj`
  readonly trailer: string;
}

/** Reads the file through its xref table, checking every offset and the trailer on the way. */
function parsePdf(bytes: Uint8Array): ParsedPdf {
  const file = Buffer.from(bytes).toString('latin1'); // one char per byte: indices are byte offsets
  expect(file.startsWith('%PDF-1.7\n')).toBe(true);
  const tail = /\nstartxref\n(\d+)\n%%EOF$/.exec(file);
  if (!tail?.[1]) throw new Error('no startxref / %%EOF at the end');
  const xrefAt = Number(tail[1]);
  const header = /^xref\n0 (\d+)\n/.exec(file.slice(xrefAt));
  if (!header?.[1]) throw new Error(`startxref ${xrefAt} does not point at an xref table`);
  const count = Number(header[1]);

  const objects = new Map<number, string>();
  let at = xrefAt + header[0].length;
  for (let number = 0; number < count; number++, at += 20) {
    const entry = /^(\d{10}) (\d{5}) ([nf])(?: \n|\r\n| \r)$/.exec(file.slice(at, at + 20));
    if (!entry?.[1] || !entry[3]) throw new Error(`xref entry ${number} is malformed`);
    if (number === 0) {
      expect(entry[0]).toBe('0000000000 65535 f \n');
      continue;
    }
    expect(entry[3]).toBe('n');
    const offset = Number(entry[1]);
    const opening = `${number} 0 obj\n`;
    expect(file.slice(offset, offset + opening.length), `object ${number} at ${offset}`).toBe(opening);
    const end = file.indexOf('\nendobj\n', offset);
    expect(end).toBeGreaterThan(offset);
    expect(end).toBeLessThan(xrefAt);
    objects.set(number, file.slice(offset + opening.length, end));
  }

  const trailer = file.slice(at, tail.index);
  expect(trailer).toMatch(/^trailer\n<< .* >>$/);
  expect(trailer).toContain(`/Size ${count} `);
  return { objects, trailer };
}

/** The object a `/Key N 0 R` entry of `body` refers to. */
function deref(pdf: ParsedPdf, body: string, key: string): string {
  const ref = new RegExp(`/${key}\\s*(\\d+) 0 R`).exec(body);
  const target = ref?.[1] === undefined ? undefined : pdf.objects.get(Number(ref[1]));
  if (target === undefined) throw new Error(`/${key} does not refer to an object`);
  return target;
}

/** A stream's data, checking that /Length is exact. */
function streamData(body: string): string {
  const header = /^<< \/Length (\d+) >>\nstream\n/.exec(body);
  if (!header?.[1]) throw new Error('not a stream');
  const length = Number(header[1]);
  expect(body.slice(header[0].length + length)).toBe('\nendstream');
  return body.slice(header[0].length, header[0].length + length);
}

interface ShownText {
  readonly text: string; // bytes, as chars
  readonly font: CertificateFont;
  readonly size: number;
  readonly x: number;
  readonly y: number;
}

type Token =
  { readonly kind: 'string'; readonly value: string } | { readonly kind: 'other'; readonly value: string };

/** Reads one literal string starting at `start` (an opening parenthesis); returns it and the next index. */
function readString(content: string, start: number): [string, number] {
  const escapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let value = '';
  let depth = 0;
  for (let i = start; i < content.length; i++) {
    const char = content.charAt(i);
    if (char === '\\') {
      const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4));
      if (octal) {
        value += String.fromCharCode(parseInt(octal[0], 8));
        i += octal[0].length;
      } else {
        const next = content.charAt(i + 1);
        value += escapes[next] ?? next;
        i++;
      }
    } else if (char === '(') {
      if (depth++ > 0) value += char;
    } else if (char === ')') {
      if (--depth === 0) return [value, i + 1];
      value += char;
    } else {
      value += char;
    }
  }
  throw new Error('unterminated string');
}

/** Splits a content stream into tokens, rejecting anything this generator should never write. */
function tokenize(content: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < content.length) {
    const rest = content.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('(')) {
      const [value, next] = readString(content, i);
      tokens.push({ kind: 'string', value });
      i = next;
      continue;
    }
    const word = /^(?:-?\d*\.?\d+|\/[A-Za-z0-9]+|[A-Za-z*]+)/.exec(rest);
    if (!word) throw new Error(`unexpected ${JSON.stringify(rest.slice(0, 20))} in the content stream`);
    tokens.push({ kind: 'other', value: word[0] });
    i += word[0].length;
  }
  return tokens;
}

/** Every string the page shows, with its font, size and position. */
function shownTexts(pdf: ParsedPdf): ShownText[] {
  const catalog = deref(pdf, pdf.trailer, 'Root');
  expect(catalog).toContain('/Type /Catalog');
  const pages = deref(pdf, catalog, 'Pages');
  expect(pages).toContain('/Count 1');
  const page = deref(pdf, pages, 'Kids \\[');
  expect(page).toContain('/MediaBox [0 0 842 595]');
  const content = streamData(deref(pdf, page, 'Contents'));

  const texts: ShownText[] = [];
  let operands: Token[] = [];
  let font: CertificateFont = 'Helvetica';
  let size = 0;
  let x = 0;
  let y = 0;
  for (const token of tokenize(content)) {
    if (token.kind === 'string' || /^[-./\d]/.test(token.value)) {
      operands.push(token);
      continue;
    }
    const [first, second] = operands.map((operand) => operand.value);
    if (token.value === 'Tf') {
      const baseFont = /\/BaseFont \/([\w-]+)/.exec(deref(pdf, page, (first ?? '').slice(1)))?.[1];
      font = baseFont as CertificateFont;
      size = Number(second);
    } else if (token.value === 'Td') {
      [x, y] = [Number(first), Number(second)];
    } else if (token.value === 'Tj') {
      texts.push({ text: first ?? '', font, size, x, y });
    }
    operands = [];
  }
  return texts;
}

function widthOf(shown: ShownText): number {
  return (fontUnits(shown.text, shown.font) * shown.size) / 1000;
}

/** The shown line at height `y` (each line of the layout has its own). */
function lineAt(texts: readonly ShownText[], y: number, x?: (x: number) => boolean): ShownText {
  const line = texts.find((text) => text.y === y && (x?.(text.x) ?? true));
  if (!line) throw new Error(`no text at y=${y}`);
  return line;
}

const NAME_Y = 350;
const TITLE_Y = 256;

function render(overrides: Partial<CertificateDetails> = {}): { pdf: ParsedPdf; texts: ShownText[] } {
  const pdf = parsePdf(certificatePdf({ ...DETAILS, ...overrides }));
  return { pdf, texts: shownTexts(pdf) };
}

/** Decodes a `<FEFF…>` UTF-16BE text string from the /Info dictionary. */
function infoText(pdf: ParsedPdf, key: string): string {
  const info = deref(pdf, pdf.trailer, 'Info');
  const hex = new RegExp(`/${key} <FEFF([0-9A-F]*)>`).exec(info)?.[1] ?? '';
  return Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

// ---------------------------------------------------------------------------------------------------------

describe('certificatePdf', () => {
  it('writes a PDF 1.7 file whose xref, trailer and startxref are exact', () => {
    const bytes = certificatePdf(DETAILS);
    const file = Buffer.from(bytes).toString('latin1');
    expect(file.startsWith('%PDF-1.7')).toBe(true);
    expect(file.endsWith('%%EOF')).toBe(true);
    const pdf = parsePdf(bytes);
    expect(pdf.objects.size).toBe(8);
    expect(pdf.trailer).toMatch(/\/ID \[<([0-9A-F]{32})> <\1>\]/);
    const info = deref(pdf, pdf.trailer, 'Info');
    expect(info).toContain('/Producer (ProStudio)');
    expect(info).toContain('/CreationDate (D:20261125143000Z)');
    expect(infoText(pdf, 'Title')).toBe('Certificate of completion: Painting light in oils');
    for (const font of ['Helvetica', 'Helvetica-Bold', 'Times-Italic']) {
      expect([...pdf.objects.values()]).toContain(
        `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`,
      );
    }
  });

  it('shows the name, course, instructor, date in words, code and verify URL', () => {
    const shown = render().texts.map((text) => text.text);
    expect(shown).toEqual(
      expect.arrayContaining([
        'Certificate of completion',
        'has completed',
        'Ada Lovelace',
        'Painting light in oils',
        'Berthe Morisot',
        '25 November 2026',
        'Verification code: PSC-7KQ2-MX4D-9TZA',
        DETAILS.verifyUrl,
      ]),
    );
  });

  it('centres lines on the page using the fonts’ real widths', () => {
    const { texts } = render();
    for (const y of [NAME_Y, TITLE_Y]) {
      const line = lineAt(texts, y);
      expect(line.x + widthOf(line) / 2).toBeCloseTo(421, 1);
    }
    // Helvetica-Bold 38 pt: 'Ada Lovelace' is 6.447 em wide.
    expect(widthOf(lineAt(texts, NAME_Y))).toBeCloseTo(6.447 * 38, 2);
  });

  it('escapes parentheses and backslashes so that the strings still parse', () => {
    const studentName = 'Ada (the) \\ Count)ess ((';
    const courseTitle = 'Loops ) and \\ escapes (';
    const pdf = certificatePdf({ ...DETAILS, studentName, courseTitle });
    const file = Buffer.from(pdf).toString('latin1');
    expect(file).toContain('(Ada \\(the\\) \\\\ Count\\)ess \\(\\() Tj');
    const { texts } = render({ studentName, courseTitle });
    expect(lineAt(texts, NAME_Y).text).toBe(studentName);
    expect(lineAt(texts, TITLE_Y).text).toBe(courseTitle);
  });

  it('shrinks a long name to fit, and truncates a very long one with an ellipsis', () => {
    const longish = 'Maria Salomea Skłodowska-Curie de la Fontaine';
    const shrunk = lineAt(render({ studentName: longish }).texts, NAME_Y);
    expect(shrunk.size).toBeLessThan(38);
    expect(shrunk.size).toBeGreaterThanOrEqual(16);
    expect(shrunk.text).toBe(encodeWinAnsi(longish));

    for (const studentName of ['W'.repeat(300), 'Wolfgang Amadeus '.repeat(18).slice(0, 300)]) {
      const { texts } = render({ studentName, courseTitle: 'M'.repeat(300) });
      for (const line of [lineAt(texts, NAME_Y), lineAt(texts, TITLE_Y)]) {
        expect(line.text.endsWith('\x85')).toBe(true); // WinAnsi's ellipsis
        expect(line.text.length).toBeLessThan(300);
        expect(line.x).toBeGreaterThan(BORDER.left);
        expect(line.x + widthOf(line)).toBeLessThan(BORDER.right);
      }
      expect(lineAt(texts, NAME_Y).size).toBe(16);
    }
  });

  it('keeps text outside WinAnsi from breaking the file', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['Zoë Ångström', 'Zo\xeb \xc5ngstr\xf6m'],
      ['李小龍', '???'],
      ['Renée “Ray” O’Neil', 'Ren\xe9e \x93Ray\x94 O\x92Neil'],
      ['Łukasz Szőke – 🎨\u200d', 'Lukasz Szoke \x96 ?'],
    ];
    for (const [studentName, shown] of cases) {
      const { pdf, texts } = render({ studentName, instructorName: studentName, courseTitle: studentName });
      expect(lineAt(texts, NAME_Y).text).toBe(shown);
      expect(lineAt(texts, TITLE_Y).text).toBe(shown);
      // The document information keeps the original, in UTF-16.
      expect(infoText(pdf, 'Subject')).toBe(studentName);
    }
  });

  it('gives identical bytes for the same details, and a different /ID for different ones', () => {
    const first = certificatePdf(DETAILS);
    expect(certificatePdf({ ...DETAILS })).toEqual(first);
    const id = (bytes: Uint8Array): string | undefined =>
      /\/ID \[<(\w+)>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(certificatePdf({ ...DETAILS, studentName: 'Ada Byron' }))).not.toBe(id(first));
  });

  it('rejects an invalid issue date', () => {
    expect(() => certificatePdf({ ...DETAILS, issuedAt: new Date('nope') })).toThrow(RangeError);
  });
});

describe('encodeWinAnsi', () => {
  it('keeps WinAnsi characters and maps typographic punctuation to its WinAnsi codes', () => {
    expect(encodeWinAnsi('Café – “quoted” — it’s… €5 ™')).toBe(
      'Caf\xe9 \x96 \x93quoted\x94 \x97 it\x92s\x85 \x805 \x99',
    );
  });

  it('strips accents WinAnsi lacks and replaces what it cannot transliterate', () => {
    expect(encodeWinAnsi('Dvořák Ţară ﬁne ①')).toBe('Dvor\xe1k Tara fine 1');
    expect(encodeWinAnsi('e\u0301')).toBe('\xe9'); // decomposed input is composed first
    expect(encodeWinAnsi('Привет 東京')).toBe('?????? ??');
  });

  it('turns controls and odd spaces into single spaces and drops invisible characters', () => {
    expect(encodeWinAnsi('  Ada\t\n\u0000Love\u00adlace\u200b\u00a0 ')).toBe('Ada Lovelace');
  });
});

describe('fontUnits', () => {
  it('uses the standard AFM widths', () => {
    expect(fontUnits('a', 'Helvetica')).toBe(556);
    expect(fontUnits(' ', 'Helvetica')).toBe(278);
    expect(fontUnits('i', 'Helvetica')).toBe(222);
    expect(fontUnits('W', 'Helvetica-Bold')).toBe(944);
    expect(fontUnits('\xe9', 'Helvetica-Bold')).toBe(556);
    expect(fontUnits('a', 'Times-Italic')).toBe(500);
    expect(fontUnits('Hello', 'Helvetica')).toBe(722 + 556 + 222 + 222 + 556);
  });
});

describe('dateInWords', () => {
  it('writes the UTC date in words', () => {
    expect(dateInWords(new Date('2026-11-25T23:30:00Z'))).toBe('25 November 2026');
    expect(dateInWords(new Date('2027-01-01T00:00:00Z'))).toBe('1 January 2027');
  });
});
