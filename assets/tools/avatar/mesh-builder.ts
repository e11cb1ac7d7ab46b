// Builds skinned, vertex-coloured triangle meshes: a vertex/triangle accumulator that can mirror what it is given
// to the avatar's right side, a tube primitive (rings of an ellipse swept along an axis, closed by poles) that
// every limb, the torso and the head are made of, and the weighting of a tube's rings along a chain of bones.

import { BufferGeometry, Color, Float32BufferAttribute, Uint8BufferAttribute } from 'three';

import type { AvatarColours } from './avatars.ts';
import { type HumanBoneName, mirrorBoneName } from './skeleton.ts';
import { add, cross, dot, scale, smoothstep, sub, type Vec3 } from './vec.ts';

/** Linear-light RGB, as stored in a glTF COLOR_0 attribute. */
export type Rgb = [number, number, number];

/** Skin influences of one vertex: bone name and weight (normalised when stored; at most four kept). */
export type Weights = readonly (readonly [HumanBoneName, number])[];

/** An sRGB hex colour ('#rrggbb') in linear light, optionally darkened or lightened by a factor. */
export function rgb(hex: string, factor = 1): Rgb {
  const c = new Color(hex);
  return [c.r * factor, c.g * factor, c.b * factor];
}

export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

const toByte = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 255);

/** Skin weights (four per vertex, summing to 1) as bytes that sum to exactly 255, as glTF requires. */
function quantiseWeights(weights: readonly number[]): number[] {
  const out = weights.map(toByte);
  for (let v = 0; v < out.length; v += 4) {
    const sum = out[v] + out[v + 1] + out[v + 2] + out[v + 3];
    out[v] += 255 - sum; // the first weight is the largest, so it absorbs the rounding
  }
  return out;
}

export class MeshBuilder {
  readonly positions: number[] = [];
  readonly colours: number[] = [];
  readonly joints: number[] = [];
  readonly weights: number[] = [];
  readonly indices: number[] = [];
  /** While true, vertices are reflected to the other side (x → -x), `left…` bones become `right…` and the
   * triangle winding is reversed, so a part built for the left side comes out as the right one. */
  mirror = false;
  private readonly boneIndex: Readonly<Record<HumanBoneName, number>>;

  constructor(boneIndex: Readonly<Record<HumanBoneName, number>>) {
    this.boneIndex = boneIndex;
  }

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  /** Runs `build` once as given and once mirrored to the right side. */
  bothSides(build: () => void): void {
    build();
    this.mirror = true;
    try {
      build();
    } finally {
      this.mirror = false;
    }
  }

  vertex(p: Vec3, colour: Rgb, weights: Weights): number {
    this.positions.push(this.mirror ? -p[0] : p[0], p[1], p[2]);
    this.colours.push(colour[0], colour[1], colour[2]);
    const kept = [...weights]
      .filter(([, w]) => w > 1e-4)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    const total = kept.reduce((sum, [, w]) => sum + w, 0);
    for (let i = 0; i < 4; i++) {
      const entry = kept[i];
      if (entry === undefined) {
        this.joints.push(0);
        this.weights.push(0);
      } else {
        this.joints.push(this.boneIndex[this.mirror ? mirrorBoneName(entry[0]) : entry[0]]);
        this.weights.push(entry[1] / total);
      }
    }
    return this.vertexCount - 1;
  }

  /** A triangle, counter-clockwise seen from the front (as built, before any mirroring). */
  triangle(a: number, b: number, c: number): void {
    if (a === b || b === c || a === c) return;
    if (this.mirror) this.indices.push(a, c, b);
    else this.indices.push(a, b, c);
  }

  /** A triangle wound so that its front faces away from `inside` (for open sheets curved around a point). */
  triangleFacingAway(a: number, b: number, c: number, inside: Vec3): void {
    const p = (i: number): Vec3 => [
      (this.mirror ? -1 : 1) * this.positions[i * 3],
      this.positions[i * 3 + 1],
      this.positions[i * 3 + 2],
    ];
    const pa = p(a);
    const normal = cross(sub(p(b), pa), sub(p(c), pa));
    const centroid = scale(add(add(pa, p(b)), p(c)), 1 / 3);
    if (dot(normal, sub(centroid, inside)) >= 0) this.triangle(a, b, c);
    else this.triangle(a, c, b);
  }

  get triangleCount(): number {
    return this.indices.length / 3;
  }

  /** Positions only, for diffing one build of a mesh against another (morph targets). */
  positionArray(): Float32Array {
    return new Float32Array(this.positions);
  }

  toGeometry(): BufferGeometry {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    // Colours and skin weights as normalised bytes, bone indices as bytes (fewer than 256 bones): a quarter of
    // the size of floats, and all glTF allows for COLOR_0, JOINTS_0 and WEIGHTS_0.
    geometry.setAttribute('color', new Uint8BufferAttribute(this.colours.map(toByte), 3, true));
    geometry.setAttribute('skinIndex', new Uint8BufferAttribute(this.joints, 4));
    geometry.setAttribute('skinWeight', new Uint8BufferAttribute(quantiseWeights(this.weights), 4, true));
    geometry.setIndex(this.indices);
    geometry.computeVertexNormals();
    return geometry;
  }
}

/** One ring of a tube: at `t` along the axis, semi-axes `ru` (along u) and `rv` (along v), centre offset by
 * (du, dv). A ring with both radii 0 is a single pole vertex. Consecutive rings at the same `t` are not joined:
 * that is a hard colour seam. `colour` may depend on the direction around the ring (cos, sin of the angle). */
