// Procedural sculptures for the demo gallery's plinths. Each builder is pure and deterministic (seeded, no
// Math.random) and returns a THREE.Group standing on y = 0, centred on x = z = 0, in metres, +Y up, made of
// meshes with plain MeshStandardMaterials (colour, metalness, roughness, sometimes vertex colours; no
// textures), so the model exports to a small self-contained .glb that any glTF viewer shows the same way.

import {
  BufferAttribute,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Group,
  IcosahedronGeometry,
  Mesh,
  MeshStandardMaterial,
  TorusKnotGeometry,
  Vector3,
} from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';

import { seededRandom } from '@prostudio/protocol';

export type SculptureBuilder = () => Group;

type Random = () => number;

// ---------------------------------------------------------------------------------------------------------
// Helpers

interface Finish {
  color: string;
  metalness: number;
  roughness: number;
  /** Multiply the colour by the geometry's `color` attribute (patina, mottling). */
  vertexColors?: boolean;
}

function material(name: string, finish: Finish): MeshStandardMaterial {
  return new MeshStandardMaterial({
    name,
    color: new Color(finish.color),
    metalness: finish.metalness,
    roughness: finish.roughness,
    vertexColors: finish.vertexColors ?? false,
  });
}

/** Nothing here is textured, so texture coordinates would only make the .glb bigger. */
function withoutUvs<G extends BufferGeometry>(geometry: G): G {
  geometry.deleteAttribute('uv');
  return geometry;
}

function mesh(name: string, geometry: BufferGeometry, mat: MeshStandardMaterial): Mesh {
  const out = new Mesh(withoutUvs(geometry), mat);
  out.name = name;
  return out;
}

