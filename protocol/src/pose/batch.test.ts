import { describe, expect, it } from 'vitest';
import { decodePoseBatch, encodePoseBatch } from './batch.ts';
import { encodePose, restPose } from './pose-codec.ts';
import { PRECISION } from './quaternion-packing.ts';

describe('pose batches', () => {
  const a = encodePose({ ...restPose([1, 0, 2]), sequence: 5 }, PRECISION.normal);
  const b = encodePose({ ...restPose([-3, 0, 4]), face: new Float32Array(14).fill(0.5) }, PRECISION.high);
  const c = encodePose(restPose([0, 1, 0]), PRECISION.low);

  it('carries frames of mixed sizes and precisions with their slots', () => {
    const result = decodePoseBatch(
      encodePoseBatch([
        { slot: 7, bytes: a },
        { slot: 300, bytes: b },
        { slot: 65535, bytes: c },
      ]),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.poses.map((p) => p.slot)).toEqual([7, 300, 65535]);
    expect(result.poses.map((p) => p.frame.position)).toEqual([
      [1, 0, 2],
      [-3, 0, 4],
      [0, 1, 0],
    ]);
    expect(result.poses[0]?.frame.sequence).toBe(5);
    expect(result.poses[1]?.frame.face?.[0]).toBeCloseTo(0.5, 2);
  });

  it('is empty for an empty batch', () => {
    expect(decodePoseBatch(new Uint8Array())).toEqual({ ok: true, poses: [] });
  });

  it('refuses every truncation of a batch without throwing', () => {
    const batch = encodePoseBatch([
      { slot: 1, bytes: a },
      { slot: 2, bytes: b },
    ]);
    for (let cut = 1; cut < batch.length; cut++) {
      if (cut === 2 + a.length) continue; // a whole first entry is a valid batch of one
      expect(decodePoseBatch(batch.subarray(0, cut)).ok, `cut at ${cut}`).toBe(false);
    }
  });
});
