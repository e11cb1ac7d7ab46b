// The GLB container of glTF 2.0: a 12-byte header ("glTF", version, total length), then chunks of a length,
// a type and data padded to 4 bytes; the first holds the JSON, an optional second one the binary buffer.

const MAGIC = 0x46546c67; // "glTF", little-endian
const JSON_CHUNK = 0x4e4f534a; // "JSON"
const BIN_CHUNK = 0x004e4942; // "BIN\0"

export interface GlbChunks {
  readonly json: Uint8Array;
  readonly bin: Uint8Array | null;
}

/** The JSON and binary chunks of a GLB, or null if the file is not laid out as one (the validator says how). */
export function glbChunks(bytes: Uint8Array): GlbChunks | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkAt = (at: number, type: number): Uint8Array | null => {
    if (at + 8 > bytes.length || view.getUint32(at + 4, true) !== type) return null;
    const end = at + 8 + view.getUint32(at, true);
    return end <= bytes.length ? bytes.subarray(at + 8, end) : null;
  };
  if (bytes.length < 12 || view.getUint32(0, true) !== MAGIC) return null;
  const json = chunkAt(12, JSON_CHUNK);
  return json ? { json, bin: chunkAt(20 + json.length, BIN_CHUNK) } : null;
}

/** A GLB of `json` and, if given, a binary buffer: padded as the format asks (JSON with spaces, BIN with zeros). */
export function toGlb(json: unknown, bin?: Uint8Array): Uint8Array {
  const chunk = (type: number, data: Uint8Array, pad: number): Uint8Array => {
    const out = new Uint8Array(8 + Math.ceil(data.length / 4) * 4).fill(pad, 8 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, out.length - 8, true);
    view.setUint32(4, type, true);
    out.set(data, 8);
    return out;
  };
  const chunks = [chunk(JSON_CHUNK, new TextEncoder().encode(JSON.stringify(json)), 0x20)];
  if (bin) chunks.push(chunk(BIN_CHUNK, bin, 0));
  const length = 12 + chunks.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, length, true);
  let at = 12;
  for (const part of chunks) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
