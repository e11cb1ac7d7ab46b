// Writes ZIP archives with STORED (uncompressed) entries: MediaPipe Tasks reads model bundles (.task) in
// place and rejects compressed entries ("Expected uncompressed zip archive.").
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export interface ZipOptions {
  /** Pads local headers so each file's data starts at a multiple of this (like zipalign). */
  align?: number;
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
// 1980-01-01 00:00 in DOS format: a fixed timestamp keeps builds byte-for-byte reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;

/** Builds a ZIP archive (no ZIP64: every entry and the whole archive must stay under 4 GiB). */
export function createStoredZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const align = options.align ?? 1;
  const names = entries.map((e) => new TextEncoder().encode(e.name));
  if (new Set(entries.map((e) => e.name)).size !== entries.length)
    throw new Error('zip: duplicate entry names');
  if (entries.length > 0xffff) throw new Error('zip: too many entries');

  // First pass: where each local header goes and how much padding its extra field needs.
  const layout: { offset: number; extra: number; crc: number }[] = [];
  let pos = 0;
  entries.forEach((entry, i) => {
    const headerEnd = pos + LOCAL_HEADER + names[i]!.length;
    const extra = (align - (headerEnd % align)) % align;
    layout.push({ offset: pos, extra, crc: crc32(entry.data) });
    pos = headerEnd + extra + entry.data.byteLength;
  });
  const centralStart = pos;
  const centralSize = names.reduce((sum, n) => sum + CENTRAL_HEADER + n.length, 0);
  const total = centralStart + centralSize + END_RECORD;
  if (total > 0xffffffff) throw new Error('zip: archive too large without ZIP64');

  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  entries.forEach((entry, i) => {
    const { offset, extra, crc } = layout[i]!;
    const name = names[i]!;
    dv.setUint32(offset, 0x04034b50, true);
    dv.setUint16(offset + 4, 10, true); // version needed: 1.0 (stored)
    dv.setUint16(offset + 6, UTF8_FLAG, true);
    dv.setUint16(offset + 8, 0, true); // method: stored
    dv.setUint16(offset + 10, DOS_TIME, true);
    dv.setUint16(offset + 12, DOS_DATE, true);
    dv.setUint32(offset + 14, crc, true);
    dv.setUint32(offset + 18, entry.data.byteLength, true);
    dv.setUint32(offset + 22, entry.data.byteLength, true);
    dv.setUint16(offset + 26, name.length, true);
    dv.setUint16(offset + 28, extra, true); // zero bytes only: readers skip unknown/short extra data
    out.set(name, offset + LOCAL_HEADER);
    out.set(entry.data, offset + LOCAL_HEADER + name.length + extra);
  });

  let c = centralStart;
  entries.forEach((entry, i) => {
    const { offset, crc } = layout[i]!;
    const name = names[i]!;
    dv.setUint32(c, 0x02014b50, true);
    dv.setUint16(c + 4, 20, true); // made by: MS-DOS, spec 2.0
    dv.setUint16(c + 6, 10, true);
    dv.setUint16(c + 8, UTF8_FLAG, true);
    dv.setUint16(c + 10, 0, true);
    dv.setUint16(c + 12, DOS_TIME, true);
    dv.setUint16(c + 14, DOS_DATE, true);
    dv.setUint32(c + 16, crc, true);
    dv.setUint32(c + 20, entry.data.byteLength, true);
    dv.setUint32(c + 24, entry.data.byteLength, true);
    dv.setUint16(c + 28, name.length, true);
    // extra length, comment length, disk number, internal and external attributes stay zero
    dv.setUint32(c + 42, offset, true);
    out.set(name, c + CENTRAL_HEADER);
    c += CENTRAL_HEADER + name.length;
  });

  dv.setUint32(c, 0x06054b50, true);
  dv.setUint16(c + 8, entries.length, true);
  dv.setUint16(c + 10, entries.length, true);
  dv.setUint32(c + 12, centralSize, true);
  dv.setUint32(c + 16, centralStart, true);
  return out;
}
