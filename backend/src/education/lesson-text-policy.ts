// What a lesson's Markdown may point at and name: the allowlists that both the Markdown renderer
// (lesson-text-markdown.ts) and the HTML sanitiser (lesson-text-sanitize.ts) apply, so the two layers
// cannot drift apart. Allowlists, not blocklists: a scheme or path not named here is refused.

/**
 * Characters that have no business in a URL written by hand. Browsers silently drop some whitespace and
 * control characters, which can hide a scheme (`java\tscript:`), and format characters such as U+200B
 * are invisible to whoever reviews the lesson. A plain space is let through (`[a](<my file>)` is
 * CommonMark for a URL with a space): markdown-it writes it as %20, and no browser drops it.
 */
const HIDDEN_CHARACTER = /[^\S ]|[\p{Cc}\p{Cf}]/u;

/**
 * A backslash among the slashes that start a URL or follow its scheme: browsers read it as `/`, so
 * `/\evil.example` and `https:\\evil.example` name another host. A backslash further on
 * (`?find=\*`) is an ordinary character.
 */
const BACKSLASH_IN_LEADING_SLASHES = /^(?:[a-z][a-z\d+.-]*:)?\/*\\/i;

/**
 * Whether a URL, as the author wrote it (Markdown escapes and entities decoded, not yet
 * percent-encoded), looks like something else than it is. markdown-it percent-encodes these characters,
 * which defuses them, but a URL built this way is a trick rather than a typo, so it is refused.
 */
export function isSuspiciousAsWritten(url: string): boolean {
  return HIDDEN_CHARACTER.test(url) || BACKSLASH_IN_LEADING_SLASHES.test(url);
}

/** http or https with a host; `https:evil.example` (no `//`) is refused, as browsers guess its meaning. */
const WEB_URL = /^https?:\/\/[^/\\?#]/i;

/** mailto with an address right after the colon. */
const MAIL_URL = /^mailto:[^/\\]/i;

/**
 * A path on this site: one `/` then anything but another `/` or `\` (`//host` and `/\host` name another
 * host). Fragment-only (`#top`) and page-relative (`next`) URLs are refused as before the move to
 * markdown-it: the lesson page lives at /learn/lessons/<id>, where neither resolves to anything useful.
 */
function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

/** Where a link may go: http(s) with a host, mailto with an address, or a path on this site. */
export function isAllowedLinkUrl(url: string): boolean {
  if (isSuspiciousAsWritten(url)) return false;
  return WEB_URL.test(url) || MAIL_URL.test(url) || isSitePath(url);
}

/**
 * The venue's own places for pictures: the static assets the web server ships and the uploaded media
 * the API serves (`/api/media/<id>`, as media.service.ts and learning.service.ts write them).
 */
const VENUE_IMAGE_PATHS = ['/assets/', '/api/media/'] as const;

/** Where an image may be loaded from: http(s) with a host, or the venue's assets and uploaded media. */
export function isAllowedImageUrl(url: string): boolean {
  if (isSuspiciousAsWritten(url)) return false;
  if (WEB_URL.test(url)) return true;
  // `/assets/../api/x` must not climb out of the allowed folder; browsers resolve `..` (and %2e%2e).
  if (/(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i.test(url)) return false;
  return VENUE_IMAGE_PATHS.some((prefix) => url.startsWith(prefix));
}

/**
 * A fenced code block's language, as the first word of its info string (```ts): it becomes the class
 * `language-<name>` for syntax highlighters, so it may hold letters in any script, digits and the
 * punctuation language names use (c++, c#, objective-c, f*, ...), but nothing that reads as markup or
 * another attribute. At most 32 characters, as a language name needs no more.
 */
export const CODE_LANGUAGE = /^[^\s"'`<>&=\\\p{Cc}\p{Cf}]{1,32}$/u;

/** The `class` a code element may carry: exactly one language. */
export const CODE_LANGUAGE_CLASS = /^language-[^\s"'`<>&=\\\p{Cc}\p{Cf}]{1,32}$/u;

/** The rel every link gets: no access to this page from the one it opens, no referrer, no SEO credit. */
export const LINK_REL = 'noopener noreferrer nofollow';
