// Minimal read access to FlatBuffers binaries: enough to walk the TFLite model and metadata
// tables by field slot, without generated code or a schema compiler.

export interface FbVector {
  /** Absolute position of the first element. */
  start: number;
  length: number;
}

function view(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function u32(buf: Uint8Array, pos: number): number {
  if (pos < 0 || pos + 4 > buf.byteLength) throw new RangeError(`flatbuffer read out of bounds at ${pos}`);
  return view(buf).getUint32(pos, true);
}

/** The 4-character file identifier stored after the root offset ("TFL3", "M001"). */
export function fileIdentifier(buf: Uint8Array): string {
  if (buf.byteLength < 8) return '';
  return String.fromCharCode(...buf.subarray(4, 8));
}

/** Follows a uoffset stored at `pos` (offsets are relative to their own position). */
export function followOffset(buf: Uint8Array, pos: number): number {
  return pos + u32(buf, pos);
}

export function rootTable(buf: Uint8Array): number {
  return followOffset(buf, 0);
}

/** Absolute position of the vtable of the table at `table`. */
export function vtableOf(buf: Uint8Array, table: number): number {
  return table - view(buf).getInt32(table, true);
}

/** Number of field slots the table's vtable declares. */
export function slotCount(buf: Uint8Array, table: number): number {
  const vt = vtableOf(buf, table);
  return (view(buf).getUint16(vt, true) - 4) / 2;
}

/** Absolute position of a field's inline value, or null when the field is absent. */
export function fieldPos(buf: Uint8Array, table: number, slot: number): number | null {
  const vt = vtableOf(buf, table);
  const dv = view(buf);
  const vtSize = dv.getUint16(vt, true);
  const entry = 4 + slot * 2;
  if (entry + 2 > vtSize) return null;
  const off = dv.getUint16(vt + entry, true);
  return off === 0 ? null : table + off;
}

export function readU8Field(buf: Uint8Array, table: number, slot: number, fallback = 0): number {
  const pos = fieldPos(buf, table, slot);
  return pos === null ? fallback : view(buf).getUint8(pos);
}

export function readU32Field(buf: Uint8Array, table: number, slot: number, fallback = 0): number {
  const pos = fieldPos(buf, table, slot);
  return pos === null ? fallback : u32(buf, pos);
}

export function readU64Field(buf: Uint8Array, table: number, slot: number): bigint {
  const pos = fieldPos(buf, table, slot);
  return pos === null ? 0n : view(buf).getBigUint64(pos, true);
}

/** Target of an offset field (sub-table, vector or string), or null when absent. */
export function refField(buf: Uint8Array, table: number, slot: number): number | null {
  const pos = fieldPos(buf, table, slot);
  return pos === null ? null : followOffset(buf, pos);
}

export function vectorAt(buf: Uint8Array, pos: number): FbVector {
  return { start: pos + 4, length: u32(buf, pos) };
}

export function vectorField(buf: Uint8Array, table: number, slot: number): FbVector | null {
  const target = refField(buf, table, slot);
  return target === null ? null : vectorAt(buf, target);
}

/** Positions of the tables a vector of offsets points to. */
export function vectorTables(buf: Uint8Array, vec: FbVector): number[] {
  const out: number[] = [];
  for (let i = 0; i < vec.length; i++) out.push(followOffset(buf, vec.start + i * 4));
  return out;
}

export function readStringAt(buf: Uint8Array, pos: number): string {
  const { start, length } = vectorAt(buf, pos);
  return new TextDecoder().decode(buf.subarray(start, start + length));
}

export function stringField(buf: Uint8Array, table: number, slot: number): string | null {
  const target = refField(buf, table, slot);
  return target === null ? null : readStringAt(buf, target);
}

export function float32Vector(buf: Uint8Array, vec: FbVector): number[] {
  const dv = view(buf);
  const out: number[] = [];
  for (let i = 0; i < vec.length; i++) out.push(dv.getFloat32(vec.start + i * 4, true));
  return out;
}

export function int32Vector(buf: Uint8Array, vec: FbVector): number[] {
  const dv = view(buf);
  const out: number[] = [];
  for (let i = 0; i < vec.length; i++) out.push(dv.getInt32(vec.start + i * 4, true));
  return out;
}

export function bytesVector(buf: Uint8Array, vec: FbVector): Uint8Array {
  return buf.subarray(vec.start, vec.start + vec.length);
}
