// Writes a built avatar as a VRM 1.0 file: binary glTF from three's GLTFExporter, plus the VRMC_vrm extension.

import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';

import type { BuiltAvatar } from './avatar.ts';
import { VrmExtensionPlugin } from './vrm-extension.ts';

/** GLTFExporter reads its merged buffers back through the browser's FileReader, which Node does not have. This
 * is the small part of it the exporter uses (readAsArrayBuffer and onloadend). */
class BlobArrayBufferReader {
  result: ArrayBuffer | null = null;
  onloadend: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    void blob.arrayBuffer().then((buffer) => {
      this.result = buffer;
      this.onloadend?.();
    });
  }
}

function ensureFileReader(): void {
  const scope = globalThis as { FileReader?: unknown };
  scope.FileReader ??= BlobArrayBufferReader;
}

export async function exportVrm(avatar: BuiltAvatar): Promise<Uint8Array> {
  ensureFileReader();
  const exporter = new GLTFExporter();
  exporter.register((writer) => new VrmExtensionPlugin(writer, avatar.vrm));
  const result = await exporter.parseAsync(avatar.scene, { binary: true, trs: true, onlyVisible: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return binary glTF');
  return new Uint8Array(result);
}
