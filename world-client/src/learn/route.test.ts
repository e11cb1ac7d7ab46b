import { describe, expect, it } from 'vitest';
import { isLearnPath, learnPath, parseLearnRoute } from './route.ts';

const id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('learning routes', () => {
  it('reads and writes the three pages', () => {
    for (const route of [{ page: 'home' }, { page: 'course', id }, { page: 'lesson', id }] as const) {
      expect(parseLearnRoute(learnPath(route))).toEqual(route);
    }
  });

  it('falls back to the dashboard for anything else, and tells learning paths from the venue', () => {
    expect(parseLearnRoute('/learn/courses/not-an-id')).toEqual({ page: 'home' });
    expect(parseLearnRoute('/learn/lessons/../../etc')).toEqual({ page: 'home' });
    expect(isLearnPath('/learn')).toBe(true);
    expect(isLearnPath('/learn/lessons/x')).toBe(true);
    expect(isLearnPath('/learning')).toBe(false);
    expect(isLearnPath('/')).toBe(false);
  });
});
