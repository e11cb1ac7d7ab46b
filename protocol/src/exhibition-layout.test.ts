import { describe, expect, it } from 'vitest';
import {
  alongForCentre,
  HANGING,
  layoutProblems,
  sizeOnWall,
  startOnWall,
  wallLength,
  type LayoutWork,
} from './exhibition-layout.ts';
import { LAYOUTS } from './layouts.ts';

const gallery = LAYOUTS.gallery;
const picture = (id: string, placement: LayoutWork['placement']): LayoutWork => ({
  id,
  title: id,
  width: 1000,
  height: 1000,
  sculpture: false,
  placement,
  spot: null,
});
const sculpture = (id: string, spot: LayoutWork['spot']): LayoutWork => ({
  id,
  title: id,
  width: 800,
  height: 800,
  sculpture: true,
  placement: null,
  spot,
});

describe('sizes and places on a wall', () => {
  it('scales a work from its default size, keeping its aspect ratio', () => {
    expect(sizeOnWall(1000, 500)).toEqual({ width: 2.2, height: 1.1 });
    expect(sizeOnWall(1000, 1000, 0.5)).toEqual({ width: 0.75, height: 0.75 });
  });

  it('turns a centre into a place along the wall and back', () => {
    const length = wallLength(gallery.bounds, 1);
    expect(length).toBe(12);
    const along = alongForCentre(4, 1.5, length);
    expect(startOnWall(along, 1.5, length) + 0.75).toBeCloseTo(4, 9);
    // Past the margins it stops at the ends.
    expect(alongForCentre(0, 1.5, length)).toBe(0);
    expect(alongForCentre(12, 1.5, length)).toBe(1);
  });
});

describe('layoutProblems', () => {
  it('accepts works apart on one wall, and works left to the gallery', () => {
    const works = [
      picture('a', { wall: 0, along: 0 }),
      picture('b', { wall: 0, along: 1 }),
      picture('c', null),
    ];
    expect(layoutProblems(works, gallery)).toEqual([]);
  });

  it('refuses two works closer than the least gap on one wall, naming both', () => {
    const problems = layoutProblems(
      [picture('a', { wall: 0, along: 0.5 }), picture('b', { wall: 0, along: 0.55 })],
      gallery,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/closer than 30 cm to “[ab]” on the back wall/);
  });

  it('lets the same place on two walls be', () => {
    const works = [picture('a', { wall: 0, along: 0.5 }), picture('b', { wall: 2, along: 0.5 })];
    expect(layoutProblems(works, gallery)).toEqual([]);
  });

  it('refuses a work reaching the floor or the ceiling, or sized past the limits', () => {
    const [low, high, huge, wall] = layoutProblems(
      [
        picture('low', { wall: 1, along: 0.5, height: 0.8 }),
        picture('high', { wall: 1, along: 0, height: gallery.wallHeight - 0.5 }),
        picture('huge', { wall: 3, along: 0.5, scale: HANGING.maxScale + 0.1 }),
        picture('nowhere', { wall: 4, along: 0.5 }),
      ],
      gallery,
    );
    expect(low?.message).toContain('too low');
    expect(high?.message).toContain('too high');
    expect(huge?.message).toContain('between 30% and 250%');
    expect(wall?.message).toContain('one of the four walls');
  });

  it('keeps plinths off the walls and apart from each other', () => {
    const problems = layoutProblems(
      [
        sculpture('near-wall', { x: gallery.bounds.maxX - 0.5, z: 0 }),
        sculpture('one', { x: 0, z: 0 }),
        sculpture('two', { x: 0.8, z: 0 }),
        sculpture('three', { x: 3, z: 0 }),
      ],
      gallery,
    );
    expect(problems.map((problem) => problem.id)).toEqual(['near-wall', 'two']);
  });

  it('keeps pictures on walls and sculptures on plinths', () => {
    const wrong = [
      { ...picture('flat', null), spot: { x: 0, z: 0 } },
      { ...sculpture('round', null), placement: { wall: 0, along: 0.5 } },
    ];
    expect(layoutProblems(wrong, gallery).map((problem) => problem.id)).toEqual(['flat', 'round']);
  });
});
