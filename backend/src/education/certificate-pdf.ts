// Renders a course-completion certificate as a PDF: one landscape A4 page drawn with PDFKit. Names and
// titles may be in any script the embedded Noto fonts cover (Latin, Greek, Cyrillic, Vietnamese, Arabic,
// Chinese): see certificate-line.ts. The same details always give the same bytes: the creation date is the
// issue date, and PDFKit derives the file /ID from the document information.
import PDFDocument from 'pdfkit';
import { FontSelector } from './certificate-fonts.ts';
import { LineWriter, type Rgb, rgb255, type TextLine } from './certificate-line.ts';

export interface CertificateDetails {
  readonly studentName: string;
  readonly courseTitle: string;
  readonly instructorName: string;
  readonly issuedAt: Date;
  readonly verificationCode: string;
  /** Printed at the bottom of the page, where anyone holding the certificate can check it. */
  readonly verifyUrl: string;
}

const PAGE_WIDTH = 842;
const PAGE_HEIGHT = 595;
/** Text stays 48 pt inside the inner border (at 32 pt from the edges). */
const TEXT_WIDTH = PAGE_WIDTH - 2 * 80;
const CENTRE = PAGE_WIDTH / 2;

const INK: Rgb = [0.11, 0.13, 0.2];
const MUTED: Rgb = [0.42, 0.44, 0.5];
const GOLD: Rgb = [0.69, 0.55, 0.28];
const PAPER: Rgb = [0.99, 0.98, 0.95];

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

/** A horizontal rule centred on `centre`, at `y` points up from the bottom of the page. */
function rule(
  doc: PDFKit.PDFDocument,
  centre: number,
  y: number,
  length: number,
  width: number,
  color: Rgb,
): void {
  const top = PAGE_HEIGHT - y;
  doc
    .moveTo(centre - length / 2, top)
    .lineTo(centre + length / 2, top)
    .lineWidth(width)
    .stroke(rgb255(color));
}

/** The page's lines of text, with baselines in points up from the bottom of the page. */
function textLines(details: CertificateDetails): TextLine[] {
  const page = { centre: CENTRE, width: TEXT_WIDTH };
  const left = { centre: 250, width: 240 };
  const right = { centre: PAGE_WIDTH - 250, width: 240 };
  return [
    { ...page, text: 'PROSTUDIO', typeface: 'bold', size: 10, y: 520, color: GOLD },
    { ...page, text: 'Certificate of completion', typeface: 'serif-italic', size: 40, y: 462, color: INK },
    { ...page, text: 'This certifies that', typeface: 'regular', size: 13, y: 404, color: MUTED },
    { ...page, text: details.studentName, typeface: 'bold', size: 38, minSize: 16, y: 350, color: INK },
    { ...page, text: 'has completed', typeface: 'serif-italic', size: 17, y: 298, color: MUTED },
    { ...page, text: details.courseTitle, typeface: 'bold', size: 24, minSize: 12, y: 256, color: INK },
    // Signature-style columns: the date on the left, the instructor on the right.
    { ...left, text: dateInWords(details.issuedAt), typeface: 'regular', size: 14, y: 156, color: INK },
    { ...left, text: 'Date', typeface: 'regular', size: 9, y: 134, color: MUTED },
    { ...right, text: details.instructorName, typeface: 'regular', size: 14, minSize: 9, y: 156, color: INK },
    { ...right, text: 'Instructor', typeface: 'regular', size: 9, y: 134, color: MUTED },
    {
      ...page,
      text: `Verification code: ${details.verificationCode}`,
      typeface: 'regular',
      size: 9,
      minSize: 6,
      y: 76,
      color: MUTED,
    },
    {
      ...page,
      text: details.verifyUrl,
      typeface: 'regular',
      size: 8,
      minSize: 5,
      y: 62,
      color: MUTED,
      link: details.verifyUrl,
    },
  ];
}

/** Draws the page: warm paper, a double border, rules under the heading, the name and the signatures. */
function drawPage(doc: PDFKit.PDFDocument, details: CertificateDetails): void {
  doc.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT).fill(rgb255(PAPER));
  doc
    .rect(24, 24, PAGE_WIDTH - 48, PAGE_HEIGHT - 48)
    .lineWidth(1.5)
    .stroke(rgb255(GOLD));
  doc
    .rect(32, 32, PAGE_WIDTH - 64, PAGE_HEIGHT - 64)
    .lineWidth(0.5)
    .stroke(rgb255(GOLD));
  rule(doc, CENTRE, 446, 120, 0.75, GOLD);
  rule(doc, CENTRE, 334, 440, 0.5, MUTED);
  rule(doc, 250, 148, 200, 0.5, MUTED);
  rule(doc, PAGE_WIDTH - 250, 148, 200, 0.5, MUTED);
  const writer = new LineWriter(doc, new FontSelector(doc));
  for (const line of textLines(details)) writer.draw(line);
}

/**
 * The certificate as a PDF file. Deterministic: the same details give the same bytes.
 * Rejects with a RangeError if `issuedAt` is not a valid date.
 */
export async function certificatePdf(details: CertificateDetails): Promise<Uint8Array> {
  if (!Number.isFinite(details.issuedAt.getTime())) throw new RangeError('issuedAt is not a valid date');
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margin: 0,
    pdfVersion: '1.7',
    info: {
      Title: `Certificate of completion: ${details.courseTitle}`,
      Subject: details.studentName,
      // The code makes the file /ID, a hash of this information, differ between certificates.
      Keywords: details.verificationCode,
      Creator: 'ProStudio',
      Producer: 'ProStudio',
      CreationDate: details.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  drawPage(doc, details);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
