// Unpacks a WOFF 1.0 font into the plain TrueType/OpenType file it wraps, with Node's zlib. PDFKit reads
// WOFF through fontkit, whose small JavaScript inflater rejects a few valid Fontsource files (the cmap of
// Noto Sans SC's subset 101, so 倚 and 們 would fail the whole certificate); handing PDFKit the unpacked
// font avoids that inflater altogether, and is faster. Format: https://www.w3.org/TR/WOFF/
import { inflateSync } from 'node:zlib';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  readonly tag: Buffer;
  readonly checksum: number;
  readonly data: Buffer;
}

/** Tables start on 4-byte boundaries, padded with zeros. */
function padded(length: number): number {
  return Math.ceil(length / 4) * 4;
}

function readTables(woff: Buffer): Table[] {
  const count = woff.readUInt16BE(12);
  return Array.from({ length: count }, (_, index) => {
    const entry = WOFF_HEADER + index * WOFF_ENTRY;
    const offset = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    // A table is stored as it is when compressing would not make it smaller.
    const data = compressedLength < length ? inflateSync(stored) : stored;
    if (stored.length !== compressedLength || data.length !== length) {
      throw new RangeError(`WOFF table ${woff.toString('latin1', entry, entry + 4)} is truncated`);
    }
    return { tag: woff.subarray(entry, entry + 4), checksum: woff.readUInt32BE(entry + 16), data };
  });
}

/** The font file a WOFF 1.0 file wraps. Throws on anything that is not WOFF 1.0. */
export function woffToSfnt(file: Uint8Array): Buffer {
  const woff = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (woff.length < WOFF_HEADER || woff.toString('latin1', 0, 4) !== 'wOFF') {
    throw new TypeError('not a WOFF 1.0 file');
  }
  const tables = readTables(woff);
  const headerLength = SFNT_HEADER + tables.length * SFNT_ENTRY;
  const sfnt = Buffer.alloc(tables.reduce((size, table) => size + padded(table.data.length), headerLength));
  // The offset table: the font's flavour (TrueType or CFF) and the binary-search hints over its entries.
  const entrySelector = tables.length > 0 ? Math.floor(Math.log2(tables.length)) : 0;
  const searchRange = tables.length > 0 ? 2 ** entrySelector * SFNT_ENTRY : 0;
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0);
  sfnt.writeUInt16BE(tables.length, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(tables.length * SFNT_ENTRY - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const entry = SFNT_HEADER + index * SFNT_ENTRY;
    table.tag.copy(sfnt, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
