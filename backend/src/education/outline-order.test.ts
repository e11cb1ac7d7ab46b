import { describe, expect, it } from 'vitest';
import { placeOutline } from './outline-order.ts';

const stored = {
  modules: [
    { id: 'm1', lessons: ['a', 'b'] },
    { id: 'm2', lessons: ['c'] },
  ],
};

describe('placeOutline', () => {
  it('places modules and lessons in the order asked, moving a lesson to another module', () => {
    const placement = placeOutline(stored, {
      modules: [
        { id: 'm2', lessons: ['c', 'a'] },
        { id: 'm1', lessons: ['b'] },
      ],
    });
    expect(placement).toEqual({
      modules: [
        { id: 'm2', position: 0 },
        { id: 'm1', position: 1 },
      ],
      lessons: [
        { id: 'c', moduleId: 'm2', position: 0 },
        { id: 'a', moduleId: 'm2', position: 1 },
        { id: 'b', moduleId: 'm1', position: 0 },
      ],
    });
  });

  it('refuses an order that leaves out, repeats or invents a module or lesson', () => {
    expect(placeOutline(stored, { modules: [{ id: 'm1', lessons: ['a', 'b', 'c'] }] })).toMatch(
      /module m2 is missing/,
    );
    expect(
      placeOutline(stored, {
        modules: [
          { id: 'm1', lessons: ['a', 'b'] },
          { id: 'm2', lessons: [] },
        ],
      }),
    ).toMatch(/lesson c is missing/);
    expect(
      placeOutline(stored, {
        modules: [
          { id: 'm1', lessons: ['a', 'a'] },
          { id: 'm2', lessons: ['c'] },
        ],
      }),
    ).toMatch(/lesson a is named twice/);
    expect(
      placeOutline(stored, {
        modules: [
          { id: 'm1', lessons: ['a', 'b'] },
          { id: 'm2', lessons: ['c'] },
          { id: 'm1', lessons: [] },
        ],
      }),
    ).toMatch(/module m1 is named twice/);
    expect(
      placeOutline(stored, {
        modules: [
          { id: 'm1', lessons: ['a', 'b', 'x'] },
          { id: 'm2', lessons: ['c'] },
        ],
      }),
    ).toMatch(/lesson x is not in this course/);
  });
});
