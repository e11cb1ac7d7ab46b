import { describe, expect, it } from 'vitest';
import { BODY_BONES, FACE_EXPRESSIONS, HAND_BONES } from './humanoid.ts';
import {
  decodePose,
  encodePose,
  frameSize,
  MAX_COORDINATE,
  POSE_CODEC_VERSION,
  restPose,
  type PoseFrame,
} from './pose-codec.ts';
import { PRECISION, type Precision } from './quaternion-packing.ts';
import { seededRandom as random } from '../seeded-random.ts';
import { fuzzInputs } from '../fuzz-inputs.ts';

function randomRotations(next: () => number, count: number): Float32Array {
  const q = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    // Uniform random rotations (Shoemake).
    const [u1, u2, u3] = [next(), next(), next()];
    const s1 = Math.sqrt(1 - u1);
    const s2 = Math.sqrt(u1);
    q.set(
      [
        s1 * Math.sin(2 * Math.PI * u2),
        s1 * Math.cos(2 * Math.PI * u2),
        s2 * Math.sin(2 * Math.PI * u3),
        s2 * Math.cos(2 * Math.PI * u3),
      ],
      i * 4,
    );
  }
  return q;
}

function randomFrame(next: () => number, hands: boolean, face: boolean): PoseFrame {
  return {
    sequence: Math.floor(next() * 65536),
    time: Math.floor(next() * 2 ** 32),
    position: [next() * 40 - 20, next() * 3, next() * 40 - 20],
    rotation: randomRotations(next, 1),
    body: randomRotations(next, BODY_BONES.length),
    hands: hands ? randomRotations(next, HAND_BONES.length) : null,
    face: face ? Float32Array.from(FACE_EXPRESSIONS, () => next()) : null,
  };
}

/**
 * The angle between two unit rotations, in degrees (q and -q are the same rotation). Computed from the chord,
 * |q1 - q2| = 2 sin(θ/4), which stays accurate for tiny angles where acos of the dot product does not.
 */
function angleBetween(a: ArrayLike<number>, b: ArrayLike<number>, at: number): number {
  let dot = 0;
  for (let i = 0; i < 4; i++) dot += (a[at + i] ?? 0) * (b[at + i] ?? 0);
  const sign = dot < 0 ? -1 : 1;
  let chord = 0;
  for (let i = 0; i < 4; i++) chord += ((a[at + i] ?? 0) - sign * (b[at + i] ?? 0)) ** 2;
  return (4 * Math.asin(Math.min(1, Math.sqrt(chord) / 2)) * 180) / Math.PI;
}

function maxAngle(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let at = 0; at < a.length; at += 4) worst = Math.max(worst, angleBetween(a, b, at));
  return worst;
}