export interface Ring {
  t: number;
  ru: number;
  rv: number;
  du?: number;
  dv?: number;
  colour: Rgb | ((c: number, s: number) => Rgb);
}

export interface TubeOptions {
  origin: Vec3;
  /** Unit axis the rings are stacked along; `t` of the rings must increase. */
  axis: Vec3;
  /** Unit vector across the axis; the tube's other cross axis is axis × u. */
  u: Vec3;
  rings: readonly Ring[];
  sides: number;
  /** Superellipse exponent of the cross-section: 2 is an ellipse, larger is boxier. */
  power?: number;
  weights: (p: Vec3, t: number) => Weights;
}

export function tube(builder: MeshBuilder, options: TubeOptions): void {
  const { origin, axis, u, rings, sides } = options;
  const v = cross(axis, u);
  const power = options.power ?? 2;
  const shape = (x: number): number => Math.sign(x) * Math.abs(x) ** (2 / power);
  const ringVertices: number[][] = rings.map((ring) => {
    const centre = add(add(origin, scale(axis, ring.t)), add(scale(u, ring.du ?? 0), scale(v, ring.dv ?? 0)));
    const colourAt = (c: number, s: number): Rgb =>
      typeof ring.colour === 'function' ? ring.colour(c, s) : ring.colour;
    if (ring.ru === 0 && ring.rv === 0) {
      const id = builder.vertex(centre, colourAt(0, 0), options.weights(centre, ring.t));
      return new Array<number>(sides).fill(id);
    }
    const ids: number[] = [];
    for (let j = 0; j < sides; j++) {
      const angle = (2 * Math.PI * j) / sides;
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      const p = add(centre, add(scale(u, ring.ru * shape(c)), scale(v, ring.rv * shape(s))));
      ids.push(builder.vertex(p, colourAt(c, s), options.weights(p, ring.t)));
    }
    return ids;
  });
  for (let i = 0; i + 1 < rings.length; i++) {
    if (rings[i].t === rings[i + 1].t) continue;
    const lower = ringVertices[i];
    const upper = ringVertices[i + 1];
    for (let j = 0; j < sides; j++) {
      const k = (j + 1) % sides;
      builder.triangle(lower[j], lower[k], upper[j]);
      builder.triangle(lower[k], upper[k], upper[j]);
    }
  }
}

/** An ellipsoid (poles on ±Y) made of `rings` bands and `sides` segments. */
export function ellipsoid(
  builder: MeshBuilder,
  centre: Vec3,
  radii: Vec3,
  rings: number,
  sides: number,
  colour: Ring['colour'],
  weights: TubeOptions['weights'],
): void {
  const list: Ring[] = [];
  for (let i = 0; i <= rings; i++) {
    const theta = Math.PI * (1 - i / rings);
    const r = i === 0 || i === rings ? 0 : Math.sin(theta);
    list.push({ t: radii[1] * Math.cos(theta), ru: radii[2] * r, rv: radii[0] * r, colour });
  }
  tube(builder, { origin: centre, axis: [0, 1, 0], u: [0, 0, 1], rings: list, sides, weights });
}

/** A bone along a chain, starting at coordinate `at` (the previous bone ends there), with a blend half-width. */
export interface ChainLink {
  bone: HumanBoneName;
  at: number;
  blend: number;
}

/** Weights along a chain of bones laid out along one coordinate: each bone owns the span from its joint to the
 * next one, and the weight crosses over smoothly within ±blend of each joint, so a bend deforms the surface
 * around the joint instead of creasing it. The first link's `at` is ignored (it owns everything before). */
export function chainWeights(chain: readonly ChainLink[], x: number): Weights {
  const beyond = chain.map((link, i) =>
    i === 0 ? 1 : smoothstep(link.at - link.blend, link.at + link.blend, x),
  );
  beyond.push(0);
  return chain.map((link, i) => [link.bone, beyond[i] * (1 - beyond[i + 1])] as const);
}

/** Turns a radius profile into tube rings: one ring at each `t`, plus a duplicate ring at each seam (where the
 * colour changes), and poles `capStart`/`capEnd` beyond the ends if given. */
export function profileRings(
  ts: readonly number[],
  radii: (t: number) => { ru: number; rv: number; du?: number; dv?: number },
  colour: (t: number) => Ring['colour'],
  seams: readonly number[] = [],
  caps: { start?: number; end?: number } = {},
): Ring[] {
  const stations = [...new Set([...ts, ...seams])].sort((a, b) => a - b);
  const rings: Ring[] = [];
  if (caps.start !== undefined) {
    const first = radii(stations[0]);
    rings.push({ t: caps.start, ru: 0, rv: 0, du: first.du, dv: first.dv, colour: colour(stations[0]) });
  }
  const eps = 1e-6;
  for (const t of stations) {
    const r = radii(t);
    if (seams.includes(t)) {
      rings.push({ t, ...r, colour: colour(t - eps) });
      rings.push({ t, ...r, colour: colour(t + eps) });
    } else {
      rings.push({ t, ...r, colour: colour(t) });
    }
  }
  if (caps.end !== undefined) {
    const last = radii(stations[stations.length - 1]);
    rings.push({
      t: caps.end,
      ru: 0,
      rv: 0,
      du: last.du,
      dv: last.dv,
      colour: colour(stations[stations.length - 1]),
    });
  }
  return rings;
}

export type Palette = Record<keyof AvatarColours, Rgb>;

/** The avatar's colours in linear light. */
export function palette(colours: AvatarColours): Palette {
  const entries = Object.entries(colours).map(([key, hex]) => [key, rgb(hex)] as const);
  return Object.fromEntries(entries) as Palette;
}
