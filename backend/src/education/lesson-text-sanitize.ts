// The second line of defence for lesson HTML: whatever markdown-it produced goes through sanitize-html
// with an allowlist of exactly what the lesson dialect emits (lesson-text-markdown.ts), so a bug or a
// future plugin in the renderer cannot put a script, an event handler, a style or a foreign URL on the
// page. For markdown-it's own output it changes nothing (lesson-text-commonmark.test.ts checks this
// over the whole CommonMark spec).

import sanitizeHtml from 'sanitize-html';
import { CODE_LANGUAGE_CLASS, isAllowedImageUrl, isAllowedLinkUrl, LINK_REL } from './lesson-text-policy.ts';

const ALIGNMENTS: readonly string[] = ['left', 'center', 'right'];

/**
 * A table cell with nothing but its alignment, the one presentational attribute kept (lesson-text-markdown.ts
 * turns markdown-it's styles into it). Done here because sanitize-html's own value list turns a refused
 * value into an empty attribute rather than dropping it.
 */
function alignedCell(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { align } = attribs;
  return { tagName, attribs: align !== undefined && ALIGNMENTS.includes(align) ? { align } : {} };
}

/** A link as the sanitiser lets it out: always with our rel, and without its href if that is refused. */
function safeLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { href, title } = attribs;
  const kept: sanitizeHtml.Attributes = {};
  if (href !== undefined && isAllowedLinkUrl(href)) kept.href = href;
  if (title !== undefined) kept.title = title;
  kept.rel = LINK_REL;
  return { tagName, attribs: kept };
}

const OPTIONS: sanitizeHtml.IOptions = {
  // h1 is the page's (headings are moved down one level); the rest is what CommonMark, GFM tables and
  // strikethrough produce.
  allowedTags: [
    ...['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code'],
    ...['em', 'strong', 'del', 'a', 'img', 'ul', 'ol', 'li'],
    ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { code: [CODE_LANGUAGE_CLASS] },
  // sanitize-html's scheme check also catches entity-encoded and control-character-split schemes; the
  // lesson policy (paths, hosts) is applied on top, in safeLink and exclusiveFilter.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: safeLink, th: alignedCell, td: alignedCell },
  exclusiveFilter: (frame) => frame.tag === 'img' && !isAllowedImageUrl(frame.attribs.src ?? ''),
  // sanitize-html decodes the text and escapes only &, < and >; markdown-it also writes `"` as &quot;.
  // Escaping it again keeps the output byte for byte what markdown-it wrote (and what CommonMark expects).
  textFilter: (text) => text.replaceAll('"', '&quot;'),
};

/** Lesson HTML reduced to the allowlist above. */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
