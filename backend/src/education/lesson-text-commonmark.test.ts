// The lesson dialect against the CommonMark spec's own examples (commonmark-spec 0.31.2, 652 examples),
// compared byte for byte with the spec's expected HTML. Two runs: the parser as configured for lessons
// with raw HTML on, as the spec assumes; and the real pipeline (raw HTML off, then sanitize-html), which
// shows that the sanitiser leaves markdown-it's output untouched.
//
// What the lesson page does on purpose is applied to the expected HTML rather than skipped: headings one
// level down, and our rel on links is taken out of ours. What it refuses on purpose is excluded by rule,
// never by example number, and the number excluded for each reason is pinned below so that it cannot grow
// unnoticed.

import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderLessonText } from './lesson-text.ts';
import { createLessonMarkdown } from './lesson-text-markdown.ts';
import { isAllowedImageUrl, isAllowedLinkUrl, LINK_REL } from './lesson-text-policy.ts';

interface Example {
  readonly number: number;
  readonly section: string;
  readonly markdown: string;
  readonly html: string;
}

const specSchema = z.object({
  tests: z.array(
    z.object({ number: z.number(), section: z.string(), markdown: z.string(), html: z.string() }),
  ),
});

// The spec shows tabs as → in its examples; its own test runner turns them back into tabs.
const TAB_ARROW = /→/g;
const examples: readonly Example[] = specSchema
  .parse(createRequire(import.meta.url)('commonmark-spec'))
  .tests.map((example) => ({
    ...example,
    markdown: example.markdown.replace(TAB_ARROW, '\t'),
    html: example.html.replace(TAB_ARROW, '\t'),
  }));

/** The spec's expected HTML as the lesson page writes it. */
function expectedForLessons(html: string): string {
  return (
    html
      // h1 is the lesson's title, so `#` is h2 ... and `#####` and `######` are both h6.
      .replace(
        /<(\/?)h([1-6])>/g,
        (_tag, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 1, 6)}>`,
      )
      // markdown-it writes an empty block quote without the newline inside; the spec's own HTML
      // normaliser, which its test runner applies, treats the two as equal.
      .replaceAll('<blockquote>\n</blockquote>', '<blockquote></blockquote>')
  );
}

/** Our output without the rel every link gets, which the spec does not know about. */
function withoutRel(html: string): string {
  return html.replaceAll(` rel="${LINK_REL}"`, '');
}

/**
 * An href or src of the spec's HTML back to the URL as written: the lesson policy also judges that form
 * (lesson-text-markdown.ts checks it before markdown-it percent-encodes it).
 */
function urlAsWritten(attribute: string): string {
  const url = attribute.replace(
    /&(amp|quot|lt|gt);/g,
    (_entity, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>' })[name] ?? '',
  );
  try {
    return decodeURI(url);
  } catch {
    return url; // a lone % is a literal percent sign
  }
}

/** Whether the expected HTML links to, or shows an image from, a URL the lesson policy refuses. */
function usesRefusedUrl(html: string): boolean {
  const links = [...html.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((match) => urlAsWritten(match[1] ?? ''));
  const images = [...html.matchAll(/<img [^>]*?src="([^"]*)"/g)].map((match) => urlAsWritten(match[1] ?? ''));
  return links.some((url) => !isAllowedLinkUrl(url)) || images.some((url) => !isAllowedImageUrl(url));
}

const REFUSED_URL =
  'links to relative paths, fragments or other schemes, and images from outside the venue, are refused';
const RAW_HTML_SECTION = 'raw HTML in lesson text is shown as text';
const RAW_HTML_ELSEWHERE =
  'the example holds raw HTML (markdown-it reads it differently with html on and off)';

const rawHtmlOn = new MarkdownIt('commonmark', { html: true });
const rawHtmlOff = new MarkdownIt('commonmark', { html: false });

/** Why an example cannot match in a run, or undefined if it must. */
type Exclusion = (example: Example) => string | undefined;

const parserExclusion: Exclusion = (example) => (usesRefusedUrl(example.html) ? REFUSED_URL : undefined);

const pipelineExclusion: Exclusion = (example) => {
  if (example.section === 'HTML blocks' || example.section === 'Raw HTML') return RAW_HTML_SECTION;
  if (rawHtmlOn.render(example.markdown) !== rawHtmlOff.render(example.markdown)) return RAW_HTML_ELSEWHERE;
  return parserExclusion(example);
};

function partition(exclusion: Exclusion): { included: Example[]; excluded: Record<string, number> } {
  const included: Example[] = [];
  const excluded: Record<string, number> = {};
  for (const example of examples) {
    const reason = exclusion(example);
    if (reason === undefined) included.push(example);
    else excluded[reason] = (excluded[reason] ?? 0) + 1;
  }
  return { included, excluded };
}

describe('the lesson parser (raw HTML on) against the CommonMark spec', () => {
  const markdown = createLessonMarkdown({ html: true });
  const { included, excluded } = partition(parserExclusion);

  it('runs every example but those refused on purpose', () => {
    expect(examples).toHaveLength(652);
    expect(included).toHaveLength(592);
    expect(excluded).toEqual({ [REFUSED_URL]: 60 });
  });

  it.each(included)('renders example $number ($section) as the spec does', (example) => {
    expect(withoutRel(markdown.render(example.markdown))).toBe(expectedForLessons(example.html));
  });
});

describe('renderLessonText (raw HTML off, sanitised) against the CommonMark spec', () => {
  const { included, excluded } = partition(pipelineExclusion);

  it('runs every example but those refused on purpose', () => {
    expect(included).toHaveLength(525);
    expect(excluded).toEqual({ [RAW_HTML_SECTION]: 64, [RAW_HTML_ELSEWHERE]: 15, [REFUSED_URL]: 48 });
  });

  it.each(included)('renders example $number ($section) as the spec does', (example) => {
    // The lesson HTML drops markdown-it's final newline, as the renderer before it did.
    const expected = expectedForLessons(example.html).replace(/\n$/, '');
    expect(withoutRel(renderLessonText(example.markdown))).toBe(expected);
  });
});
