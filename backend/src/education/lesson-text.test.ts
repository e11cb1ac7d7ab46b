import { describe, expect, it } from 'vitest';
import { MAX_LESSON_TEXT_LENGTH, renderLessonText } from './lesson-text.ts';

const REL = 'rel="noopener noreferrer nofollow"';

/** Every tag the renderer may write, with exactly the attributes it writes. */
const OWN_TAGS = [
  /^<\/?(?:p|h[2-6]|strong|em|del|code|pre|ul|ol|li|blockquote|table|thead|tbody|tr|th|td)>$/,
  /^<(?:hr|br) \/>$/,
  /^<a href="[^"<>]*"(?: title="[^"<>]*")? rel="noopener noreferrer nofollow">$/,
  /^<\/a>$/,
  /^<ol start="\d+">$/,
  /^<code class="language-[^\s"'<>&=]+">$/,
  /^<t[hd] align="(?:left|center|right)">$/,
  /^<img src="(?:https?:\/\/|\/assets\/|\/api\/media\/)[^"<>]*" alt="[^"<>]*"(?: title="[^"<>]*")? \/>$/,
];

/**
 * Asserts that nothing in `html` could run script: no tag but the renderer's own, with only the attributes
 * it writes, and no script URL. (Escaped text such as `&lt;img onerror=…&gt;` is only text.)
 */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  // Images are allowed now, but only in the exact form OWN_TAGS describes.
  expect(html).not.toMatch(/<(?:iframe|svg|object|embed|style|b )/i);
  expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|data|vbscript):/i);
  // One assertion for all tags (a pathological input has 50,000 of them), listing any that is not ours.
  // Handlers are looked for outside quoted values: an image's alt text may read `onload=` as text.
  const foreign = (html.match(/<[^>]*>/g) ?? []).filter(
    (tag) => /\son\w+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')) || !OWN_TAGS.some((own) => own.test(tag)),
  );
  expect(foreign).toEqual([]);
}

