// Writes a sculpture as binary glTF (.glb) with three's GLTFExporter: one self-contained file, no textures.

import type { Object3D } from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';

import { ensureFileReader } from '../gltf-node.ts';

export async function exportGlb(object: Object3D): Promise<Uint8Array> {
  ensureFileReader();
  const result = await new GLTFExporter().parseAsync(object, { binary: true, trs: true, onlyVisible: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return binary glTF');
  return new Uint8Array(result);
}
