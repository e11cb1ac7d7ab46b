import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Box3, Group, type Mesh, type Object3D, Vector3 } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';

import { encodePng } from '../png.ts';
import { exportGlb } from './export-glb.ts';
import { frameCamera, renderPreview } from './render.ts';
import { cairnForASlowRiver, type SculptureBuilder, spiralStair, tidalKnot } from './sculptures.ts';

const artworksDir = join(import.meta.dirname, '..', '..', 'artworks');

/** The most one sculpture may cost a standalone headset to draw. */
const TRIANGLE_BUDGET = 15_000;

/** The catalogue's slug for each builder. */
const SCULPTURES: Record<string, SculptureBuilder> = {
  'tidal-knot': tidalKnot,
  'cairn-for-a-slow-river': cairnForASlowRiver,
  'spiral-stair': spiralStair,
};

function triangles(object: Object3D): number {
  let count = 0;
  object.traverse((child) => {
    const mesh = child as Mesh;
    if (mesh.isMesh)
      count += (mesh.geometry.index?.count ?? mesh.geometry.getAttribute('position').count) / 3;
  });
  return count;
}

const bounds = (object: Object3D): Box3 => new Box3().setFromObject(object, true);

async function loadGlb(bytes: Uint8Array): Promise<Group> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await new GLTFLoader().parseAsync(buffer, '');
  return gltf.scene;
}

/** Share of pixels that differ clearly between two pictures of the same size. */
function differingShare(a: Uint8Array, b: Uint8Array): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 12)
      differing++;
  }
  return differing / (a.length / 4);
}

interface Entry {
  slug: string;
  file: string;
  width: number;
  height: number;
  model?: string;
}

describe('catalogue.json', () => {
  const catalogue = JSON.parse(readFileSync(join(artworksDir, 'catalogue.json'), 'utf8')) as Entry[];

  it('lists the sculptures after the eight paintings, each with its model and picture', () => {
    expect(catalogue).toHaveLength(8 + Object.keys(SCULPTURES).length);
    expect(catalogue.slice(0, 8).every((entry) => entry.model === undefined)).toBe(true);
    expect(catalogue.slice(8).map((entry) => entry.slug)).toEqual(Object.keys(SCULPTURES));
    for (const entry of catalogue.slice(8)) {
      expect(entry.model).toBe(`${entry.slug}.glb`);
      expect(entry.file).toBe(`${entry.slug}.png`);
      const png = readFileSync(join(artworksDir, entry.file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([entry.width, entry.height]);
      expect(entry.height).toBeGreaterThan(entry.width);
    }
  });

  it.each(Object.entries(SCULPTURES))(
    '%s is up to date: the builder and renderer reproduce the committed files',
    async (slug, build) => {
      const entry = catalogue.find((e) => e.slug === slug)!;
      const glb = readFileSync(join(artworksDir, `${slug}.glb`));
      expect(Buffer.from(await exportGlb(build())).equals(glb)).toBe(true);
      const preview = renderPreview(build(), entry.width, entry.height);
      const png = readFileSync(join(artworksDir, entry.file));
      expect(encodePng(preview.width, preview.height, preview.rgba).equals(png)).toBe(true);
    },
  );
});

describe.each(Object.entries(SCULPTURES))('%s', (_slug, build) => {
  const sculpture = build();

  it('stands on the floor, centred, at plinth-top height', () => {
    const box = bounds(sculpture);
    expect(box.min.y).toBeCloseTo(0, 3);
    const centre = box.getCenter(new Vector3());
    expect(Math.abs(centre.x)).toBeLessThan(0.01);
    expect(Math.abs(centre.z)).toBeLessThan(0.01);
    const size = box.getSize(new Vector3());
    expect(size.y).toBeGreaterThan(0.5);
    expect(size.y).toBeLessThan(1.0);
    expect(Math.max(size.x, size.z)).toBeLessThan(0.8);
  });

  it('stays within the triangle budget', () => {
    expect(triangles(sculpture)).toBeGreaterThan(500);
    expect(triangles(sculpture)).toBeLessThanOrEqual(TRIANGLE_BUDGET);
  });

  it('is deterministic: two builds export the same bytes', async () => {
    const [a, b] = await Promise.all([exportGlb(build()), exportGlb(build())]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  describe('as binary glTF', () => {
    let glb: Uint8Array;
    let loaded: Group;

    beforeAll(async () => {
      glb = await exportGlb(sculpture);
      loaded = await loadGlb(glb);
    });

    it('has the GLB header: magic, version 2, and the file length', () => {
      const header = new DataView(glb.buffer, glb.byteOffset, 12);
      expect(new TextDecoder().decode(glb.subarray(0, 4))).toBe('glTF');
      expect(header.getUint32(4, true)).toBe(2);
      expect(header.getUint32(8, true)).toBe(glb.byteLength);
      expect(glb.byteLength).toBeLessThan(600 * 1024);
    });

    it('loads back in GLTFLoader with the same triangles, size and materials', () => {
      expect(triangles(loaded)).toBe(triangles(sculpture));
      const before = bounds(sculpture);
      const after = bounds(loaded);
      expect(after.min.distanceTo(before.min)).toBeLessThan(1e-4);
      expect(after.max.distanceTo(before.max)).toBeLessThan(1e-4);
      loaded.traverse((child) => {
        const mesh = child as Mesh;
        if (!mesh.isMesh) return;
        expect([mesh.material].flat()).toHaveLength(1);
        expect([mesh.material].flat()[0].type).toBe('MeshStandardMaterial');
      });
    });
  });

  describe('preview', () => {
    // Small, with the sculpture's portrait proportions, to keep the test quick.
    const width = 120;
    const height = 150;
    const camera = frameCamera(sculpture, width / height);
    const picture = renderPreview(sculpture, width, height, camera);

    it('is width x height opaque RGBA', () => {
      expect(picture.rgba.length).toBe(width * height * 4);
      for (let i = 3; i < picture.rgba.length; i += 4)
        if (picture.rgba[i] !== 255) expect.fail('translucent');
    });

    it('shows the sculpture: a fair share of the picture differs from the empty studio', () => {
      const empty = renderPreview(new Group(), width, height, camera);
      const share = differingShare(picture.rgba, empty.rgba);
      expect(share).toBeGreaterThan(0.1);
      expect(share).toBeLessThan(0.6);
    });

    it('is deterministic: the same pixels twice', () => {
      const again = renderPreview(build(), width, height);
      expect(Buffer.from(again.rgba).equals(Buffer.from(picture.rgba))).toBe(true);
    });
  });
});