describe('renderLessonText: safety', () => {
  it('escapes all HTML in the input', () => {
    const html = renderLessonText(`<script>alert("x")</script> & <img src=x onerror=alert(1)> 'q'`);
    expect(html).toBe(
      // Apostrophes in text are written as they are (markdown-it's output; the old renderer wrote &#39;).
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; 'q'</p>",
    );
    expectInert(html);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](vbscript:msgbox(1))',
    '[x](//evil.example/path)',
    '[x](/\\evil.example/path)',
    '[x](&#106;avascript:alert(1))',
    '[x](https://a.example/\u200bpath)',
    '[x](#top)',
    '[x](https:evil.example)',
    '[x](JAVASCRIPT&#58;alert(1))',
    '[x](jav&#x09;ascript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](<javascript:alert(1)>)',
    '[x](https:\\\\evil.example)',
    '[x](https://a.example/\u00a0)',
    '[x](file:///etc/passwd)',
    '[x]()',
    '[x](next-lesson)',
    '[x]: javascript:alert(1)\n\n[x]',
    // Images outside the web and the venue's own media show their description.
    '![x](javascript:alert(1))',
    '![x](data:image/png;base64,iVBORw0KGgo=)',
    '![x](//evil.example/a.png)',
    '![x](/assets/../api/x)',
    '![x](/api/media/%2e%2e/x)',
    '![x](/uploads/a.png)',
    '![x](mailto:ada@example.com)',
    '![x](&#106;avascript:alert(1))',
    '[![x](javascript:a)](javascript:b)',
  ])('renders %j as its text only', (markdown) => {
    const html = renderLessonText(markdown);
    expect(html).toBe('<p>x</p>');
    expectInert(html);
  });

  // A tab or space ends a CommonMark link destination, and what follows is no title: no link at all.
  it.each(['[x](java\tscript:alert(1))', '[x](https://a.example/ onmouseover=alert(1))'])(
    'leaves %j as text',
    (md) => {
      expect(renderLessonText(md)).toBe(`<p>${md}</p>`);
    },
  );

  it('keeps quotes in URLs escaped so that they cannot break out of the attribute', () => {
    // markdown-it percent-encodes `"` in URLs (the old renderer wrote &quot;); `'` cannot end a
    // double-quoted attribute, so it stays.
    const html = renderLessonText('[x](https://a.example/"onmouseover="alert(1))');
    expect(html).toBe(`<p><a href="https://a.example/%22onmouseover=%22alert(1)" ${REL}>x</a></p>`);
    expectInert(html);
    expect(renderLessonText("[x](/a'onclick='b)")).toBe(`<p><a href="/a'onclick='b" ${REL}>x</a></p>`);
    expect(renderLessonText('[x](/a "t\\" onclick=\\"b")')).toBe(
      `<p><a href="/a" title="t&quot; onclick=&quot;b" ${REL}>x</a></p>`,
    );
  });

  it('never formats inside code, and escapes it', () => {
    expect(renderLessonText('`<b>` and `**not bold**`')).toBe(
      '<p><code>&lt;b&gt;</code> and <code>**not bold**</code></p>',
    );
    const html = renderLessonText('```html\n<script>alert(1)</script>\n**x** [a](/b)\n```');
    expect(html).toBe(
      '<pre><code class="language-html">&lt;script&gt;alert(1)&lt;/script&gt;\n**x** [a](/b)\n</code></pre>',
    );
    expectInert(html);
  });

  it('ignores a fence info string that is not a plain language name', () => {
    expect(renderLessonText('```" onclick="x\ncode\n```')).toBe('<pre><code>code\n</code></pre>');
  });

  it('stays inert for a mix of hostile input', () => {
    const hostile = [
      '# <svg onload=alert(1)>',
      '> <iframe src="javascript:alert(1)">',
      '- [**x**](javascript:alert(1)) *<img src=x onerror=alert(1)>*',
      '1. `</code><script>` _"quoted"_',
      '[a](https://ok.example/)[b](javascript:x)',
      '[<b onclick=x>](https://ok.example/?a=1&b=2)',
      '![<svg onload=x>](https://ok.example/a.png "<script>") ![x](javascript:x)',
      '| <img src=x onerror=alert(1)> | ~~<style>~~ |',
      '|:--|--:|',
      '| <a href="javascript:x">a</a> | `<script>` |',
      '<div onclick="x">',
      '<!-- <script> -->',
    ].join('\n');
    expectInert(renderLessonText(hostile));
  });

  it('rejects input over the limit', () => {
    expect(() => renderLessonText('a'.repeat(MAX_LESSON_TEXT_LENGTH + 1))).toThrow(RangeError);
    expect(() => renderLessonText('a'.repeat(MAX_LESSON_TEXT_LENGTH))).not.toThrow();
  });
});

