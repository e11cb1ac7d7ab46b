// The face: eyeballs (on the eye bones, so lookAt turns them), eyelids, brows, nose and mouth, built from a small
// set of face parameters. An expression is a set of parameters; its morph target is the difference between the
// face built with those parameters and the neutral face, so every expression really moves the lids, brows and
// lips. The topology never depends on the parameters, only the positions do.

import { Float32BufferAttribute, type BufferGeometry } from 'three';

import {
  ellipsoid,
  MeshBuilder,
  type Palette,
  type Rgb,
  type Ring,
  rgb,
  tube,
  type Weights,
} from './mesh-builder.ts';
import { headFrontZ, type Proportions } from './proportions.ts';
import type { HumanBoneName } from './skeleton.ts';
import { lerp, type Vec3 } from './vec.ts';

/** [left, right] — the avatar's own left (+X) and right. */
type Pair = readonly [number, number];

export interface FaceParams {
  /** 0 at rest, 1 closed; below 0 opens the eye wider. */
  upperLid: Pair;
  /** 0 at rest, 1 raised halfway up the eye (a squint or smile). */
  lowerLid: Pair;
  /** Vertical move of the inner and outer ends of each brow, in metres for the reference head. */
  browInner: Pair;
  browOuter: Pair;
  /** Brows drawn together, metres. */
  browSqueeze: number;
  /** Jaw drop, 0 (closed) to 1 (wide open). */
  mouthOpen: number;
  /** -1 narrow … 1 wide. */
  mouthWide: number;
  /** 0 … 1: lips rounded and pushed forward. */
  mouthRound: number;
  /** -1 corners down … 1 corners up. */
  smile: number;
}

export const NEUTRAL_FACE: FaceParams = {
  upperLid: [0, 0],
  lowerLid: [0, 0],
  browInner: [0, 0],
  browOuter: [0, 0],
  browSqueeze: 0,
  mouthOpen: 0,
  mouthWide: 0,
  mouthRound: 0,
  smile: 0,
};

export type ExpressionOverride = 'none' | 'block' | 'blend';

export interface ExpressionDef {
  name: string;
  /** A VRM 1.0 preset name, or a custom expression. */
  preset: boolean;
  face: Partial<FaceParams>;
  overrideBlink?: ExpressionOverride;
  overrideMouth?: ExpressionOverride;
}

const both = (v: number): Pair => [v, v];

/** The expressions every avatar has, in morph-target order. */
export const EXPRESSIONS: readonly ExpressionDef[] = [
  {
    name: 'happy',
    preset: true,
    face: {
      smile: 1,
      mouthOpen: 0.15,
      mouthWide: 0.1,
      upperLid: both(0.4),
      lowerLid: both(0.55),
      browOuter: both(0.002),
    },
    overrideBlink: 'blend',
  },
  {
    name: 'angry',
    preset: true,
    face: {
      browInner: both(-0.006),
      browOuter: both(0.002),
      browSqueeze: 0.004,
      smile: -0.45,
      mouthWide: 0.15,
      upperLid: both(0.25),
      lowerLid: both(0.3),
    },
    overrideBlink: 'blend',
  },
  {
    name: 'sad',
    preset: true,
    face: {
      browInner: both(0.006),
      browOuter: both(-0.003),
      smile: -0.8,
      mouthWide: -0.1,
      upperLid: both(0.3),
    },
    overrideBlink: 'blend',
  },
  {
    name: 'relaxed',
    preset: true,
    face: { smile: 0.45, upperLid: both(0.5), lowerLid: both(0.15) },
    overrideBlink: 'blend',
  },
  {
    name: 'surprised',
    preset: true,
    face: {
      mouthOpen: 0.75,
      mouthRound: 0.55,
      browInner: both(0.009),
      browOuter: both(0.008),
      upperLid: both(-0.5),
      lowerLid: both(-0.3),
    },
    overrideBlink: 'blend',
    overrideMouth: 'blend',
  },
  { name: 'aa', preset: true, face: { mouthOpen: 1, mouthWide: 0.1 } },
  { name: 'ih', preset: true, face: { mouthOpen: 0.25, mouthWide: 0.75, smile: 0.15 } },
  { name: 'ou', preset: true, face: { mouthOpen: 0.3, mouthRound: 1, mouthWide: -0.55 } },
  { name: 'ee', preset: true, face: { mouthOpen: 0.5, mouthWide: 0.45 } },
  { name: 'oh', preset: true, face: { mouthOpen: 0.75, mouthRound: 0.75, mouthWide: -0.3 } },
  { name: 'blink', preset: true, face: { upperLid: both(1) } },
  { name: 'blinkLeft', preset: true, face: { upperLid: [1, 0] } },
  { name: 'blinkRight', preset: true, face: { upperLid: [0, 1] } },
  { name: 'browInnerUp', preset: false, face: { browInner: both(0.009), browOuter: both(0.002) } },
  {
    name: 'browDown',
    preset: false,
    face: { browInner: both(-0.006), browOuter: both(-0.004), browSqueeze: 0.002 },
  },
];

