// Lets three's GLTFExporter write binary glTF in Node, which has Blob but no FileReader.

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

/** Installs the FileReader stand-in once, unless a real one exists (a browser, or a later Node). */
export function ensureFileReader(): void {
  const scope = globalThis as { FileReader?: unknown };
  scope.FileReader ??= BlobArrayBufferReader;
}
