// The head without its face: the skull (skin), the ears and the hair, all on the head bone. The face features
// that move with expressions are in face.ts.

import type { HairStyle } from './avatars.ts';
import { ellipsoid, type MeshBuilder, type Palette, type Ring, tube, type Weights } from './mesh-builder.ts';
import { headPoint, jawNarrowing, type Proportions } from './proportions.ts';
import { add, smoothstep, type Vec3 } from './vec.ts';

const onHead = (): Weights => [['head', 1]];

function skull(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { centre, rx, ry, rz } = p.head;
  const rings: Ring[] = [];
  const bands = 14;
  for (let i = 0; i <= bands; i++) {
    const theta = Math.PI * (1 - i / bands);
    const h = Math.cos(theta);
    const r = i === 0 || i === bands ? 0 : Math.sin(theta);
    rings.push({ t: ry * h, ru: rz * r, rv: rx * jawNarrowing(h) * r, colour: colours.skin });
  }
  tube(b, { origin: centre, axis: [0, 1, 0], u: [0, 0, 1], sides: 18, rings, weights: onHead });
}

function ear(b: MeshBuilder, p: Proportions, colours: Palette): void {
  const { centre, rx, ry } = p.head;
  const k = p.head.rx / 0.081;
  const y = p.eye.centre[1] - 0.012 * k;
  const x = rx * jawNarrowing((y - centre[1]) / ry) * 0.96;
  const ears: Vec3 = [x, y, centre[2] - 0.012 * k];
  const tone = colours.skin.map((c) => c * 0.85) as [number, number, number];
  ellipsoid(b, ears, [0.011 * k, 0.026 * k, 0.017 * k], 5, 8, tone, onHead);
}

interface HairShape {
  /** Polar angle (from the crown, as a fraction of π) where the hair ends at the front, sides and back. */
  front: number;
  side: number;
  back: number;
  /** Azimuths (fractions of π) over which the hairline moves from front to side, and from side to back. */
  frontToSide: [number, number];
  sideToBack: [number, number];
  /** Thickness over the skull, and extra outward flare at the hair's lower edge (metres, 1.70 m figure). */
  thickness: number;
  flare: number;
  /** Depth (fraction of π) and count of the points cut into the hair's edge, like a fringe. */
  fringe: number;
  points: number;
}

const HAIR: Record<HairStyle, HairShape> = {
  bob: {
    front: 0.36,
    side: 0.74,
    back: 0.72,
    frontToSide: [0.27, 0.42],
    sideToBack: [0.6, 0.9],
    thickness: 0.015,
    flare: 0.02,
    fringe: 0.014,
    points: 18,
  },
  crop: {
    front: 0.3,
    side: 0.4,
    back: 0.62,
    frontToSide: [0.2, 0.45],
    sideToBack: [0.55, 0.9],
    thickness: 0.005,
    flare: 0,
    fringe: 0,
    points: 0,
  },
  bun: {
    front: 0.31,
    side: 0.43,
    back: 0.66,
    frontToSide: [0.22, 0.45],
    sideToBack: [0.55, 0.9],
    thickness: 0.008,
    flare: 0.002,
    fringe: 0.012,
    points: 18,
  },
};

function hair(b: MeshBuilder, p: Proportions, colours: Palette, style: HairStyle): void {
  const shape = HAIR[style];
  const columns = 36;
  const rows = 7;
  // 0 at the front of the face, 1 where the hair hangs down the sides and back: only there does it flare out.
  const sideness = (phi: number): number =>
    smoothstep(shape.frontToSide[0], shape.frontToSide[1], Math.abs(phi) / Math.PI);
  const edge = (phi: number): number => {
    const a = Math.abs(phi) / Math.PI;
    const toSide = smoothstep(shape.frontToSide[0], shape.frontToSide[1], a);
    const toBack = smoothstep(shape.sideToBack[0], shape.sideToBack[1], a);
    const cycle = ((((phi / (2 * Math.PI)) * shape.points) % 1) + 1) % 1;
    const jag = shape.fringe * (Math.abs(cycle - 0.5) * 2 - 0.5);
    return (
      Math.PI * (shape.front + (shape.side - shape.front) * toSide + (shape.back - shape.side) * toBack + jag)
    );
  };
  const crown = b.vertex(headPoint(p.head, 0, 0, shape.thickness * p.s), colours.hair, onHead());
  const grid: number[][] = [];
  for (let j = 0; j < columns; j++) {
    const phi = -Math.PI + (2 * Math.PI * j) / columns;
    const column: number[] = [crown];
    for (let k = 1; k <= rows; k++) {
      const f = k / rows;
      const grow = (shape.thickness + shape.flare * sideness(phi) * f * f * f) * p.s;
      column.push(b.vertex(headPoint(p.head, edge(phi) * f, phi, grow), colours.hair, onHead()));
    }
    grid.push(column);
  }
  const inside = p.head.centre;
  for (let j = 0; j < columns; j++) {
    const a = grid[j];
    const c = grid[(j + 1) % columns];
    for (let k = 0; k < rows; k++) {
      b.triangleFacingAway(a[k], a[k + 1], c[k + 1], inside);
      if (k > 0) b.triangleFacingAway(a[k], c[k + 1], c[k], inside);
    }
  }
  if (style === 'bun') {
    const bun = add(headPoint(p.head, Math.PI * 0.3, Math.PI, 0.01 * p.s), [0, 0.004 * p.s, -0.018 * p.s]);
    const r = 0.042 * p.s;
    ellipsoid(b, bun, [r * 1.1, r, r], 6, 10, colours.hair, onHead);
  }
}

export function buildHead(b: MeshBuilder, p: Proportions, colours: Palette, style: HairStyle): void {
  skull(b, p, colours);
  b.bothSides(() => ear(b, p, colours));
  hair(b, p, colours, style);
}