const EYE_WHITE = rgb('#f2efea');
const PUPIL = rgb('#0c0a0a');
const LASHES = rgb('#241a16');
const MOUTH_INSIDE = rgb('#4a1a1c');

const DEG = Math.PI / 180;

function eye(b: MeshBuilder, p: Proportions, colours: Palette, face: FaceParams): void {
  const side = b.mirror ? 1 : 0;
  const E = p.eye.centre;
  const R = p.eye.radius;
  const onEye = (): Weights => [['leftEye', 1]];
  const onHead = (): Weights => [['head', 1]];

  // Eyeball, poles on the gaze axis (+Z), then the iris and pupil as a cap just above its front.
  const ball: Ring[] = [180, 130, 90, 60, 35, 0].map((deg, i, all) => {
    const a = deg * DEG;
    const pole = i === 0 || i === all.length - 1;
    return {
      t: R * Math.cos(a),
      ru: pole ? 0 : R * Math.sin(a),
      rv: pole ? 0 : R * Math.sin(a),
      colour: EYE_WHITE,
    };
  });
  tube(b, { origin: E, axis: [0, 0, 1], u: [0, 1, 0], sides: 10, rings: ball, weights: onEye });
  const iris = colours.iris;
  const capRadius = R * 1.012;
  const cap: [number, Rgb][] = [
    [27, iris.map((c) => c * 0.5) as Rgb],
    [22, iris],
    [10, iris.map((c) => Math.min(1, c * 1.3)) as Rgb],
    [10, PUPIL],
    [0, PUPIL],
  ];
  tube(b, {
    origin: E,
    axis: [0, 0, 1],
    u: [0, 1, 0],
    sides: 10,
    rings: cap.map(([deg, colour]) => {
      const a = deg * DEG;
      const r = capRadius * Math.sin(a);
      return { t: capRadius * Math.cos(a), ru: r, rv: r, colour };
    }),
    weights: onEye,
  });

  // Eyelids: shells a little larger than the eyeball, swept in elevation from behind the top (bottom) of the
  // eye to the lid's edge. The edges follow almond-shaped curves; the parameters move them.
  const columns = 9;
  const azimuths = Array.from({ length: columns }, (_, j) => (-80 + (160 * j) / (columns - 1)) * DEG);
  const upperRest = (az: number): number => (30 - 22 * (az / (90 * DEG)) ** 2) * DEG;
  const lowerRest = (az: number): number => (-32 + 18 * (az / (90 * DEG)) ** 2) * DEG;
  const closed = (az: number): number => lowerRest(az) - 3 * DEG;
  const raised = (az: number): number => (-4 + 10 * (az / (90 * DEG)) ** 2) * DEG;
  const skin = colours.skin;
  const lid = (
    radius: number,
    from: number,
    edge: (az: number) => number,
    rows: readonly (readonly [number, Rgb])[],
  ): void => {
    const grid = azimuths.map((az) =>
      rows.map(([f, colour]) => {
        const el = lerp(from, edge(az), f);
        const q: Vec3 = [
          E[0] + radius * Math.cos(el) * Math.sin(az),
          E[1] + radius * Math.sin(el),
          E[2] + radius * Math.cos(el) * Math.cos(az),
        ];
        return b.vertex(q, colour, onHead());
      }),
    );
    for (let j = 0; j + 1 < columns; j++) {
      for (let k = 0; k + 1 < rows.length; k++) {
        if (rows[k][0] === rows[k + 1][0]) continue;
        const [a, c] = [grid[j][k], grid[j + 1][k]];
        const [a2, c2] = [grid[j][k + 1], grid[j + 1][k + 1]];
        b.triangleFacingAway(a, a2, c, E);
        b.triangleFacingAway(c, a2, c2, E);
      }
    }
  };
  const up = face.upperLid[side];
  lid(1.1 * R, 100 * DEG, (az) => lerp(upperRest(az), closed(az), up), [
    [0, skin],
    [0.2, skin],
    [0.4, skin],
    [0.58, skin],
    [0.74, skin],
    [0.87, skin],
    [0.87, LASHES],
    [1, LASHES],
  ]);
  const low = face.lowerLid[side];
  const lowerTone = skin.map((c) => c * 0.9) as Rgb;
  lid(1.07 * R, -100 * DEG, (az) => lerp(lowerRest(az), raised(az), low), [
    [0, skin],
    [0.3, skin],
    [0.6, skin],
    [0.85, skin],
    [1, lowerTone],
  ]);
}

