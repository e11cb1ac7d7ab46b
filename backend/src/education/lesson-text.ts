// Renders the Markdown of a text lesson to HTML for the lesson page. Safety comes first: ALL of the
// input's HTML is escaped before any Markdown is read, so no tag, attribute or entity of the author's ever
// reaches the page; the renderer only adds its own fixed tags, and links only to http(s), mailto and
// site paths.
//
// The subset: paragraphs, `#`..`###` headings (as h2..h4, the page owns h1), **bold**, *italic* / _italic_,
// `code`, ``` fenced code blocks, flat `-`/`*` and `1.` lists, `>` blockquotes, [links](url) and backslash
// escapes. Anything unmatched or unclosed stays literal text. Every step scans its input a bounded number
// of times, so the time is linear in the input's length (no backtracking regular expressions).

/** The longest lesson text accepted, in UTF-16 code units. */
export const MAX_LESSON_TEXT_LENGTH = 100_000;

/** Renders a text lesson's Markdown to HTML that is safe to insert into a page. */
export function renderLessonText(markdown: string): string {
  if (markdown.length > MAX_LESSON_TEXT_LENGTH) {
    throw new RangeError(`Lesson text is longer than ${MAX_LESSON_TEXT_LENGTH} characters`);
  }
  const text = escapeHtml(markdown.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD'));
  return renderBlocks(text.split('\n'));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

// ---------------------------------------------------------------------------------------------------------
// Blocks. Lines are already HTML-escaped, so a blockquote's `>` arrives as `&gt;`.

const FENCE = '```';
const QUOTE_MARK = '&gt;';

type ListKind = 'ul' | 'ol';

interface ListItemLine {
  readonly kind: ListKind;
  readonly number: number; // ordered lists only
  readonly content: string;
}

/** A line without up to three spaces of indentation, the most Markdown allows before a block marker. */
function unindent(line: string): string {
  let start = 0;
  while (start < 3 && line.charAt(start) === ' ') start++;
  return line.slice(start);
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function isFence(line: string): boolean {
  return unindent(line).startsWith(FENCE);
}

/** `# Title` → level 1 and 'Title'; at most three `#` and a space (or nothing) after them. */
function headingOf(line: string): { level: number; content: string } | undefined {
  const match = /^(#{1,3})(?:[ \t]+(.*))?$/.exec(unindent(line));
  if (!match?.[1]) return undefined;
  return { level: match[1].length, content: stripClosingHashes(match[2] ?? '') };
}

/** `Title ##` → `Title`: an optional closing run of `#`, after a space, is not part of the heading. */
function stripClosingHashes(content: string): string {
  let end = content.trimEnd().length;
  let hashes = end;
  while (hashes > 0 && content.charAt(hashes - 1) === '#') hashes--;
  if (hashes === 0) return '';
  const before = content.charAt(hashes - 1);
  if (hashes < end && (before === ' ' || before === '\t')) end = hashes;
  return content.slice(0, end).trim();
}

function listItemOf(line: string): ListItemLine | undefined {
  const bullet = /^[-*][ \t]+(.*)$/.exec(unindent(line));
  if (bullet) return { kind: 'ul', number: 1, content: bullet[1] ?? '' };
  const ordered = /^(\d{1,9})\.[ \t]+(.*)$/.exec(unindent(line));
  if (ordered) return { kind: 'ol', number: Number(ordered[1]), content: ordered[2] ?? '' };
  return undefined;
}

function isQuote(line: string): boolean {
  return unindent(line).startsWith(QUOTE_MARK);
}

/** A quoted line's content: without `>` and one space after it. */
function unquote(line: string): string {
  const rest = unindent(line).slice(QUOTE_MARK.length);
  return rest.startsWith(' ') ? rest.slice(1) : rest;
}

/** Whether a line starts a block other than a paragraph (and so ends a paragraph before it). */
function startsBlock(line: string): boolean {
  return isFence(line) || isQuote(line) || headingOf(line) !== undefined || listItemOf(line) !== undefined;
}

/** Renders escaped lines as a sequence of block elements, one per line of output. */
function renderBlocks(lines: readonly string[]): string {
  // A fence opens a code block only if a later fence closes it; otherwise it is plain text.
  let lastFence = -1;
  lines.forEach((line, index) => {
    if (isFence(line)) lastFence = index;
  });

  const html: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = headingOf(line);
    if (isBlank(line)) {
      i++;
    } else if (isFence(line) && i < lastFence) {
      i = renderCodeBlock(lines, i, html);
    } else if (heading) {
      const tag = `h${heading.level + 1}`;
      html.push(`<${tag}>${renderInline(heading.content)}</${tag}>`);
      i++;
    } else if (isQuote(line)) {
      i = renderQuote(lines, i, html);
    } else if (listItemOf(line)) {
      i = renderList(lines, i, html);
    } else {
      i = renderParagraph(lines, i, html, lastFence);
    }
  }
  return html.join('\n');
}

/** A fenced code block from `start` to its closing fence; returns the index after it. */
function renderCodeBlock(lines: readonly string[], start: number, html: string[]): number {
  const info = unindent(lines[start] ?? '')
    .slice(FENCE.length)
    .trim();
  const language = /^[A-Za-z0-9_+-]{1,32}$/.test(info) ? ` class="language-${info}"` : '';
  let end = start + 1;
  while (end < lines.length && !isFence(lines[end] ?? '')) end++;
  const code = lines.slice(start + 1, end).join('\n');
  html.push(`<pre><code${language}>${code === '' ? '' : `${code}\n`}</code></pre>`);
  return end + 1;
}

/** Consecutive `>` lines as one blockquote of paragraphs (split at empty `>` lines). */
function renderQuote(lines: readonly string[], start: number, html: string[]): number {
  let end = start;
  while (end < lines.length && isQuote(lines[end] ?? '')) end++;
  const paragraphs: string[][] = [[]];
  for (const line of lines.slice(start, end)) {
    const content = unquote(line);
    if (isBlank(content)) paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(content);
  }
  const inner = paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${renderInline(paragraph.join('\n'))}</p>`);
  html.push(`<blockquote>\n${inner.join('\n')}\n</blockquote>`);
  return end;
}

/** A flat list of consecutive items of one kind; indented lines continue the item above them. */
function renderList(lines: readonly string[], start: number, html: string[]): number {
  const first = listItemOf(lines[start] ?? '');
  const kind = first?.kind ?? 'ul';
  const items: string[][] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const item = listItemOf(line);
    if (item?.kind === kind) items.push([item.content]);
    else if (item === undefined && /^(?: {2}|\t)/.test(line) && !isBlank(line))
      items[items.length - 1]?.push(line.trim());
    else break;
    i++;
  }
  const startAttribute = kind === 'ol' && first && first.number !== 1 ? ` start="${first.number}"` : '';
  const rendered = items.map((item) => `<li>${renderInline(item.join('\n'))}</li>`);
  html.push(`<${kind}${startAttribute}>\n${rendered.join('\n')}\n</${kind}>`);
  return i;
}

/** Lines up to a blank line or the start of another block, as one paragraph. */
function renderParagraph(lines: readonly string[], start: number, html: string[], lastFence: number): number {
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (isBlank(line)) break;
    // An unclosed fence is text, so it does not end the paragraph.
    if (startsBlock(line) && !(isFence(line) && end >= lastFence)) break;
    end++;
  }
  const content = lines
    .slice(start, end)
    .map((line) => line.trim())
    .join('\n');
  html.push(`<p>${renderInline(content)}</p>`);
  return end;
}

// ---------------------------------------------------------------------------------------------------------
// Inline content: code spans, links, emphasis and backslash escapes, on already escaped text.

/** Characters a backslash makes literal. `<`, `>`, `&` and quotes are already entities. */
const ESCAPABLE = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '#', '-', '+', '.', '!', '{', '}']);

const LINK_REL = 'noopener noreferrer nofollow';

type DelimiterKind = '*' | '**' | '_';

const EMPHASIS_TAG: Readonly<Record<DelimiterKind, string>> = { '*': 'em', '**': 'strong', _: 'em' };

/** A `*`, `**` or `_` that may open emphasis, waiting for its closer. */
interface OpenDelimiter {
  readonly kind: DelimiterKind;
  readonly piece: number; // index in the output pieces, replaced by the opening tag if closed
}

function isWhitespace(char: string): boolean {
  return char === '' || /\s/.test(char);
}

function isAlphanumeric(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

/**
 * Renders a paragraph's escaped text. `allowLinks` is false inside link text (no nested links).
 * Emphasis uses a delimiter stack: a closer pairs with the nearest open delimiter of its kind and any open
 * delimiters between them stay literal, so tags always nest properly. Each delimiter is pushed and popped
 * at most once.
 */
function renderInline(text: string, allowLinks = true): string {
  const pieces: string[] = [];
  const stack: OpenDelimiter[] = [];
  const openCount: Record<DelimiterKind, number> = { '*': 0, '**': 0, _: 0 };
  let parens: Int32Array | undefined; // matching `)` of each `(`, computed on the first link
  let backticksLeft = true; // false once a search for a closing backtick has failed
  let i = 0;

  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '\\' && ESCAPABLE.has(text.charAt(i + 1))) {
      pieces.push(text.charAt(i + 1));
      i += 2;
    } else if (char === '`' && backticksLeft) {
      const close = text.indexOf('`', i + 1);
      if (close < 0) backticksLeft = false;
      if (close > i + 1) {
        pieces.push(`<code>${text.slice(i + 1, close)}</code>`);
        i = close + 1;
      } else {
        const run = close === i + 1 ? 2 : 1; // `` is literal
        pieces.push(text.slice(i, i + run));
        i += run;
      }
    } else if (char === '[' && allowLinks) {
      parens ??= matchParentheses(text);
      const link = parseLink(text, i, parens);
      if (link) {
        pieces.push(renderLink(link));
        i = link.end;
      } else {
        pieces.push(char);
        i++;
      }
    } else if (char === '*' || char === '_') {
      i = handleDelimiterRun(text, i, pieces, stack, openCount);
    } else {
      pieces.push(char);
      i++;
    }
  }
  return pieces.join('');
}

/** Handles a run of `*` or `_` at `start`: opens, closes or stays literal. Returns the index after it. */
function handleDelimiterRun(
  text: string,
  start: number,
  pieces: string[],
  stack: OpenDelimiter[],
  openCount: Record<DelimiterKind, number>,
): number {
  const char = text.charAt(start);
  let end = start;
  while (text.charAt(end) === char) end++;
  const run = text.slice(start, end);
  const kind: DelimiterKind | undefined =
    run === '*' ? '*' : run === '**' ? '**' : run === '_' ? '_' : undefined;
  if (kind === undefined) {
    pieces.push(run); // ***, __ and longer runs stay literal
    return end;
  }
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  let canOpen = !isWhitespace(after);
  let canClose = !isWhitespace(before);
  if (kind === '_') {
    // snake_case_words are not emphasis
    canOpen &&= !isAlphanumeric(before);
    canClose &&= !isAlphanumeric(after);
  }

  if (canClose && openCount[kind] > 0) {
    let opener = stack.pop();
    while (opener && opener.kind !== kind) {
      openCount[opener.kind]--; // crossed by this pair: stays literal
      opener = stack.pop();
    }
    if (opener) {
      openCount[kind]--;
      pieces[opener.piece] = `<${EMPHASIS_TAG[kind]}>`;
      pieces.push(`</${EMPHASIS_TAG[kind]}>`);
    }
  } else if (canOpen) {
    stack.push({ kind, piece: pieces.length });
    openCount[kind]++;
    pieces.push(run);
  } else {
    pieces.push(run);
  }
  return end;
}

/**
 * For each `(` in `text`, the index of the `)` that balances it, or -1. One pass with a stack, skipping
 * backslash-escaped parentheses, so that each link's URL is found in constant time.
 */
function matchParentheses(text: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\\') i++;
    else if (char === '(') open.push(i);
    else if (char === ')') {
      const opening = open.pop();
      if (opening !== undefined) match[opening] = i;
    }
  }
  return match;
}

