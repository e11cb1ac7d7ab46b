// Renders the Markdown of a text lesson to HTML for the lesson page, in two independent layers:
// markdown-it reads CommonMark with GFM tables and strikethrough, treating any HTML in the input as text
// and applying the lesson's rules on links, images and headings (lesson-text-markdown.ts); then
// sanitize-html keeps only the tags and attributes that dialect produces (lesson-text-sanitize.ts). The
// rules themselves (which URLs, which code languages) live in lesson-text-policy.ts.

import { createLessonMarkdown } from './lesson-text-markdown.ts';
import { sanitizeLessonHtml } from './lesson-text-sanitize.ts';

/** The longest lesson text accepted, in UTF-16 code units. */
export const MAX_LESSON_TEXT_LENGTH = 100_000;

const markdown = createLessonMarkdown({ html: false });

/** Renders a text lesson's Markdown to HTML that is safe to insert into a page. */
export function renderLessonText(text: string): string {
  if (text.length > MAX_LESSON_TEXT_LENGTH) {
    throw new RangeError(`Lesson text is longer than ${MAX_LESSON_TEXT_LENGTH} characters`);
  }
  // Without markdown-it's final newline, as the previous renderer wrote it (the page ignores it).
  return sanitizeLessonHtml(markdown.render(text)).replace(/\n$/, '');
}
