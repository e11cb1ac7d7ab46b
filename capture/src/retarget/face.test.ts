import { FACE_EXPRESSIONS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { faceWeightsArray, measureFace, weightsFromBlendshapes, weightsFromMesh } from './face.ts';

/** A face mesh with only the points the measurements use placed, the rest at the origin. */
function face({ eyeOpen = 0.3, mouthOpen = 0.01, mouthWidth = 0.27, brow = 0.09 } = {}) {
  const mesh = Array.from({ length: 478 }, () => ({ x: 0, y: 0, z: 0 }));
  const at = (i: number, x: number, y: number) => (mesh[i] = { x, y, z: 0 });
  at(10, 0, -0.5); // forehead
  at(152, 0, 0.5); // chin: the face is 1 tall
  for (const [top, bottom, inner, outer, cx] of [
    [386, 374, 362, 263, 0.15],
    [159, 145, 133, 33, -0.15],
  ] as const) {
    at(inner, cx - 0.05, -0.1);
    at(outer, cx + 0.05, -0.1);
    at(top, cx, -0.1 - (eyeOpen * 0.1) / 2);
    at(bottom, cx, -0.1 + (eyeOpen * 0.1) / 2);
  }
  at(334, 0.15, -0.1 - (eyeOpen * 0.1) / 2 - brow);
  at(105, -0.15, -0.1 - (eyeOpen * 0.1) / 2 - brow);
  at(13, 0, 0.25 - mouthOpen / 2);
  at(14, 0, 0.25 + mouthOpen / 2);
  at(291, mouthWidth / 2, 0.25);
  at(61, -mouthWidth / 2, 0.25);
  return mesh;
}

const weights = (options: Parameters<typeof face>[0]) => weightsFromMesh(measureFace(face(options))!);

describe('face weights from the mesh', () => {
  it('reads a neutral face as no expression', () => {
    for (const value of Object.values(weights({}))) expect(value).toBeLessThan(0.05);
  });
  it('reads closed eyes as blinks', () => {
    const closed = weights({ eyeOpen: 0.05 });
    expect(closed.blinkLeft).toBeGreaterThan(0.9);
    expect(closed.blinkRight).toBeGreaterThan(0.9);
  });
  it('tells an open "a" from a rounded "o" and a wide "e"', () => {
    const a = weights({ mouthOpen: 0.2 });
    expect(a.aa).toBeGreaterThan(0.8);
    const o = weights({ mouthOpen: 0.2, mouthWidth: 0.19 });
    expect(o.oh).toBeGreaterThan(0.8);
    expect(o.aa).toBeLessThan(0.2);
    const e = weights({ mouthWidth: 0.36 });
    expect(e.ee).toBeGreaterThan(0.8);
    expect(e.aa).toBeLessThan(0.1);
  });
  it('reads raised brows', () => {
    expect(weights({ brow: 0.12 }).browInnerUp).toBeGreaterThan(0.9);
    expect(weights({ brow: 0.07 }).browDown).toBeGreaterThan(0.9);
  });
  it('measures nothing from a short mesh', () => {
    expect(measureFace([])).toBeNull();
  });
});

describe('face weights from blendshapes', () => {
  it('maps blinks and an open jaw', () => {
    const w = weightsFromBlendshapes(
      new Map([
        ['eyeBlinkLeft', 0.9],
        ['jawOpen', 0.8],
      ]),
    );
    expect(w.blinkLeft).toBeCloseTo(0.9);
    expect(w.blinkRight).toBe(0);
    expect(w.aa).toBeCloseTo(0.8);
  });
  it('puts weights in wire order, clamped', () => {
    const array = faceWeightsArray({ aa: 2, blinkRight: -1 });
    expect(array).toHaveLength(FACE_EXPRESSIONS.length);
    expect(array[FACE_EXPRESSIONS.indexOf('aa')]).toBe(1);
    expect(array[FACE_EXPRESSIONS.indexOf('blinkRight')]).toBe(0);
  });
});
