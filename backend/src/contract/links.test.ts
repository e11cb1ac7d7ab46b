// Links someone types and someone else clicks: only web pages get through, however the scheme is dressed.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { artistProfileSchema } from './artists.ts';
import { newLessonSchema } from './courses.ts';
import { newSubmissionSchema } from './learning.ts';
import { isWebLink, webLinkSchema } from './links.ts';

const link = webLinkSchema(500);

const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000 javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0b6f',
  'mailto:someone@example.org',
  // Web links with a control character in them: a browser reads them differently, Postgres refuses NUL.
  '\u0000https://example.org/',
  'https://exa\u0000mple.org/',
  'https://exa\nmple.org/',
  'https://example.org/a\u0000',
  'https://example.org/a b',
  'https://',
  'http:example.org',
  'not a url',
  '',
];

describe('web links', () => {
  it.each(REFUSED)('refuses %j, saying what a link may be', (value) => {
    const result = link.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an https:// or http:// link');
    expect(isWebLink(value)).toBe(false);
  });

  it.each(['https://ines.example', 'http://example.org/a?b=c#d', 'HTTPS://Example.org/Path'])(
    'accepts %j',
    (value) => {
      expect(link.parse(value)).toBe(value);
      expect(isWebLink(value)).toBe(true);
    },
  );

  it('cuts spaces around a web link, keeping it as typed', () => {
    expect(link.parse('  https://ines.example/work  ')).toBe('https://ines.example/work');
  });

  it('are the rule for every link a person saves: profiles, lesson videos, submissions', () => {
    expect(artistProfileSchema.safeParse({ name: 'A', links: ['javascript:alert(1)'] }).success).toBe(false);
    const video = { kind: 'video', title: 'V', durationSeconds: 60 };
    // z.url({ protocol: /^https?$/ }) let these through (the parser percent-encodes the NUL; Postgres then
    // refuses the text it was given).
    expect(newLessonSchema.safeParse({ ...video, videoUrl: 'https://v.example/a\u0000.mp4' }).success).toBe(
      false,
    );
    expect(newSubmissionSchema.safeParse({ kind: 'link', url: 'https://s.example/\u0001' }).success).toBe(
      false,
    );
    expect(newLessonSchema.safeParse({ ...video, videoUrl: 'https://v.example/a.mp4' }).success).toBe(true);
  });

  it('carry their rule into the OpenAPI document as a pattern', () => {
    const schema = z.toJSONSchema(link, { io: 'input' });
    expect(schema).toMatchObject({ type: 'string', maxLength: 500 });
    const pattern = new RegExp(String(schema.pattern));
    expect(pattern.test('https://example.org')).toBe(true);
    expect(pattern.test('javascript:alert(1)')).toBe(false);
  });
});