function smoothstep(edge0: number, edge1: number, v: number): number {
  const t = Math.min(1, Math.max(0, (v - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** A smooth, seeded scalar field on 3D space: a few plane waves in random directions. Enough for pebbles and
 * patina, with no lattice artefacts and nothing to tabulate. */
function waveNoise(random: Random, waves: number, minFrequency: number, maxFrequency: number) {
  const terms = Array.from({ length: waves }, (_, i) => {
    const z = random() * 2 - 1;
    const angle = random() * Math.PI * 2;
    const r = Math.sqrt(1 - z * z);
    const frequency = minFrequency + (maxFrequency - minFrequency) * (i / Math.max(1, waves - 1));
    return {
      k: new Vector3(r * Math.cos(angle), z, r * Math.sin(angle)).multiplyScalar(frequency),
      phase: random() * Math.PI * 2,
      amplitude: 1 / (1 + i * 0.6),
    };
  });
  const total = terms.reduce((sum, t) => sum + t.amplitude, 0);
  /** Roughly in [-1, 1]. */
  return (p: Vector3): number =>
    terms.reduce((sum, t) => sum + t.amplitude * Math.sin(t.k.dot(p) + t.phase), 0) / total;
}

/** Sets a per-vertex colour attribute from a function of vertex position and normal. */
function paintVertices(geometry: BufferGeometry, shade: (p: Vector3, n: Vector3, out: Color) => void): void {
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  const colours = new Float32Array(position.count * 3);
  const p = new Vector3();
  const n = new Vector3();
  const c = new Color();
  for (let i = 0; i < position.count; i++) {
    p.fromBufferAttribute(position, i);
    n.fromBufferAttribute(normal, i);
    shade(p, n, c);
    colours.set([c.r, c.g, c.b], i * 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
}

// ---------------------------------------------------------------------------------------------------------
// 1. Tidal Knot: a trefoil knot in patinated bronze, balanced on one lobe above a stone block.

const KNOT_RADIUS = 0.2;
const KNOT_TUBE = 0.052;

/** A square block with rounded edges standing on the floor: the foot a sculpture rests on. */
function standingBlock(width: number, height: number, radius: number, surface: MeshStandardMaterial): Mesh {
  const block = mesh('base', new RoundedBoxGeometry(width, height, width, 2, radius), surface);
  block.position.y = height / 2;
  return block;
}

export function tidalKnot(): Group {
  const random = seededRandom(0x5c01_0001);
  const group = new Group();
  group.name = 'Tidal Knot';

  const baseHeight = 0.06;
  group.add(
    standingBlock(
      0.3,
      baseHeight,
      0.008,
      material('slate', { color: '#3d3f42', metalness: 0, roughness: 0.85 }),
    ),
  );

  // The (2, 3) knot lies in the XY plane with its three lobes at 0°, 120° and 240°; turned by -90° about Z,
  // one lobe points straight down and the knot balances on it like a wave on its crest.
  const knotGeometry = new TorusKnotGeometry(KNOT_RADIUS, KNOT_TUBE, 240, 26, 2, 3);
  knotGeometry.rotateZ(-Math.PI / 2);
  knotGeometry.computeBoundingBox();
  const lowest = knotGeometry.boundingBox!.min.y;

  // Verdigris settles in the knot's inner curves and on upward faces; the outer, handled surfaces stay bronze.
  const bronze = new Color('#6f4d2c');
  const verdigris = new Color('#4f8573');
  const blotches = waveNoise(random, 9, 18, 60);
  const centre = new Vector3();
  paintVertices(knotGeometry, (p, n, out) => {
    const inward = -n.dot(centre.copy(p).setZ(0).normalize());
    const patina = smoothstep(-0.1, 0.8, inward * 0.6 + n.y * 0.3 + blotches(p) * 1.6);
    out.copy(bronze).lerp(verdigris, patina * 0.85);
  });
  const knot = mesh(
    'knot',
    knotGeometry,
    material('patinated bronze', { color: '#ffffff', metalness: 0.85, roughness: 0.42, vertexColors: true }),
  );
  const stemHeight = 0.05;
  knot.position.y = baseHeight + stemHeight - lowest - KNOT_TUBE * 0.35;
  group.add(knot);

  const stem = mesh(
    'stem',
    new CylinderGeometry(0.012, 0.016, stemHeight + KNOT_TUBE * 0.6, 20, 1),
    material('dark bronze', { color: '#4a3a26', metalness: 0.9, roughness: 0.45 }),
  );
  stem.position.y = baseHeight + (stemHeight + KNOT_TUBE * 0.6) / 2 - 0.001;
  group.add(stem);

  return group;
}

// ---------------------------------------------------------------------------------------------------------
// 2. Cairn for a Slow River: six water-smoothed stones balanced one on another.

interface Stone {
  /** Half-width across the stone, before the squash. */
  radius: number;
  /** Height as a share of the width. */
  squash: number;
  color: string;
}

const STONES: Stone[] = [
  { radius: 0.165, squash: 0.5, color: '#7d7a74' },
  { radius: 0.135, squash: 0.58, color: '#a88452' },
  { radius: 0.118, squash: 0.5, color: '#5f5d5a' },
  { radius: 0.098, squash: 0.62, color: '#b9ab92' },
  { radius: 0.082, squash: 0.55, color: '#8e6a3e' },
  { radius: 0.062, squash: 0.7, color: '#9b9892' },
];

/** A river stone: an icosphere pushed in and out by smooth noise, flattened, with faint mineral mottling. */
function stoneGeometry(stone: Stone, random: Random): BufferGeometry {
  // Detail 9 is 2000 triangles: smooth enough to read as water-worn, and six stones stay in budget.
  const geometry = mergeVertices(withoutUvs(new IcosahedronGeometry(1, 9)));
  const shape = waveNoise(random, 6, 1.3, 3.6);
  const stretch = new Vector3(1.05 + random() * 0.3, stone.squash, 0.85 + random() * 0.1);
  // One end a little fuller than the other, as stones wear unevenly.
  const lean = (random() - 0.5) * 0.16;
  const position = geometry.getAttribute('position');
  const p = new Vector3();
  for (let i = 0; i < position.count; i++) {
    p.fromBufferAttribute(position, i).normalize();
    // Flatter below and above, as stones that are meant to bear weight are chosen.
    const bump = 1 + 0.45 * shape(p) + lean * p.x - 0.1 * Math.abs(p.y) ** 3;
    p.multiplyScalar(bump * stone.radius).multiply(stretch);
    position.setXYZ(i, p.x, p.y, p.z);
  }
  geometry.computeVertexNormals();

  // In metres now: grain a few millimetres across, a vein every ten centimetres or so.
  const mottle = waveNoise(random, 10, 40, 150);
  const band = waveNoise(random, 2, 30, 45);
  paintVertices(geometry, (q, _n, out) => {
    // A pale quartz vein here and there, and fine speckle everywhere.
    const v = Math.min(1, 0.82 + 0.6 * mottle(q) + 0.14 * smoothstep(0.8, 0.95, band(q)));
    out.setRGB(v, v, v);
  });
  return geometry;
}

function highestNear(geometry: BufferGeometry, at: Mesh, x: number, z: number, reach: number): number {
  const position = geometry.getAttribute('position');
  const p = new Vector3();
  let top = -Infinity;
  at.updateMatrixWorld(true);
  for (let i = 0; i < position.count; i++) {
    p.fromBufferAttribute(position, i).applyMatrix4(at.matrixWorld);
    if (Math.hypot(p.x - x, p.z - z) < reach) top = Math.max(top, p.y);
  }
  return top;
}

export function cairnForASlowRiver(): Group {
  const random = seededRandom(0x5c01_0002);
  const group = new Group();
  group.name = 'Cairn for a Slow River';

  let below: Mesh | null = null;
  for (const [i, stone] of STONES.entries()) {
    const geometry = stoneGeometry(stone, random);
    const stoneMesh = mesh(
      `stone-${i + 1}`,
      geometry,
      material(`stone ${i + 1}`, { color: stone.color, metalness: 0, roughness: 0.78, vertexColors: true }),
    );
    stoneMesh.rotation.set((random() - 0.5) * 0.3, random() * Math.PI * 2, (random() - 0.5) * 0.3);
    // Each stone sits a little off the one below, drifting back and forth like a river's line.
    const x = i === 0 ? 0 : Math.sin(i * 2.1) * 0.026;
    const z = i === 0 ? 0 : Math.cos(i * 1.7) * 0.02;
    stoneMesh.position.set(x, 0, z);
    stoneMesh.updateMatrixWorld(true);
    const bottom = lowestOf(geometry, stoneMesh);
    const rest = below === null ? 0 : highestNear(below.geometry, below, x, z, stone.radius * 0.35) - 0.006;
    stoneMesh.position.y = rest - bottom;
    group.add(stoneMesh);
    below = stoneMesh;
  }

  // Centre the footprint on the axis: the bottom stone's noise makes it slightly lopsided.
  return recentre(group);
}

function lowestOf(geometry: BufferGeometry, at: Mesh): number {
  const position = geometry.getAttribute('position');
  const p = new Vector3();
  let low = Infinity;
  for (let i = 0; i < position.count; i++) {
    low = Math.min(low, p.fromBufferAttribute(position, i).applyMatrix4(at.matrixWorld).y);
  }
  return low;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Spiral Stair: 28 thin slabs, each turned a little further than the one below.

const SLABS = 28;
const SLAB_THICKNESS = 0.021;
const SLAB_GAP = 0.005;
const TURN_PER_SLAB = (6.5 * Math.PI) / 180;

export function spiralStair(): Group {
  const group = new Group();
  group.name = 'Spiral Stair';

  const plinthHeight = 0.045;
  group.add(
    standingBlock(
      0.22,
      plinthHeight,
      0.006,
      material('charcoal', { color: '#2e2c2a', metalness: 0, roughness: 0.7 }),
    ),
  );

  // The spine runs from the plinth to just under the top slab's upper face, seen only in the gaps.
  const stackHeight = SLABS * (SLAB_THICKNESS + SLAB_GAP) - SLAB_GAP - 0.004;
  const spine = mesh(
    'spine',
    new CylinderGeometry(0.009, 0.009, stackHeight, 16, 1),
    material('brass', { color: '#b08d4a', metalness: 1, roughness: 0.35 }),
  );
  spine.position.y = plinthHeight + stackHeight / 2;
  group.add(spine);

  const finishes = {
    ash: material('pale ash', { color: '#d8c29c', metalness: 0, roughness: 0.62 }),
    ivory: material('ivory', { color: '#eee6d3', metalness: 0, roughness: 0.45 }),
    accent: material('vermilion', { color: '#b83a26', metalness: 0, roughness: 0.5 }),
  };
  // One slab shape for all 28, stretched per slab, so the .glb stores it once (28 copies would be ~600 kB).
  const slabLength = 0.35;
  const slabGeometry = mergeVertices(
    withoutUvs(new RoundedBoxGeometry(slabLength, SLAB_THICKNESS, 0.09, 2, 0.005)),
  );
  for (let i = 0; i < SLABS; i++) {
    // The slabs shorten a little towards the top, so the stair seems to climb away from the viewer.
    const length = 0.4 - 0.1 * (i / (SLABS - 1));
    const finish = i % 7 === 3 ? finishes.accent : i % 2 === 0 ? finishes.ash : finishes.ivory;
    const slab = mesh(`slab-${i + 1}`, slabGeometry, finish);
    slab.scale.x = length / slabLength;
    slab.position.y = plinthHeight + SLAB_GAP / 2 + i * (SLAB_THICKNESS + SLAB_GAP) + SLAB_THICKNESS / 2;
    slab.rotation.y = i * TURN_PER_SLAB;
    group.add(slab);
  }
  return group;
}

// ---------------------------------------------------------------------------------------------------------

/** Moves a group's children so its bounding box is centred on x = z = 0 with its base on y = 0. */
function recentre(group: Group): Group {
  group.updateMatrixWorld(true);
  const min = new Vector3(Infinity, Infinity, Infinity);
  const max = new Vector3(-Infinity, -Infinity, -Infinity);
  const p = new Vector3();
  group.traverse((object) => {
    const m = object as Mesh;
    if (!m.isMesh) return;
    const position = m.geometry.getAttribute('position');
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i).applyMatrix4(m.matrixWorld);
      min.min(p);
      max.max(p);
    }
  });
  const shift = new Vector3(-(min.x + max.x) / 2, -min.y, -(min.z + max.z) / 2);
  for (const child of group.children) child.position.add(shift);
  group.updateMatrixWorld(true);
  return group;
}