function brow(b: MeshBuilder, p: Proportions, colours: Palette, face: FaceParams, k: number): void {
  const side = b.mirror ? 1 : 0;
  const baseY = p.eye.centre[1] + 0.026 * k;
  const inner = face.browInner[side] * k;
  const outer = face.browOuter[side] * k;
  const colour = colours.hair.map((c) => c * 0.8) as Rgb;
  const stations = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const x = lerp(0.011, 0.05, f) * k - face.browSqueeze * k * (1 - f);
    const dy = 0.004 * k * Math.sin(Math.PI * (0.25 + 0.75 * f)) + lerp(inner, outer, f);
    const z = headFrontZ(p.head, x, baseY + dy) + 0.0018 * k;
    return { f, x, dy, z };
  });
  const first = stations[0];
  const last = stations[stations.length - 1];
  const rings: Ring[] = [
    { t: first.x - 0.003 * k, ru: 0, rv: 0, du: first.dy, dv: first.z, colour },
    ...stations.map(({ f, x, dy, z }) => ({
      t: x,
      ru: 0.0034 * k * (1 - 0.4 * f),
      rv: 0.0022 * k,
      du: dy,
      dv: z,
      colour,
    })),
    { t: last.x + 0.003 * k, ru: 0, rv: 0, du: last.dy, dv: last.z, colour },
  ];
  tube(b, {
    origin: [0, baseY, 0],
    axis: [1, 0, 0],
    u: [0, 1, 0],
    sides: 6,
    rings,
    weights: () => [['head', 1]],
  });
}

function nose(b: MeshBuilder, p: Proportions, colours: Palette, k: number): void {
  const y = p.noseY;
  const base = headFrontZ(p.head, 0, y) - 0.006 * k;
  const tone = colours.skin.map((c) => c * 0.92) as Rgb;
  const rings: Ring[] = [
    { t: base, ru: 0.022 * k, rv: 0.01 * k, du: 0.008 * k, colour: tone },
    { t: base + 0.01 * k, ru: 0.013 * k, rv: 0.0085 * k, du: -0.002 * k, colour: tone },
    { t: base + 0.017 * k, ru: 0.0065 * k, rv: 0.0075 * k, du: -0.006 * k, colour: tone },
    { t: base + 0.021 * k, ru: 0, rv: 0, du: -0.007 * k, colour: tone },
  ];
  tube(b, {
    origin: [0, y, 0],
    axis: [0, 0, 1],
    u: [0, 1, 0],
    sides: 8,
    rings,
    weights: () => [['head', 1]],
  });
  const nostril = colours.skin.map((c) => c * 0.4) as Rgb;
  b.bothSides(() =>
    ellipsoid(
      b,
      [0.0052 * k, y - 0.0128 * k, base + 0.0125 * k],
      [0.003 * k, 0.0019 * k, 0.003 * k],
      3,
      6,
      nostril,
      () => [['head', 1]],
    ),
  );
}

