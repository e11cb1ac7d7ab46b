import { readdir, readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { glbChunks, toGlb } from './glb.ts';
import { checkModel, MODEL_LIMITS } from './model-check.ts';

const ARTWORKS = new URL('../../../assets/artworks/', import.meta.url);

/** A real model of the project, split into its JSON (to edit) and binary buffer. */
async function sample(name = 'tidal-knot.glb'): Promise<{ json: Gltf; bin: Uint8Array }> {
  const chunks = glbChunks(await readFile(new URL(name, ARTWORKS)));
  if (!chunks?.bin) throw new Error(`${name} is not a GLB with a binary chunk`);
  return { json: JSON.parse(new TextDecoder().decode(chunks.json)) as Gltf, bin: chunks.bin };
}

/** Just enough of glTF's JSON for the edits below. */
interface Gltf {
  accessors: Array<Record<string, unknown>>;
  meshes: Array<{ primitives: Array<Record<string, unknown>> }>;
  materials?: Array<Record<string, unknown>>;
  nodes: Array<Record<string, unknown>>;
  buffers: Array<Record<string, unknown>>;
  images?: Array<Record<string, unknown>>;
  textures?: Array<Record<string, unknown>>;
}

const gltfBytes = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));

/** The same model as a .gltf, its buffer a data: URI. */
function asGltf(json: Gltf, bin: Uint8Array): Gltf {
  const uri = `data:application/octet-stream;base64,${Buffer.from(bin).toString('base64')}`;
  return { ...json, buffers: [{ ...json.buffers[0], uri }] };
}

/**
 * A GLB of one mesh of `vertices` positions, drawn by `indices` indices if given. Its accessors have no
 * bufferView, so they are all zeros (as compressed meshes declare theirs): tiny, costless to validate, and
 * counted by the validator all the same.
 */
function zeroMesh(vertices: number, indices?: number): Uint8Array {
  const positions = { componentType: 5126, count: vertices, type: 'VEC3', min: [0, 0, 0], max: [0, 0, 0] };
  const accessors: object[] = [positions];
  if (indices) accessors.push({ componentType: 5125, count: indices, type: 'SCALAR' });
  const primitive = { attributes: { POSITION: 0 }, ...(indices ? { indices: 1 } : {}) };
  return toGlb({
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [primitive] }],
    accessors,
  });
}

afterEach(() => vi.restoreAllMocks());

