import { describe, expect, it } from 'vitest';
import { isStudioPath, parseStudioRoute, studioPath } from './route.ts';

describe('the studio’s addresses', () => {
  it('belong to the studio only under /studio', () => {
    expect([isStudioPath('/studio'), isStudioPath('/studio/works'), isStudioPath('/studios')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('name a tab and the tab’s own pages, and go back to the same address', () => {
    const route = parseStudioRoute('/studio/teaching/courses/0b7e4b1c-9a3e-4d1e-8f00-3c2a1b0c9d8e');
    expect(route).toEqual({ tab: 'teaching', rest: ['courses', '0b7e4b1c-9a3e-4d1e-8f00-3c2a1b0c9d8e'] });
    expect(studioPath(route)).toBe('/studio/teaching/courses/0b7e4b1c-9a3e-4d1e-8f00-3c2a1b0c9d8e');
  });

  it('open the works for the bare studio, an unknown tab or a broken address', () => {
    for (const path of ['/studio', '/studio/', '/studio/nowhere', '/studio/%E0%A4%A'])
      expect(parseStudioRoute(path)).toEqual({ tab: 'works', rest: [] });
  });

  it('ignore a trailing slash', () => {
    expect(parseStudioRoute('/studio/sales/')).toEqual({ tab: 'sales', rest: [] });
  });
});