interface Link {
  readonly text: string;
  readonly url: string;
  readonly end: number; // index after the closing parenthesis
}

/**
 * A `[text](url)` link at `start`, or undefined. The text runs to the next unescaped `]` and may not
 * contain another `[` (so each `[` scans only up to the next bracket); the URL runs to the `)` that balances
 * its `(`.
 */
function parseLink(text: string, start: number, parens: Int32Array): Link | undefined {
  let close = start + 1;
  while (close < text.length) {
    const char = text.charAt(close);
    if (char === '[') return undefined;
    if (char === ']') break;
    close += char === '\\' ? 2 : 1;
  }
  if (close >= text.length || text.charAt(close + 1) !== '(') return undefined;
  const urlEnd = parens[close + 1] ?? -1;
  if (urlEnd < 0) return undefined;
  return { text: text.slice(start + 1, close), url: text.slice(close + 2, urlEnd), end: urlEnd + 1 };
}

/**
 * Whether an (already escaped) URL may be a link: http(s) with a host, mailto with an address, or a path
 * on this site. No whitespace or control characters anywhere (browsers strip some of them, which hides
 * schemes), and no `//` or `/\` at the start of a path (protocol-relative, another host).
 */
function isSafeLinkUrl(url: string): boolean {
  if (/[\s\p{Cc}\p{Cf}]/u.test(url)) return false;
  if (/^https?:\/\/[^/\\?#]/i.test(url)) return true;
  if (/^mailto:[^/\\]/i.test(url)) return true;
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

function renderLink(link: Link): string {
  const content = renderInline(link.text, false);
  if (!isSafeLinkUrl(link.url)) return content;
  return `<a href="${link.url}" rel="${LINK_REL}">${content}</a>`;
}
