// Reads the certificates back with poppler-utils (pdftotext, pdfinfo, pdffonts), as any PDF reader would,
// rather than parsing PDFKit's output ourselves: what counts is the text a reader gets back.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type CertificateDetails, certificatePdf, dateInWords } from './certificate-pdf.ts';
import { cleanText } from './certificate-line.ts';

const DETAILS: CertificateDetails = {
  studentName: 'Ada Lovelace',
  courseTitle: 'Painting light in oils',
  instructorName: 'Berthe Morisot',
  issuedAt: new Date('2026-11-25T14:30:00Z'),
  verificationCode: 'PSC-7KQ2-MX4D-9TZA',
  verifyUrl: 'https://venue.example/api/certificates/PSC-7KQ2-MX4D-9TZA/verify',
};

/** The page's text box: 80 pt in from each side (48 pt inside the inner border). */
const TEXT_BOX = { left: 80, right: 842 - 80, centre: 421 };

/** Runs a poppler-utils tool on the PDF, given on standard input; its standard output. */
function poppler(
  tool: 'pdftotext' | 'pdfinfo' | 'pdffonts',
  args: readonly string[],
  pdf: Uint8Array,
): string {
  const result = spawnSync(tool, [...args, '-', ...(tool === 'pdftotext' ? ['-'] : [])], {
    input: pdf,
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`${tool} did not run (install poppler-utils): ${result.error.message}`);
  expect(result.stderr, `${tool} complains`).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/**
 * Text as pdftotext gives it back, comparable with what was drawn: pdftotext puts right-to-left text in
 * reading order itself and wraps it in directional embeddings (U+202B … U+202C), which go; NFKC folds any
 * Arabic presentation forms (contextual letter shapes) back into plain letters.
 */
function readable(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .normalize('NFKC')
    .trim();
}

/** The non-empty lines of text on the page. */
function textLines(pdf: Uint8Array): string[] {
  return poppler('pdftotext', ['-enc', 'UTF-8'], pdf)
    .split('\n')
    .map(readable)
    .filter((line) => line !== '');
}

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The page's words and their boxes (top-down coordinates), from `pdftotext -bbox`. */
function words(pdf: Uint8Array): Word[] {
  const html = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8'], pdf);
  const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return Array.from(html.matchAll(pattern), ([, xMin, yMin, xMax, yMax, text]) => ({
    text: (text ?? '').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'),
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
}

/** The box of the line the word starting with `start` is on. */
function lineBox(
  all: readonly Word[],
  start: string,
): { text: string; left: number; right: number; height: number } {
  const first = all.find((word) => word.text.startsWith(start));
  if (!first) throw new Error(`no word starts with ${start}`);
  const line = all.filter((word) => word.yMin === first.yMin && word.yMax === first.yMax);
  return {
    text: line.map((word) => word.text).join(' '),
    left: Math.min(...line.map((word) => word.xMin)),
    right: Math.max(...line.map((word) => word.xMax)),
    height: first.yMax - first.yMin,
  };
}

function render(overrides: Partial<CertificateDetails>): Promise<Uint8Array> {
  return certificatePdf({ ...DETAILS, ...overrides });
}

describe('certificatePdf', () => {
  it('writes a one-page landscape A4 PDF 1.7 with the document information', async () => {
    const pdf = await certificatePdf(DETAILS);
    const file = Buffer.from(pdf).toString('latin1');
    expect(file.startsWith('%PDF-1.7\n')).toBe(true);
    expect(file.trimEnd().endsWith('%%EOF')).toBe(true);
    const info = poppler('pdfinfo', ['-isodates'], pdf);
    for (const entry of [
      /^Title: +Certificate of completion: Painting light in oils$/m,
      /^Subject: +Ada Lovelace$/m,
      /^Keywords: +PSC-7KQ2-MX4D-9TZA$/m,
      /^Producer: +ProStudio$/m,
      /^CreationDate: +2026-11-25T14:30:00Z$/m,
      /^Pages: +1$/m,
      /^Page size: +842 x 595 pts/m,
      /^PDF version: +1\.7$/m,
    ]) {
      expect(info).toMatch(entry);
    }
  });

  it('shows the name, course, instructor, date in words, code and verify URL', async () => {
    expect(textLines(await certificatePdf(DETAILS))).toEqual(
      expect.arrayContaining([
        'PROSTUDIO',
        'Certificate of completion',
        'This certifies that',
        'Ada Lovelace',
        'has completed',
        'Painting light in oils',
        'Berthe Morisot',
        '25 November 2026',
        'Date',
        'Instructor',
        'Verification code: PSC-7KQ2-MX4D-9TZA',
        DETAILS.verifyUrl,
      ]),
    );
  });

  it.each([
    ['Chinese', '张伟'],
    ['Chinese, from the subset fontkit cannot unpack itself', '王倚'],
    ['Arabic', 'عائشة'],
    ['Arabic, two words', 'عائشة محمد'],
    ['Polish', 'Łukasz Żółć'],
    ['Vietnamese', 'Nguyễn Thị Minh Khai'],
    ['Greek and Cyrillic', 'Ελένη Пётр'],
    ['punctuation PDF strings escape', 'Ada (the) \\ Count)ess (('],
  ])('draws a name in %s as it is written', async (_script, name) => {
    const pdf = await render({ studentName: name, instructorName: name });
    // Twice: the student's line and the instructor's.
    expect(textLines(pdf).filter((line) => line === name)).toHaveLength(2);
    expect(poppler('pdfinfo', [], pdf)).toContain(`Subject:         ${name}\n`);
  });

  it('draws a course title that mixes scripts, each in its reading order', async () => {
    const courseTitle = 'Calligraphy: 书法, الخط العربي, Каллиграфия, Καλλιγραφία (2026)';
    expect(textLines(await render({ courseTitle }))).toContain(courseTitle);
  });

  it('embeds Noto Sans and only the font subsets the text needs', async () => {
    const fonts = (pdf: Uint8Array): string[] =>
      poppler('pdffonts', [], pdf)
        .split('\n')
        .slice(2)
        .filter((row) => row.trim() !== '')
        .map((row) => {
          const [name = '', , , , emb = ''] = row.replace(/^\w{6}\+/, '').split(/\s+/);
          return `${name} ${emb === 'yes' ? 'embedded' : 'standard'}`;
        });
    expect(fonts(await certificatePdf(DETAILS)).sort()).toEqual([
      'NotoSans-Bold embedded',
      'NotoSans-Regular embedded',
      'Times-Italic standard', // the two fixed serif-italic lines
    ]);
    const chinese = fonts(await render({ studentName: '张伟' }));
    expect(chinese.filter((font) => font === 'NotoSansSC-Bold embedded').length).toBeGreaterThan(0);
    expect(chinese.length).toBeLessThan(6);
  });

  it('centres lines on the page using the fonts’ real widths', async () => {
    const page = words(await certificatePdf(DETAILS));
    for (const start of ['Ada', 'Painting', 'PROSTUDIO', 'Certificate', 'https:']) {
      const line = lineBox(page, start);
      expect((line.left + line.right) / 2, start).toBeCloseTo(TEXT_BOX.centre, 0);
    }
  });

  it('shrinks a long name to fit, and cuts a very long one short with an ellipsis', async () => {
    const normal = lineBox(words(await certificatePdf(DETAILS)), 'Ada');
    const longish = 'Maria Salomea Skłodowska-Curie de la Fontaine';
    const shrunk = lineBox(words(await render({ studentName: longish })), 'Maria');
    expect(shrunk.text).toBe(longish);
    expect(shrunk.height).toBeLessThan(normal.height);
    expect(shrunk.right - shrunk.left).toBeLessThanOrEqual(TEXT_BOX.right - TEXT_BOX.left);

    for (const studentName of [
      'W'.repeat(300),
      'Wolfgang Amadeus '.repeat(18).slice(0, 300),
      '张'.repeat(100),
    ]) {
      const page = words(await render({ studentName, courseTitle: 'M'.repeat(300) }));
      for (const line of [lineBox(page, studentName.slice(0, 4)), lineBox(page, 'MMMM')]) {
        expect(line.text.endsWith('\u2026')).toBe(true);
        expect(line.text.length).toBeLessThan(300);
        expect(line.left).toBeGreaterThanOrEqual(TEXT_BOX.left);
        expect(line.right).toBeLessThanOrEqual(TEXT_BOX.right);
        expect((line.left + line.right) / 2).toBeCloseTo(TEXT_BOX.centre, 0);
      }
    }
  });

  it('replaces what no font has with a question mark, keeping the rest', async () => {
    const lines = textLines(await render({ studentName: 'Zoë 🎨 Ångström', courseTitle: 'עברית Hebrew' }));
    expect(lines).toContain('Zoë ? Ångström');
    expect(lines).toContain('????? Hebrew');
  });

  it('gives identical bytes for the same details, and a different /ID for different ones', async () => {
    const first = await certificatePdf(DETAILS);
    expect(await certificatePdf({ ...DETAILS })).toEqual(first);
    const id = (bytes: Uint8Array): string | undefined =>
      /\/ID \[<(\w+)>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(first)).toMatch(/^[0-9a-f]{32}$/i);
    expect(id(await render({ studentName: 'Ada Byron' }))).not.toBe(id(first));
    expect(id(await render({ verificationCode: 'PSC-0000-0000-0001' }))).not.toBe(id(first));
  });

  it('rejects an invalid issue date', async () => {
    await expect(render({ issuedAt: new Date('nope') })).rejects.toThrow(RangeError);
  });
});

describe('cleanText', () => {
  it('turns controls and odd spaces into single spaces and drops invisible format characters', () => {
    expect(cleanText('  Ada\t\n\u0000Love\u00adlace\u200b\u00a0\u202e ')).toBe('Ada Lovelace');
    expect(cleanText('e\u0301')).toBe('\u00e9'); // decomposed input is composed, to use the font's é
    expect(cleanText('می\u200cخواهم')).toBe('می\u200cخواهم'); // Persian needs its zero-width non-joiner
  });
});

describe('dateInWords', () => {
  it('writes the UTC date in words', () => {
    expect(dateInWords(new Date('2026-11-25T23:30:00Z'))).toBe('25 November 2026');
    expect(dateInWords(new Date('2027-01-01T00:00:00Z'))).toBe('1 January 2027');
  });
});
