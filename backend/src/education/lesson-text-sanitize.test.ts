// The sanitiser on its own, fed HTML that markdown-it would never write: it must hold even if the renderer
// before it fails.
import { describe, expect, it } from 'vitest';
import { sanitizeLessonHtml } from './lesson-text-sanitize.ts';

const REL = 'rel="noopener noreferrer nofollow"';

describe('sanitizeLessonHtml', () => {
  it('drops scripts, styles, event handlers and tags outside the allowlist, keeping their text', () => {
    expect(
      sanitizeLessonHtml(
        '<script>alert(1)</script><style>p{}</style><p onclick="x" style="color:red" id="a">a</p>' +
          '<h1>T</h1><iframe src="https://a.example"></iframe><svg onload="x"><g></g></svg><b>b</b>',
      ),
    ).toBe('<p>a</p>Tb');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&#x3A;alert(1)',
    'java&#9;script:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    '//evil.example/',
    '/\\evil.example/',
    '#top',
    'https:evil.example',
  ])('takes the href %j off a link, and keeps our rel', (href) => {
    expect(sanitizeLessonHtml(`<a href="${href}" target="_blank" rel="opener">x</a>`)).toBe(
      `<a ${REL}>x</a>`,
    );
  });

  it('keeps an allowed link with our rel only', () => {
    expect(sanitizeLessonHtml('<a href="https://a.example/?a=1&amp;b=2" title="t" rel="opener">x</a>')).toBe(
      `<a href="https://a.example/?a=1&amp;b=2" title="t" ${REL}>x</a>`,
    );
  });

  it.each([
    'x',
    'javascript:alert(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    '//evil.example/a.png',
    '/uploads/a.png',
    '/assets/../api/x',
  ])('drops an image from %j', (src) => {
    expect(sanitizeLessonHtml(`<p><img src="${src}" onerror="alert(1)" alt="a"></p>`)).toBe('<p></p>');
  });

  it('keeps an allowed image without its other attributes', () => {
    expect(
      sanitizeLessonHtml('<img src="/api/media/1" alt="" title="t" style="x" onload="y" width="9999">'),
    ).toBe('<img src="/api/media/1" alt="" title="t" />');
  });

  it('keeps one language class on code, and alignment but no style on table cells', () => {
    expect(sanitizeLessonHtml('<code class="language-ts evil">a</code><code class="x">b</code>')).toBe(
      '<code class="language-ts">a</code><code>b</code>',
    );
    expect(sanitizeLessonHtml('<td align="right" style="x">1</td><td align="justify">2</td>')).toBe(
      '<td align="right">1</td><td>2</td>',
    );
  });

  it('writes text back the way markdown-it does', () => {
    expect(sanitizeLessonHtml("<p>&quot;a&quot; &amp; 'b' &lt;c&gt; &#169;</p>")).toBe(
      "<p>&quot;a&quot; &amp; 'b' &lt;c&gt; ©</p>",
    );
  });
});
