// Writes a built avatar as a VRM 1.0 file: binary glTF from three's GLTFExporter, plus the VRMC_vrm extension.

import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';

import { ensureFileReader } from '../gltf-node.ts';
import type { BuiltAvatar } from './avatar.ts';
import { VrmExtensionPlugin } from './vrm-extension.ts';

export async function exportVrm(avatar: BuiltAvatar): Promise<Uint8Array> {
  ensureFileReader();
  const exporter = new GLTFExporter();
  exporter.register((writer) => new VrmExtensionPlugin(writer, avatar.vrm));
  const result = await exporter.parseAsync(avatar.scene, { binary: true, trs: true, onlyVisible: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return binary glTF');
  return new Uint8Array(result);
}