describe('renderLessonText: Markdown', () => {
  it('renders paragraphs separated by blank lines', () => {
    expect(renderLessonText('One\nline two\n\n\nThree')).toBe('<p>One\nline two</p>\n<p>Three</p>');
    expect(renderLessonText('')).toBe('');
    expect(renderLessonText('a\r\nb')).toBe('<p>a\nb</p>');
  });

  it('renders # to ###### as h2 to h6, as the page h1 is the lesson title', () => {
    expect(renderLessonText('# One\n## Two ##\n### Three\n#### Four\n###### Six\n#hashtag\nC#')).toBe(
      '<h2>One</h2>\n<h3>Two</h3>\n<h4>Three</h4>\n<h5>Four</h5>\n<h6>Six</h6>\n<p>#hashtag\nC#</p>',
    );
    expect(renderLessonText('Title\n=====\nSub\n---')).toBe('<h2>Title</h2>\n<h3>Sub</h3>');
  });

  it('renders bold, italic and inline code', () => {
    expect(renderLessonText('**bold**, *italic*, _also_ and `code`')).toBe(
      '<p><strong>bold</strong>, <em>italic</em>, <em>also</em> and <code>code</code></p>',
    );
    expect(renderLessonText('*an **important** point*')).toBe(
      '<p><em>an <strong>important</strong> point</em></p>',
    );
  });

  it('does not treat underscores inside words or lone stars as emphasis', () => {
    expect(renderLessonText('snake_case_name and 2 * 3 * 4')).toBe('<p>snake_case_name and 2 * 3 * 4</p>');
  });

  it('renders fenced code blocks verbatim', () => {
    expect(renderLessonText('Before\n```\nconst a = 1;\n\n  indented\n```\nAfter')).toBe(
      '<p>Before</p>\n<pre><code>const a = 1;\n\n  indented\n</code></pre>\n<p>After</p>',
    );
  });

  it('renders bullet and ordered lists', () => {
    expect(renderLessonText('- one\n- two\n  continued\n\n1. first\n2. second')).toBe(
      '<ul>\n<li>one</li>\n<li>two\ncontinued</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>',
    );
    expect(renderLessonText('3. third\n4. fourth')).toBe(
      '<ol start="3">\n<li>third</li>\n<li>fourth</li>\n</ol>',
    );
    // CommonMark: another bullet character starts another list.
    expect(renderLessonText('- one\n* two')).toBe('<ul>\n<li>one</li>\n</ul>\n<ul>\n<li>two</li>\n</ul>');
  });

  it('renders blockquotes', () => {
    expect(renderLessonText('> Art is *never* finished.\n> — da Vinci\n>\n> Second')).toBe(
      '<blockquote>\n<p>Art is <em>never</em> finished.\n— da Vinci</p>\n<p>Second</p>\n</blockquote>',
    );
  });

  it('renders http(s), mailto and site-relative links', () => {
    expect(renderLessonText('[Docs](https://docs.example/a?b=1&c=2) [mail](mailto:ada@example.com)')).toBe(
      `<p><a href="https://docs.example/a?b=1&amp;c=2" ${REL}>Docs</a> ` +
        `<a href="mailto:ada@example.com" ${REL}>mail</a></p>`,
    );
    expect(renderLessonText('See [the **next** lesson](/lessons/2).')).toBe(
      `<p>See <a href="/lessons/2" ${REL}>the <strong>next</strong> lesson</a>.</p>`,
    );
    expect(renderLessonText('[Paris](https://en.wikipedia.org/wiki/Paris_(disambiguation))')).toBe(
      `<p><a href="https://en.wikipedia.org/wiki/Paris_(disambiguation)" ${REL}>Paris</a></p>`,
    );
  });

  it('supports backslash escapes', () => {
    expect(renderLessonText('\\*not italic\\* and \\[not a link\\](/x)')).toBe(
      '<p>*not italic* and [not a link](/x)</p>',
    );
  });

  it('leaves unclosed markers as literal text, and reads the rest as CommonMark does', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['**bold', '<p>**bold</p>'],
      ['*italic', '<p>*italic</p>'],
      ['`code', '<p>`code</p>'],
      ['[text', '<p>[text</p>'],
      ['[text](/unclosed', '<p>[text](/unclosed</p>'],
      ['[text] (/spaced)', '<p>[text] (/spaced)</p>'],
      ['***both***', '<p><em><strong>both</strong></em></p>'],
      ['**a *b** c*', '<p><em><em>a <em>b</em></em> c</em></p>'],
      ['[a [b](/c)', `<p>[a <a href="/c" ${REL}>b</a></p>`],
      ['```\nnever closed', '<pre><code>never closed</code></pre>'],
      ['> > nested', '<blockquote>\n<blockquote>\n<p>nested</p>\n</blockquote>\n</blockquote>'],
    ];
    for (const [markdown, html] of cases) expect(renderLessonText(markdown), markdown).toBe(html);
  });
});

describe('renderLessonText: pathological input', () => {
  it.each([
    ['stars', '*'.repeat(50_000)],
    ['brackets', '['.repeat(50_000)],
    ['star-letter pairs', '*a '.repeat(33_000)],
    ['half-open links', '[a]('.repeat(25_000)],
    ['nested parentheses', `[a](${'('.repeat(49_000)}`],
    ['underscores', '_a'.repeat(50_000)],
    ['backticks', '`'.repeat(50_000)],
    ['heading marks', '#'.repeat(100_000)],
    ['quote marks', '> '.repeat(50_000)],
    ['bullets', '- '.repeat(50_000)],
    ['lines', '- a\n'.repeat(25_000)],
    ['escaped HTML', '<'.repeat(100_000)],
  ])('renders %s in linear time', (_name, markdown) => {
    const started = performance.now();
    const html = renderLessonText(markdown);
    // Generous: a quadratic renderer takes tens of seconds on these; a linear one a few milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
    expectInert(html);
    expect(html).not.toContain('<<');
  });
});
