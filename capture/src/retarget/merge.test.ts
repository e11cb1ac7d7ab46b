import { BODY_BONES } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { headsetWithCamera } from './merge.ts';

const filled = (value: number) => ({
  body: new Float32Array(BODY_BONES.length * 4).fill(value),
  hands: null,
  face: null,
  hipsHeight: value,
});

describe('headset with camera', () => {
  it('takes the legs from the camera and the rest from the headset', () => {
    const merged = headsetWithCamera(filled(1), { ...filled(2), face: new Float32Array([0.5]) });
    const value = (bone: (typeof BODY_BONES)[number]) => merged.body[BODY_BONES.indexOf(bone) * 4];
    expect(value('leftLowerLeg')).toBe(2);
    expect(value('rightToes')).toBe(2);
    expect(value('head')).toBe(1);
    expect(value('leftLowerArm')).toBe(1);
    expect(value('hips')).toBe(1);
    expect(merged.face).toEqual(new Float32Array([0.5]));
    expect(merged.hipsHeight).toBe(1);
  });
});
