// Writes FlatBuffers front to back: every object is placed after the object that refers to it, so all
// offsets point forward as the format requires. That lets us put new tables in front of an existing,
// untouched FlatBuffer (the "tail") and refer into it, which is how metadata is added to a TFLite model.

export type FbScalarType = 'u8' | 'u32' | 'i32' | 'f32';

export type FbField = { slot: number; scalar: FbScalarType; value: number } | { slot: number; ref: FbNode };

export type FbNode =
  | { kind: 'table'; fields: FbField[] }
  /** Vector of offsets to tables or strings. */
  | { kind: 'refs'; items: FbNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'f32s'; values: readonly number[] }
  | { kind: 'i32s'; values: readonly number[] }
  /** Vector of bytes whose data starts at a multiple of `align` (FlatBuffers' force_align). */
  | { kind: 'bytes'; data: Uint8Array; align: number }
  /** An object inside the tail; `position` is relative to the tail's first byte. */
  | { kind: 'external'; position: number };

export interface LayoutOptions {
  /** Four characters written after the root offset ("TFL3", "M001"). */
  fileIdentifier: string;
  /** Bytes appended verbatim after the new objects; `external` nodes point into them. */
  tail?: Uint8Array;
  /** The tail starts at a multiple of this, preserving the alignment its own objects rely on. */
  tailAlign?: number;
}

class Bytes {
  buf = new Uint8Array(256);
  dv = new DataView(this.buf.buffer);
  length = 0;

  reserve(n: number): number {
    const at = this.length;
    if (at + n > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, at + n));
      next.set(this.buf.subarray(0, at));
      this.buf = next;
      this.dv = new DataView(next.buffer);
    }
    this.length += n;
    return at;
  }

  /** Pads so that `length + extra` is a multiple of `align`. */
  pad(align: number, extra = 0): void {
    const rem = (this.length + extra) % align;
    if (rem !== 0) this.reserve(align - rem);
  }
}

const scalarSize: Record<FbScalarType, number> = { u8: 1, u32: 4, i32: 4, f32: 4 };

function writeScalar(out: Bytes, pos: number, type: FbScalarType, value: number): void {
  if (type === 'u8') out.dv.setUint8(pos, value);
  else if (type === 'u32') out.dv.setUint32(pos, value, true);
  else if (type === 'i32') out.dv.setInt32(pos, value, true);
  else out.dv.setFloat32(pos, value, true);
}

/** Serialises `root` as a FlatBuffer (root offset and identifier first), followed by the tail. */
export function layoutForward(root: FbNode, options: LayoutOptions): Uint8Array {
  if (options.fileIdentifier.length !== 4) throw new Error('file identifier must be 4 characters');
  const out = new Bytes();
  out.reserve(8);
  for (let i = 0; i < 4; i++) out.dv.setUint8(4 + i, options.fileIdentifier.charCodeAt(i));

  // Uoffsets still to fill in: where they are and what they point to.
  const pending: { at: number; node: FbNode }[] = [{ at: 0, node: root }];
  const externals: { at: number; position: number }[] = [];
  const placed = new Map<FbNode, number>();

  const refer = (at: number, node: FbNode): void => {
    if (node.kind === 'external') externals.push({ at, position: node.position });
    else pending.push({ at, node });
  };

  // Breadth-first: a node is written only after the slot referring to it, so its offset is positive.
  for (let i = 0; i < pending.length; i++) {
    const { at, node } = pending[i]!;
    let pos = placed.get(node);
    if (pos === undefined) {
      pos = place(out, node, refer);
      placed.set(node, pos);
    }
    if (pos <= at) throw new Error('flatbuffer layout: a shared node would need a backward offset');
    out.dv.setUint32(at, pos - at, true);
  }

  if (!options.tail) {
    if (externals.length > 0) throw new Error('flatbuffer layout: external references need a tail');
    out.pad(4);
    return out.buf.slice(0, out.length);
  }
  out.pad(options.tailAlign ?? 16);
  const tailStart = out.length;
  for (const { at, position } of externals) out.dv.setUint32(at, tailStart + position - at, true);
  const result = new Uint8Array(tailStart + options.tail.byteLength);
  result.set(out.buf.subarray(0, tailStart));
  result.set(options.tail, tailStart);
  return result;
}

/** Writes one object and queues its children; returns the position its referrers must point at. */
function place(out: Bytes, node: FbNode, refer: (at: number, node: FbNode) => void): number {
  switch (node.kind) {
    case 'table':
      return placeTable(out, node.fields, refer);
    case 'refs': {
      out.pad(4);
      const at = out.reserve(4 + node.items.length * 4);
      out.dv.setUint32(at, node.items.length, true);
      node.items.forEach((item, i) => refer(at + 4 + i * 4, item));
      return at;
    }
    case 'string': {
      const data = new TextEncoder().encode(node.value);
      out.pad(4);
      const at = out.reserve(4 + data.length + 1);
      out.dv.setUint32(at, data.length, true);
      out.buf.set(data, at + 4);
      return at;
    }
    case 'f32s':
    case 'i32s': {
      out.pad(4);
      const at = out.reserve(4 + node.values.length * 4);
      out.dv.setUint32(at, node.values.length, true);
      const type = node.kind === 'f32s' ? 'f32' : 'i32';
      node.values.forEach((v, i) => writeScalar(out, at + 4 + i * 4, type, v));
      return at;
    }
    case 'bytes': {
      out.pad(Math.max(4, node.align), 4);
      const at = out.reserve(4 + node.data.byteLength);
      out.dv.setUint32(at, node.data.byteLength, true);
      out.buf.set(node.data, at + 4);
      return at;
    }
    case 'external':
      throw new Error('unreachable: external nodes are not placed');
  }
}

function placeTable(out: Bytes, fields: FbField[], refer: (at: number, node: FbNode) => void): number {
  const slots = new Set<number>();
  for (const f of fields) {
    if (slots.has(f.slot)) throw new Error(`flatbuffer layout: slot ${f.slot} given twice`);
    slots.add(f.slot);
  }
  // Widest first so every field is naturally aligned within the 4-aligned table.
  const sized = fields
    .map((f) => ({ f, size: 'ref' in f ? 4 : scalarSize[f.scalar] }))
    .sort((a, b) => b.size - a.size);
  const inline: { f: FbField; offset: number }[] = [];
  let size = 4; // the soffset to the vtable
  for (const { f, size: s } of sized) {
    inline.push({ f, offset: size });
    size += s;
  }
  size = Math.ceil(size / 4) * 4;

  const slotCount = fields.length === 0 ? 0 : Math.max(...fields.map((f) => f.slot)) + 1;
  out.pad(2);
  const vtable = out.reserve(4 + slotCount * 2);
  out.dv.setUint16(vtable, 4 + slotCount * 2, true);
  out.dv.setUint16(vtable + 2, size, true);
  for (const { f, offset } of inline) out.dv.setUint16(vtable + 4 + f.slot * 2, offset, true);

  out.pad(4);
  const table = out.reserve(size);
  out.dv.setInt32(table, table - vtable, true);
  for (const { f, offset } of inline) {
    if ('ref' in f) refer(table + offset, f.ref);
    else writeScalar(out, table + offset, f.scalar, f.value);
  }
  return table;
}
