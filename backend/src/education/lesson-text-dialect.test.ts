// What the lesson dialect renders beyond the renderer markdown-it replaced: GFM tables and strikethrough,
// images, nested lists, code languages, autolinks, titles and references. Each test here fails against the
// old renderer. (The safety rules are in lesson-text.test.ts, the CommonMark spec in
// lesson-text-commonmark.test.ts.)
import { describe, expect, it } from 'vitest';
import { renderLessonText } from './lesson-text.ts';

const REL = 'rel="noopener noreferrer nofollow"';

describe('renderLessonText: what markdown-it adds', () => {
  it('renders tables, with alignment as an attribute rather than a style', () => {
    expect(
      renderLessonText('| Left | Centre | Right | Plain |\n|:--|:-:|--:|---|\n| `a` | **b** | c | d |'),
    ).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Left</th>\n<th align="center">Centre</th>\n' +
        '<th align="right">Right</th>\n<th>Plain</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n' +
        '<td align="left"><code>a</code></td>\n<td align="center"><strong>b</strong></td>\n' +
        '<td align="right">c</td>\n<td>d</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('renders images from the web and from the venue, with their description and title', () => {
    expect(renderLessonText('![A *red* cat](/api/media/0f0e "The cat")')).toBe(
      '<p><img src="/api/media/0f0e" alt="A red cat" title="The cat" /></p>',
    );
    for (const src of ['https://cdn.example/a.png', 'http://cdn.example/a.png', '/assets/artworks/a.png']) {
      expect(renderLessonText(`![x](${src})`)).toBe(`<p><img src="${src}" alt="x" /></p>`);
    }
    expect(renderLessonText('[![cat](/api/media/1)](https://a.example)')).toBe(
      `<p><a href="https://a.example" ${REL}><img src="/api/media/1" alt="cat" /></a></p>`,
    );
  });

  it('renders nested lists', () => {
    expect(renderLessonText('1. a\n   - b\n     - c\n2. d')).toBe(
      '<ol>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ol>',
    );
    expect(renderLessonText('- a\n\n  more\n- b')).toBe(
      '<ul>\n<li>\n<p>a</p>\n<p>more</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>',
    );
  });

  it('renders fenced code with its language as a class', () => {
    expect(renderLessonText('```ts\nconst a = 1;\n```')).toBe(
      '<pre><code class="language-ts">const a = 1;\n</code></pre>',
    );
    expect(renderLessonText('~~~ objective-c extra words\nx\n~~~')).toBe(
      '<pre><code class="language-objective-c">x\n</code></pre>',
    );
    expect(renderLessonText('```c++\nx\n```')).toBe('<pre><code class="language-c++">x\n</code></pre>');
    expect(renderLessonText('    indented code')).toBe('<pre><code>indented code\n</code></pre>');
  });

  it('renders strikethrough, line breaks, rules and autolinks', () => {
    expect(renderLessonText('~~gone~~ a  \nb\\\nc\n\n---')).toBe(
      '<p><del>gone</del> a<br />\nb<br />\nc</p>\n<hr />',
    );
    expect(renderLessonText('<https://a.example/x> <ada@example.com> <javascript:alert(1)>')).toBe(
      `<p><a href="https://a.example/x" ${REL}>https://a.example/x</a> ` +
        `<a href="mailto:ada@example.com" ${REL}>ada@example.com</a> javascript:alert(1)</p>`,
    );
    // No linkify, as before: a bare URL stays text.
    expect(renderLessonText('https://a.example/plain')).toBe('<p>https://a.example/plain</p>');
  });

  it('renders links with titles, by reference and with spaces in angle brackets', () => {
    expect(renderLessonText('[a](/x "Next") [b][ref] [c](<https://a.example/my file>)\n\n[ref]: /y')).toBe(
      `<p><a href="/x" title="Next" ${REL}>a</a> <a href="/y" ${REL}>b</a> ` +
        `<a href="https://a.example/my%20file" ${REL}>c</a></p>`,
    );
  });
});
