// What an uploaded file really is, judged by its bytes, never by its name or the type the client declared.

export type Sniffed =
  | { readonly kind: 'image'; readonly contentType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' }
  | { readonly kind: 'model'; readonly contentType: 'model/gltf-binary' | 'model/gltf+json' }
  | {
      readonly kind: 'audio';
      readonly contentType: 'audio/wav' | 'audio/mpeg' | 'audio/ogg' | 'audio/flac' | 'audio/mp4';
    };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The kind of file `bytes` holds, or null if it is none that ProStudio accepts. */
export function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', contentType: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', contentType: 'image/jpeg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) {
    return { kind: 'image', contentType: 'image/gif' };
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { kind: 'image', contentType: 'image/webp' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WAVE'), 8))
    return { kind: 'audio', contentType: 'audio/wav' };
  if (startsWith(bytes, ascii('OggS'))) return { kind: 'audio', contentType: 'audio/ogg' };
  if (startsWith(bytes, ascii('fLaC'))) return { kind: 'audio', contentType: 'audio/flac' };
  // MP3: an ID3v2 tag, or straight into an MPEG audio frame (11 sync bits, layer III).
  if (startsWith(bytes, ascii('ID3')) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe6) === 0xe2)) {
    return { kind: 'audio', contentType: 'audio/mpeg' };
  }
  // MPEG-4 audio: an "ftyp" box of an audio brand.
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    ['M4A ', 'M4B ', 'mp42', 'isom'].some((b) => startsWith(bytes, ascii(b), 8))
  ) {
    return { kind: 'audio', contentType: 'audio/mp4' };
  }
  // Binary glTF: "glTF", version 2, then the total length, which must be the file's.
  if (startsWith(bytes, ascii('glTF')) && bytes.length >= 12) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(4, true) === 2 && view.getUint32(8, true) === bytes.length) {
      return { kind: 'model', contentType: 'model/gltf-binary' };
    }
    return null;
  }
  // glTF JSON: a JSON object whose asset.version is 2.x.
  if (bytes[0] === 0x7b) {
    try {
      const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      const version = (json as { asset?: { version?: unknown } })?.asset?.version;
      if (typeof version === 'string' && /^2\.\d+$/.test(version))
        return { kind: 'model', contentType: 'model/gltf+json' };
    } catch {
      return null;
    }
  }
  return null;
}
