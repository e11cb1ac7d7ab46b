// The body below the head: torso (trousers, belt, shirt), neck, arms with sleeves, hands with five fingers, legs
// and shoes. Each part is a tube along a chain of bones, weighted so that it bends smoothly at the joints.

import {
  chainWeights,
  type MeshBuilder,
  type Palette,
  profileRings,
  tube,
  type Weights,
} from './mesh-builder.ts';
import type { Proportions } from './proportions.ts';
import { dot, interpolate, normalize, scale, smoothstep, sub, type Vec3 } from './vec.ts';

/** Stations of a profile table (its first column), scaled. */
const stationsOf = (table: readonly (readonly number[])[], k = 1): number[] => table.map((row) => row[0] * k);

function torso(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { s, girth } = p;
  // y, half-width (x), half-depth (z), z offset — for the 1.70 m figure.
  const table = [
    [0.885, 0.1, 0.075, -0.006],
    [0.91, 0.15, 0.097, -0.008],
    [0.95, 0.17, 0.112, -0.012],
    [1.01, 0.16, 0.104, -0.008],
    [1.09, 0.146, 0.1, 0],
    [1.18, 0.15, 0.108, 0.008],
    [1.27, 0.163, 0.118, 0.012],
    [1.34, 0.176, 0.112, 0.006],
    [1.39, 0.174, 0.1, 0],
    [1.43, 0.155, 0.084, -0.004],
    [1.46, 0.12, 0.068, -0.006],
    [1.48, 0.06, 0.046, -0.008],
  ];
  const beltLow = 1.01 * s;
  const beltHigh = 1.045 * s;
  const radii = (t: number) => {
    const y = t / s;
    const [rx, rz, dz] = interpolate(table, y);
    const width =
      y <= 1.05 ? p.hips : y >= 1.27 ? p.shoulders : p.hips + ((p.shoulders - p.hips) * (y - 1.05)) / 0.22;
    return { ru: rz * s * girth, rv: rx * s * girth * width, du: dz * s };
  };
  const colour = (t: number) =>
    t < beltLow ? colours.trousers : t < beltHigh ? colours.belt : colours.shirt;
  const chain = [
    { bone: 'hips', at: 0, blend: 0 },
    { bone: 'spine', at: p.joints.spine[1], blend: 0.04 * s },
    { bone: 'chest', at: p.joints.chest[1], blend: 0.05 * s },
    { bone: 'upperChest', at: p.joints.upperChest[1], blend: 0.05 * s },
  ] as const;
  const weights = (q: Vec3, t: number): Weights => {
    const along = chainWeights(chain, t);
    const side = q[0] >= 0 ? 'left' : 'right';
    const ax = Math.abs(q[0]);
    // The tops of the shoulders follow the shoulder and upper arm bones a little, so lowering the arms does not
    // leave a shelf there; the crotch follows the thighs a little.
    const top = smoothstep(0.1 * s, 0.18 * s, ax) * smoothstep(1.28 * s, 1.37 * s, t);
    const shoulder = 0.3 * top;
    const upperArm = 0.35 * top * smoothstep(0.13 * s, 0.19 * s, ax);
    const thigh = 0.35 * smoothstep(0.93 * s, 0.86 * s, t) * smoothstep(0.02 * s, 0.08 * s, ax);
    return [
      ...along.map(([bone, w]) => [bone, w * (1 - shoulder - upperArm - thigh)] as const),
      [`${side}Shoulder`, shoulder] as const,
      [`${side}UpperArm`, upperArm] as const,
      [`${side}UpperLeg`, thigh] as const,
    ];
  };
  tube(b, {
    origin: [0, 0, 0],
    axis: [0, 1, 0],
    u: [0, 0, 1],
    sides: 18,
    power: 2.4,
    rings: profileRings(stationsOf(table, s), radii, colour, [beltLow, beltHigh], {
      start: 0.87 * s,
      end: 1.49 * s,
    }),
    weights,
  });
}

function neck(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { s, girth } = p;
  const table = [
    [1.41, 0.048, 0.05, -0.012],
    [1.46, 0.045, 0.047, -0.008],
    [1.5, 0.043, 0.046, -0.004],
    [1.55, 0.043, 0.046, 0],
  ];
  const chain = [
    { bone: 'upperChest', at: 0, blend: 0 },
    { bone: 'neck', at: p.joints.neck[1], blend: 0.02 * s },
    { bone: 'head', at: p.joints.head[1], blend: 0.025 * s },
  ] as const;
  tube(b, {
    origin: [0, 0, 0],
    axis: [0, 1, 0],
    u: [0, 0, 1],
    sides: 12,
    rings: profileRings(
      stationsOf(table, s),
      (t) => {
        const [rx, rz, dz] = interpolate(table, t / s);
        return { ru: rz * s * girth, rv: rx * s * girth, du: dz * s };
      },
      () => colours.skin,
      [],
      { start: 1.4 * s, end: 1.56 * s },
    ),
    weights: (_q, t) => chainWeights(chain, t),
  });
}

