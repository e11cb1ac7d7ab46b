import { describe, expect, it } from 'vitest';
import { FrameCutter } from './frame-cutter.ts';

describe('FrameCutter', () => {
  it('cuts 128-sample blocks into 960-sample frames numbered by their first sample', () => {
    const cutter = new FrameCutter(2);
    const frames: Array<{ frame: Float32Array[]; start: number }> = [];
    for (let b = 0; b < 30; b++) {
      const block = Float32Array.from({ length: 128 }, (_, i) => b * 128 + i);
      cutter.push([block], 5000 + b * 128, (frame, start) => frames.push({ frame, start }));
    }
    expect(frames.map(({ start }) => start)).toEqual([5000, 5960, 6920, 7880]);
    const second = frames[1]?.frame;
    expect(second).toHaveLength(2);
    expect(second?.[0]?.[0]).toBe(960);
    expect(second?.[0]?.[959]).toBe(1919);
    // A mono input feeds both channels of a stereo frame.
    expect(Array.from(second?.[1] ?? [])).toEqual(Array.from(second?.[0] ?? []));
  });

  it('hands out frames that later blocks do not overwrite', () => {
    const cutter = new FrameCutter(1, 4);
    const frames: Float32Array[] = [];
    cutter.push([Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8)], 0, (frame) =>
      frames.push(frame[0] ?? new Float32Array()),
    );
    expect(frames.map((frame) => Array.from(frame))).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });
});