describe('pose codec round trip', () => {
  const bounds: Record<Precision, number> = { 0: 0.01, 1: 0.25, 2: 2.5 };

  for (const precision of [PRECISION.high, PRECISION.normal, PRECISION.low]) {
    it(`keeps every rotation within ${bounds[precision]}° at precision ${precision}`, () => {
      const next = random(precision + 1);
      for (let n = 0; n < 200; n++) {
        const frame = randomFrame(next, true, true);
        const result = decodePose(encodePose(frame, precision));
        if (!result.ok) throw new Error(result.error);
        expect(result.precision).toBe(precision);
        expect(maxAngle(frame.rotation, result.frame.rotation)).toBeLessThan(bounds[precision]);
        expect(maxAngle(frame.body, result.frame.body)).toBeLessThan(bounds[precision]);
        expect(
          maxAngle(frame.hands ?? new Float32Array(), result.frame.hands ?? new Float32Array()),
        ).toBeLessThan(bounds[precision]);
      }
    });
  }

  it('keeps position to the millimetre, sequence, time and face weights to 1/255', () => {
    const frame = randomFrame(random(9), false, true);
    const result = decodePose(encodePose(frame));
    if (!result.ok) throw new Error(result.error);
    frame.position.forEach((v, i) =>
      expect(Math.abs((result.frame.position[i] ?? NaN) - v)).toBeLessThanOrEqual(0.0005),
    );
    expect(result.frame.sequence).toBe(frame.sequence);
    expect(result.frame.time).toBe(frame.time);
    frame.face?.forEach((v, i) =>
      expect(Math.abs((result.frame.face?.[i] ?? NaN) - v)).toBeLessThanOrEqual(1 / 510 + 1e-6),
    );
    expect(result.frame.hands).toBeNull();
  });

  it('treats q and -q as the same rotation', () => {
    const frame = restPose();
    frame.body.set([0, 0, -0.6, -0.8], 0);
    const result = decodePose(encodePose(frame));
    if (!result.ok) throw new Error(result.error);
    expect(angleBetween(frame.body, result.frame.body, 0)).toBeLessThan(0.25);
  });

  it('sends garbage in as something sane: non-unit and NaN rotations, out-of-range numbers', () => {
    const frame = restPose([1e9, Number.NaN, -50]);
    frame.rotation.set([0, 0, 0, 0]);
    frame.body.set([2, 0, 0, 0], 0);
    frame.body.set([Number.NaN, 1, 1, 1], 4);
    frame.face = Float32Array.from(FACE_EXPRESSIONS, (_, i) => (i % 2 ? 7 : -3));
    const result = decodePose(encodePose(frame));
    if (!result.ok) throw new Error(result.error);
    expect(result.frame.position).toEqual([MAX_COORDINATE, 0, -MAX_COORDINATE]);
    expect(angleBetween(result.frame.rotation, [0, 0, 0, 1], 0)).toBeLessThan(0.25);
    expect(angleBetween(result.frame.body, [1, 0, 0, 0], 0)).toBeLessThan(0.25);
    expect(Array.from(result.frame.face ?? [])).toEqual(FACE_EXPRESSIONS.map((_, i) => (i % 2 ? 1 : 0)));
  });

  it('is compact: a body frame is 106 bytes at normal precision, 83 at low; everything at high is 346', () => {
    // The sizes docs/protocol.md promises client writers, checked against frames really encoded.
    expect(frameSize(false, false, PRECISION.normal)).toBe(106);
    expect(encodePose(restPose(), PRECISION.normal).byteLength).toBe(106);
    expect(frameSize(false, false, PRECISION.low)).toBe(83);
    expect(encodePose(restPose(), PRECISION.low).byteLength).toBe(83);
    const everything = randomFrame(random(9), true, true);
    expect(encodePose(everything, PRECISION.high).byteLength).toBe(346);
    expect(frameSize(true, true, PRECISION.high)).toBe(346);
  });
});

describe('pose decoder at the boundary', () => {
  const valid = encodePose(randomFrame(random(3), true, true));

  it('names what is wrong', () => {
    expect(decodePose(new Uint8Array(3))).toEqual({ ok: false, error: 'frame too short (3 bytes)' });
    const wrongVersion = valid.slice();
    wrongVersion[0] = POSE_CODEC_VERSION + 1;
    expect(decodePose(wrongVersion)).toEqual({
      ok: false,
      error: `unsupported pose codec version ${POSE_CODEC_VERSION + 1}`,
    });
    const unknownFlag = valid.slice();
    unknownFlag[1] = (unknownFlag[1] ?? 0) | 0x80;
    expect(decodePose(unknownFlag).ok).toBe(false);
    const badPrecision = valid.slice();
    badPrecision[1] = (badPrecision[1] ?? 0) | 0b1100;
    expect(decodePose(badPrecision)).toEqual({ ok: false, error: 'unknown precision 3' });
    expect(decodePose(valid.subarray(0, valid.length - 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/its flags say/),
    });
  });

  it('decodes a frame that sits inside a larger buffer (as WebSocket messages do)', () => {
    const framed = new Uint8Array(valid.length + 5);
    framed.set(valid, 5);
    expect(decodePose(framed.subarray(5)).ok).toBe(true);
  });

  it('never throws on random buffers, truncations or bit flips (fuzz, 20 000 cases)', () => {
    let accepted = 0;
    let nonFinite = 0;
    for (const input of fuzzInputs(valid, { seed: 42, count: 20_000, maxLength: 400 })) {
      const result = decodePose(input);
      if (result.ok) {
        accepted++;
        for (const value of [...result.frame.position, ...result.frame.body, ...(result.frame.face ?? [])]) {
          if (!Number.isFinite(value)) nonFinite++;
        }
      }
    }
    // Bit flips in the payload still decode (to a slightly different, valid pose); header damage does not.
    expect(accepted).toBeGreaterThan(3000);
    expect(nonFinite).toBe(0);
  });
});