function arm(b: MeshBuilder, p: Proportions, colours: Palette, sleeves: 'short' | 'long'): void {
  const { s, girth } = p;
  const { shoulderX: x0, elbowX: xe, wristX: xw } = p.arm;
  // x, vertical radius, front-back radius — unscaled offsets from the joints.
  const table: number[][] = [
    [x0 - 0.065 * s, 0.046, 0.046],
    [x0 - 0.03 * s, 0.052, 0.05],
    [x0 + 0.02 * s, 0.05, 0.048],
    [x0 + 0.08 * s, 0.045, 0.045],
    [x0 + 0.16 * s, 0.041, 0.042],
    [xe - 0.045 * s, 0.037, 0.038],
    [xe - 0.015 * s, 0.035, 0.036],
    [xe + 0.015 * s, 0.036, 0.038],
    [xe + 0.05 * s, 0.039, 0.041],
    [xe + 0.12 * s, 0.034, 0.037],
    [xw - 0.04 * s, 0.027, 0.033],
    [xw, 0.024, 0.031],
    [xw + 0.02 * s, 0.02, 0.028],
  ];
  const sleeveEnd = sleeves === 'short' ? x0 + 0.11 * s : xw - 0.03 * s;
  const cuff = 0.004 * s;
  const chain = [
    { bone: 'leftShoulder', at: 0, blend: 0 },
    { bone: 'leftUpperArm', at: x0 - 0.02 * s, blend: 0.05 * s },
    { bone: 'leftLowerArm', at: xe, blend: 0.04 * s },
    { bone: 'leftHand', at: xw, blend: 0.02 * s },
  ] as const;
  tube(b, {
    origin: [0, p.arm.y, p.arm.z],
    axis: [1, 0, 0],
    u: [0, 1, 0],
    sides: 10,
    rings: profileRings(
      stationsOf(table),
      (t) => {
        const [ry, rz] = interpolate(table, t);
        const extra = t <= sleeveEnd ? cuff : 0;
        return { ru: ry * s * girth + extra, rv: rz * s * girth + extra };
      },
      (t) => (t < sleeveEnd ? colours.shirt : colours.skin),
      [sleeveEnd],
      { start: x0 - 0.075 * s, end: xw + 0.025 * s },
    ),
    weights: (_q, t) => chainWeights(chain, t),
  });
}

function hand(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { s, girth } = p;
  const xw = p.arm.wristX;
  // Palm: x offset from the wrist, half-thickness, half-width.
  const table = [
    [-0.005, 0.016, 0.026],
    [0.015, 0.016, 0.036],
    [0.05, 0.017, 0.041],
    [0.085, 0.0145, 0.04],
    [0.1, 0.01, 0.035],
  ];
  const palmChain = [
    { bone: 'leftLowerArm', at: 0, blend: 0 },
    { bone: 'leftHand', at: xw, blend: 0.02 * s },
  ] as const;
  tube(b, {
    origin: [xw, p.arm.y, p.arm.z],
    axis: [1, 0, 0],
    u: [0, 1, 0],
    sides: 10,
    power: 3,
    rings: profileRings(
      stationsOf(table, s),
      (t) => {
        const [rh, rw] = interpolate(table, t / s);
        return { ru: rh * s * girth, rv: rw * s * girth, du: -0.002 * s };
      },
      () => colours.skin,
      [],
      { start: -0.012 * s, end: 0.104 * s },
    ),
    weights: (_q, t) => chainWeights(palmChain, xw + t),
  });

  for (const f of p.fingers) {
    const [l1, l2, l3] = f.lengths;
    const length = l1 + l2 + l3;
    const r = f.radius;
    const profile: [number, number][] = [
      [-0.01 * s, r],
      [0.004 * s, r],
      [l1, 0.95 * r],
      [l1 + l2, 0.9 * r],
      [length - 0.007 * s, 0.85 * r],
      [length - 0.0025 * s, 0.6 * r],
    ];
    const chain = [
      { bone: 'leftHand', at: 0, blend: 0 },
      { bone: `left${f.finger}Proximal`, at: 0, blend: 0.01 * s },
      { bone: `left${f.finger}Intermediate`, at: l1, blend: 0.007 * s },
      { bone: `left${f.finger}Distal`, at: l1 + l2, blend: 0.006 * s },
    ] as const;
    tube(b, {
      origin: f.base,
      axis: [1, 0, 0],
      u: [0, 1, 0],
      sides: 6,
      rings: profileRings(
        profile.map(([t]) => t),
        (t) => {
          const [radius] = interpolate(profile, t);
          return { ru: 0.88 * radius, rv: radius };
        },
        () => colours.skin,
        [],
        { start: -0.014 * s, end: length },
      ),
      weights: (_q, t) => chainWeights(chain, t),
    });
  }

  const thumb = p.thumb;
  const [l1, l2, l3] = thumb.lengths;
  const length = l1 + l2 + l3;
  const r = thumb.radius;
  const profile: [number, number][] = [
    [-0.012 * s, 1.1 * r],
    [0, 1.15 * r],
    [l1, r],
    [l1 + l2, 0.92 * r],
    [length - 0.008 * s, 0.85 * r],
    [length - 0.003 * s, 0.6 * r],
  ];
  const chain = [
    { bone: 'leftHand', at: 0, blend: 0 },
    { bone: 'leftThumbMetacarpal', at: 0, blend: 0.012 * s },
    { bone: 'leftThumbProximal', at: l1, blend: 0.008 * s },
    { bone: 'leftThumbDistal', at: l1 + l2, blend: 0.007 * s },
  ] as const;
  const up: Vec3 = [0, 1, 0];
  const u = normalize(sub(up, scale(thumb.direction, dot(up, thumb.direction))));
  tube(b, {
    origin: thumb.base,
    axis: thumb.direction,
    u,
    sides: 6,
    rings: profileRings(
      profile.map(([t]) => t),
      (t) => {
        const [radius] = interpolate(profile, t);
        return { ru: 0.9 * radius, rv: radius };
      },
      () => colours.skin,
      [],
      { start: -0.016 * s, end: length },
    ),
    weights: (_q, t) => chainWeights(chain, t),
  });
}

