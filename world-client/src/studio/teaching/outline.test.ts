import { describe, expect, it } from 'vitest';
import { moveLesson, moveModule, orderOf } from './outline.ts';

const order = orderOf({
  modules: [
    { id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }] },
    { id: 'm2', lessons: [{ id: 'c' }] },
  ],
});

describe('moving in the outline', () => {
  it('moves a lesson within its module', () => {
    expect(moveLesson(order, 'b', -1)?.modules[0]?.lessons).toEqual(['b', 'a']);
  });

  it('moves a lesson across into the next or previous module', () => {
    expect(moveLesson(order, 'b', 1)?.modules).toEqual([
      { id: 'm1', lessons: ['a'] },
      { id: 'm2', lessons: ['b', 'c'] },
    ]);
    expect(moveLesson(order, 'c', -1)?.modules).toEqual([
      { id: 'm1', lessons: ['a', 'b', 'c'] },
      { id: 'm2', lessons: [] },
    ]);
  });

  it('goes nowhere past the first or last place', () => {
    expect(moveLesson(order, 'a', -1)).toBeNull();
    expect(moveLesson(order, 'c', 1)).toBeNull();
    expect(moveModule(order, 'm1', -1)).toBeNull();
    expect(moveModule(order, 'm2', 1)).toBeNull();
  });

  it('moves modules with their lessons', () => {
    expect(moveModule(order, 'm2', -1)?.modules).toEqual([
      { id: 'm2', lessons: ['c'] },
      { id: 'm1', lessons: ['a', 'b'] },
    ]);
    // The original is untouched.
    expect(order.modules[0]?.lessons).toEqual(['a', 'b']);
  });
});