describe('checkModel', () => {
  it("passes the project's own sample models, as GLB and as .gltf", async () => {
    const names = (await readdir(ARTWORKS)).filter((name) => name.endsWith('.glb'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const bytes = await readFile(new URL(name, ARTWORKS));
      expect(await checkModel(bytes, 'glb'), name).toBeNull();
      const { json, bin } = await sample(name);
      expect(await checkModel(gltfBytes(asGltf(json, bin)), 'gltf'), name).toBeNull();
    }
  });

  it('refuses a model the validator finds errors in, quoting its code, pointer and message', async () => {
    const { json, bin } = await sample();
    json.accessors[0] = { ...json.accessors[0], count: Number(json.accessors[0]?.count) + 1000 };
    const reason = await checkModel(toGlb(json, bin), 'glb');
    expect(reason).toMatch(
      /^The model is not valid glTF 2\.0 \(Khronos glTF Validator\): ACCESSOR_TOO_LONG at \/accessors\/0: Accessor \(offset: \d+, length: \d+\) does not fit/,
    );
  });

  it('refuses a model that is not JSON where its JSON should be', async () => {
    const { bin } = await sample();
    const glb = toGlb({ asset: { version: '2.0' } }, bin);
    glb.set(new TextEncoder().encode('{"asset": ,'), 20);
    expect(await checkModel(glb, 'glb')).toMatch(
      /^The model is not valid glTF 2\.0: its JSON could not be read/,
    );
  });

  it('refuses buffers and images outside the file, without ever fetching them', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { json, bin } = await sample();
    const remote = { ...json, buffers: [{ ...json.buffers[0], uri: 'https://example.com/knot.bin' }] };
    expect(await checkModel(gltfBytes(remote), 'gltf')).toBe(
      'The model points to files outside itself (https://example.com/knot.bin at /buffers/0); every buffer ' +
        'and image must be inside it (in the GLB, or as data: URIs in a .gltf).',
    );
    const withImage = {
      ...json,
      images: [{ uri: 'https://example.com/skin.png' }],
      textures: [{ source: 0 }],
    };
    expect(await checkModel(toGlb(withImage, bin), 'glb')).toMatch(
      /^The model points to files outside itself \(https:\/\/example\.com\/skin\.png at \/images\/0\)/,
    );
    const sideBySide = { ...json, buffers: [{ ...json.buffers[0], uri: 'knot.bin' }] };
    expect(await checkModel(gltfBytes(sideBySide), 'gltf')).toMatch(/\(knot\.bin at \/buffers\/0\)/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it(`refuses over ${MODEL_LIMITS.materials} materials and over ${MODEL_LIMITS.entriesPerList} of anything`, async () => {
    const { json, bin } = await sample();
    const materials = (n: number) => Array.from({ length: n }, () => ({}));
    expect(await checkModel(toGlb({ ...json, materials: materials(256) }, bin), 'glb')).toBeNull();
    expect(await checkModel(toGlb({ ...json, materials: materials(257) }, bin), 'glb')).toBe(
      'The model has 257 materials; at most 256 are accepted.',
    );
    const nodes = [...json.nodes, ...Array.from({ length: MODEL_LIMITS.entriesPerList }, () => ({}))];
    expect(await checkModel(toGlb({ ...json, nodes }, bin), 'glb')).toMatch(
      /^The model has \d+ nodes; at most 65536 are accepted\.$/,
    );
  });

  it.each([
    ['triangles', MODEL_LIMITS.triangles, (n: number) => zeroMesh(3, 3 * n)],
    ['vertices', MODEL_LIMITS.vertices, (n: number) => zeroMesh(n)],
  ])('accepts up to %s %d, and refuses one more', async (what, cap, model) => {
    expect(await checkModel(model(cap), 'glb')).toBeNull();
    const [over, most] = [cap + 1, cap].map((n) => n.toLocaleString('en-US'));
    expect(await checkModel(model(cap + 1), 'glb')).toBe(
      `The model has ${over} ${what}; at most ${most} are accepted.`,
    );
  });

  it('refuses accessors that would keep the validator busy for seconds, before running it', async () => {
    const { json, bin } = await sample();
    // A sparse accessor: a few bytes on disk, but the validator walks every one of its `count` elements
    // (measured: 8M took 1.9 s, 300M over two minutes).
    const sparse = {
      componentType: 5126,
      count: MODEL_LIMITS.accessorElements + 1,
      type: 'SCALAR',
      sparse: { count: 1, indices: { bufferView: 0, componentType: 5125 }, values: { bufferView: 0 } },
    };
    const started = performance.now();
    const reason = await checkModel(toGlb({ ...json, accessors: [...json.accessors, sparse] }, bin), 'glb');
    expect(reason).toMatch(
      /^The model's accessors hold 8,0\d\d,\d{3} elements; at most 8,000,000 are accepted\.$/,
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it(`accepts images up to ${MODEL_LIMITS.imageSide} px a side, and refuses larger`, async () => {
    const { json, bin } = await sample();
    const withImage = async (width: number) => {
      const png = await sharp({ create: { width, height: 1, channels: 3, background: '#fff' } })
        .png()
        .toBuffer();
      const images = [{ uri: `data:image/png;base64,${png.toString('base64')}` }];
      const material = { pbrMetallicRoughness: { baseColorTexture: { index: 0 } } };
      const materials = [...(json.materials ?? []), material];
      return gltfBytes({ ...asGltf(json, bin), images, textures: [{ source: 0 }], materials });
    };
    expect(await checkModel(await withImage(MODEL_LIMITS.imageSide), 'gltf')).toBeNull();
    expect(await checkModel(await withImage(MODEL_LIMITS.imageSide + 1), 'gltf')).toBe(
      "The model's image at /images/0 is 8193×1 px; at most 8192 px a side is accepted.",
    );
  });
});
