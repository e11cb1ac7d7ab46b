// The Markdown dialect of text lessons: markdown-it's CommonMark preset plus GFM tables and
// strikethrough, and a last pass over the token stream that applies the lesson page's rules (where
// links and images may point, heading levels, no inline styles). Linkify and typographer stay off, as in
// the renderer this replaced: text that looks like a URL is text, quotes are not curled.

import MarkdownIt, { type MarkdownIt as Markdown, type StateCore, type Token } from 'markdown-it';
import {
  CODE_LANGUAGE,
  isSuspiciousAsWritten,
  isAllowedImageUrl,
  isAllowedLinkUrl,
  LINK_REL,
} from './lesson-text-policy.ts';

export interface LessonMarkdownOptions {
  /**
   * Whether raw HTML in the Markdown is passed through. Always false for lessons (the author's HTML is
   * shown as text); true only to check the parser against the CommonMark spec, whose examples expect it.
   */
  readonly html: boolean;
}

/** A markdown-it instance for lesson text. Build it once and reuse it: building compiles its rules. */
export function createLessonMarkdown(options: LessonMarkdownOptions): Markdown {
  const md = new MarkdownIt('commonmark', { html: options.html, linkify: false, typographer: false });
  md.enable(['table', 'strikethrough']);

  // markdown-it checks URLs after percent-encoding them, when a tab or U+200B has become %09 or
  // %E2%80%8B and a backslash %5C, so the URL as written is checked here, and a suspicious one is
  // emptied, which the pass below then refuses.
  const normalizeLink = md.normalizeLink.bind(md);
  md.normalizeLink = (url: string): string => (isSuspiciousAsWritten(url) ? '' : normalizeLink(url));
  // markdown-it's own check leaves a refused link as literal Markdown (`[x](javascript:...)` on the
  // page). Every link is accepted here instead and judged below, where a refused one keeps its text.
  md.validateLink = (): boolean => true;

  md.core.ruler.push('lesson_policy', applyLessonPolicy);
  return md;
}

/** The lesson page's rules, on the whole token stream once parsing is done. */
function applyLessonPolicy(state: StateCore): void {
  for (const token of state.tokens) {
    switch (token.type) {
      case 'heading_open':
      case 'heading_close':
        token.tag = lowerHeading(token.tag);
        break;
      case 'fence':
        if (!CODE_LANGUAGE.test(fenceLanguage(state, token))) token.info = '';
        break;
      case 'th_open':
      case 'td_open':
        alignWithoutStyle(token);
        break;
      case 'inline':
        if (token.children) token.children = policeInline(state, token.children);
        break;
    }
  }
}

/** `#` is h2 and so on, capped at h6: the page's own h1 is the lesson's title. */
function lowerHeading(tag: string): string {
  const level = Number(tag.slice(1));
  return `h${Math.min(level + 1, 6)}`;
}

/** The first word of a fence's info string, which markdown-it turns into `language-<word>`. */
function fenceLanguage(state: StateCore, token: Token): string {
  return state.md.utils.unescapeAll(token.info).trim().split(/\s+/)[0] ?? '';
}

/**
 * markdown-it aligns table cells with `style="text-align:..."`; the sanitiser allows no style at all,
 * so the alignment moves to the `align` attribute, as GitHub renders GFM tables.
 */
function alignWithoutStyle(token: Token): void {
  const style = token.attrGet('style');
  if (style === null) return;
  token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
  const align = /^text-align:(left|center|right)$/.exec(String(style))?.[1];
  if (align) token.attrSet('align', align);
}

/**
 * A paragraph's inline tokens with links and images checked: a link to a refused URL keeps its text
 * without the link, an image from a refused place becomes its alt text. Allowed links get `rel`.
 * Strikethrough is written as `<del>` (markdown-it writes `<s>`), as GFM specifies.
 */
function policeInline(state: StateCore, children: readonly Token[]): Token[] {
  const kept: Token[] = [];
  const refusedLinks: boolean[] = []; // one per open link; CommonMark links do not nest, images may
  for (const token of children) {
    if (token.type === 'link_open') {
      const refused = !isAllowedLinkUrl(String(token.attrGet('href') ?? ''));
      refusedLinks.push(refused);
      if (refused) continue;
      token.attrSet('rel', LINK_REL);
    } else if (token.type === 'link_close') {
      if (refusedLinks.pop() === true) continue;
    } else if (token.type === 'image' && !isAllowedImageUrl(String(token.attrGet('src') ?? ''))) {
      const text = new state.Token('text', '', 0);
      text.content = altText(token.children ?? []);
      kept.push(text);
      continue;
    } else if (token.type === 's_open' || token.type === 's_close') {
      token.tag = 'del';
    }
    kept.push(token);
  }
  return kept;
}

/** An image's description as plain text, the way markdown-it writes it into `alt`. */
function altText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'image') text += altText(token.children ?? []);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (['text', 'code_inline', 'html_inline'].includes(token.type)) text += token.content;
  }
  return text;
}