function leg(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { s, girth } = p;
  // -y (so that t increases down the leg), front-back radius, side radius, z offset — 1.70 m figure.
  const table = [
    [-1.0, 0.045, 0.045, -0.004],
    [-0.96, 0.066, 0.064, -0.004],
    [-0.92, 0.076, 0.072, 0],
    [-0.87, 0.083, 0.082, 0.002],
    [-0.8, 0.079, 0.077, 0.004],
    [-0.68, 0.068, 0.064, 0.004],
    [-0.56, 0.056, 0.054, 0.006],
    [-0.5, 0.052, 0.05, 0.008],
    [-0.44, 0.053, 0.05, 0],
    [-0.36, 0.06, 0.055, -0.01],
    [-0.24, 0.05, 0.048, -0.006],
    [-0.14, 0.045, 0.044, -0.004],
    [-0.085, 0.044, 0.043, -0.004],
    [-0.05, 0.04, 0.04, -0.004],
  ];
  const chain = [
    { bone: 'hips', at: 0, blend: 0 },
    { bone: 'leftUpperLeg', at: -0.97 * s, blend: 0.03 * s },
    { bone: 'leftLowerLeg', at: -p.leg.kneeY, blend: 0.045 * s },
    { bone: 'leftFoot', at: -p.leg.ankleY, blend: 0.03 * s },
  ] as const;
  tube(b, {
    origin: [p.leg.x, 0, 0],
    axis: [0, -1, 0],
    u: [0, 0, 1],
    sides: 10,
    rings: profileRings(
      stationsOf(table, s),
      (t) => {
        const [rz, rx, dz] = interpolate(table, t / s);
        return { ru: rz * s * girth, rv: rx * s * girth, du: dz * s };
      },
      () => colours.trousers,
      [],
      { start: -1.01 * s, end: -0.045 * s },
    ),
    weights: (_q, t) => chainWeights(chain, t),
  });
}

function shoe(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { s } = p;
  // z, half-height, half-width — 1.70 m figure. The sole sits on y = 0.
  const table = [
    [-0.06, 0.04, 0.036],
    [-0.04, 0.05, 0.043],
    [0.0, 0.052, 0.046],
    [0.05, 0.042, 0.05],
    [0.1, 0.032, 0.05],
    [0.14, 0.026, 0.045],
    [0.165, 0.02, 0.036],
  ];
  const chain = [
    { bone: 'leftFoot', at: 0, blend: 0 },
    { bone: 'leftToes', at: 0.09 * s, blend: 0.025 * s },
  ] as const;
  tube(b, {
    origin: [p.leg.x, 0, 0],
    axis: [0, 0, 1],
    u: [0, 1, 0],
    sides: 12,
    power: 3,
    rings: profileRings(
      stationsOf(table, s),
      (t) => {
        const [hh, hw] = interpolate(table, t / s);
        return { ru: hh * s, rv: hw * s, du: hh * s };
      },
      () => (c: number) => (c < -0.55 ? colours.soles : colours.shoes),
      [],
      { start: -0.066 * s, end: 0.178 * s },
    ),
    weights: (_q, t) => chainWeights(chain, t),
  });
}

export function buildBody(b: MeshBuilder, p: Proportions, colours: Palette, sleeves: 'short' | 'long'): void {
  torso(b, p, colours);
  neck(b, p, colours);
  b.bothSides(() => {
    arm(b, p, colours, sleeves);
    hand(b, p, colours);
    leg(b, p, colours);
    shoe(b, p, colours);
  });
}