function mouth(b: MeshBuilder, p: Proportions, colours: Palette, face: FaceParams, k: number): void {
  const segments = 16;
  const { mouthOpen: open, mouthWide: wide, mouthRound: round, smile } = face;
  const halfWidth = 0.024 * k * (1 + 0.3 * wide + 0.12 * Math.max(smile, 0)) * (1 - 0.4 * round);
  const restOpening = 0.0012 * k;
  const opening = restOpening + 0.015 * k * open + 0.004 * k * round * open;
  const centreY = p.mouthY - 0.45 * (opening - restOpening);
  const lift = (c: number): number => smile * k * (0.0075 * c * c - 0.001);
  const pushed = 0.006 * k * round;
  // Levels out from the centre: [scale of the opening, extra half-width, lip thickness share, z lift, colour].
  const levels: [number, number, number, number, Rgb][] = [
    [0.55, 0, 0, 0.0012 * k, MOUTH_INSIDE],
    [1, 0, 0, 0.0012 * k, MOUTH_INSIDE],
    [1, 0, 0, 0.0014 * k, colours.lips],
    [1, 0.002 * k, 0.6, 0.003 * k + pushed, colours.lips],
    [1, 0.0045 * k, 1, 0.0012 * k + 0.4 * pushed, colours.lips],
  ];
  const onHead = (): Weights => [['head', 1]];
  const at = (x: number, y: number, lift: number): Vec3 => [x, y, headFrontZ(p.head, x, y) + lift];
  const centre = b.vertex(at(0, centreY + lift(0), 0.0012 * k), MOUTH_INSIDE, onHead());
  const rings = levels.map(([scaleOpening, extraWidth, lipShare, zLift, colour]) =>
    Array.from({ length: segments }, (_, j) => {
      const a = (2 * Math.PI * j) / segments;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const lip = (s > 0 ? 0.0045 : 0.0058) * k * (1 + 0.4 * round) * lipShare;
      const x = (halfWidth * scaleOpening + extraWidth) * c;
      const y = centreY + (opening * scaleOpening + lip) * s + lift(c);
      return b.vertex(at(x, y, zLift), colour, onHead());
    }),
  );
  const inside = p.head.centre;
  for (let j = 0; j < segments; j++) {
    const n = (j + 1) % segments;
    b.triangleFacingAway(centre, rings[0][j], rings[0][n], inside);
    for (let l = 0; l + 1 < rings.length; l++) {
      if (l === 1) continue; // the seam between the inside of the mouth and the lips
      b.triangleFacingAway(rings[l][j], rings[l + 1][j], rings[l][n], inside);
      b.triangleFacingAway(rings[l][n], rings[l + 1][j], rings[l + 1][n], inside);
    }
  }
}

function buildFeatures(b: MeshBuilder, p: Proportions, colours: Palette, face: FaceParams): void {
  const k = p.head.rx / 0.081;
  b.bothSides(() => {
    eye(b, p, colours, face);
    brow(b, p, colours, face, k);
  });
  nose(b, p, colours, k);
  mouth(b, p, colours, face, k);
}

export interface FaceMesh {
  geometry: BufferGeometry;
  triangles: number;
}

/** The face geometry with one relative morph target per expression, named after it, in EXPRESSIONS order. */
export function buildFace(
  p: Proportions,
  colours: Palette,
  boneIndex: Readonly<Record<HumanBoneName, number>>,
): FaceMesh {
  const rest = new MeshBuilder(boneIndex);
  buildFeatures(rest, p, colours, NEUTRAL_FACE);
  const geometry = rest.toGeometry();
  const base = rest.positionArray();
  geometry.morphAttributes.position = EXPRESSIONS.map((expression) => {
    const posed = new MeshBuilder(boneIndex);
    buildFeatures(posed, p, colours, { ...NEUTRAL_FACE, ...expression.face });
    const moved = posed.positionArray();
    const delta = new Float32Array(moved.length);
    for (let i = 0; i < moved.length; i++) delta[i] = Math.fround(moved[i] - base[i]);
    const attribute = new Float32BufferAttribute(delta, 3);
    attribute.name = expression.name;
    return attribute;
  });
  geometry.morphTargetsRelative = true;
  return { geometry, triangles: rest.triangleCount };
}
