import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './certificate-woff.ts';

const require = createRequire(import.meta.url);

function fontsourceFile(family: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`@fontsource/${family}/400.css`)), 'files', file));
}

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function checksum(table: Buffer): number {
  const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it.each([
    ['noto-sans', 'noto-sans-latin-400-normal.woff'],
    ['noto-sans-arabic', 'noto-sans-arabic-arabic-700-normal.woff'],
    // The file whose cmap fontkit's own inflater rejects.
    ['noto-sans-sc', 'noto-sans-sc-101-400-normal.woff'],
  ])('unpacks %s’s %s into the font it wraps', (family, file) => {
    const woff = fontsourceFile(family, file);
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: 0x00010000 for TrueType
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // WOFF's header records the unpacked size
    const tables = sfnt.readUInt16BE(4);
    expect(sfnt.readUInt16BE(6)).toBe(2 ** Math.floor(Math.log2(tables)) * 16);
    for (let index = 0; index < tables; index++) {
      const entry = 12 + index * 16;
      const tag = sfnt.toString('latin1', entry, entry + 4);
      const table = sfnt.subarray(
        sfnt.readUInt32BE(entry + 8),
        sfnt.readUInt32BE(entry + 8) + sfnt.readUInt32BE(entry + 12),
      );
      if (tag === 'head') table.writeUInt32BE(0, 8); // its checksum leaves out checkSumAdjustment
      expect(checksum(table), tag).toBe(sfnt.readUInt32BE(entry + 4));
    }
  });

  it('rejects what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(fontsourceFile('noto-sans', 'noto-sans-latin-400-normal.woff2'))).toThrow(
      TypeError,
    );
    expect(() => woffToSfnt(new Uint8Array(8))).toThrow(TypeError);
  });

  it('rejects a truncated file', () => {
    const woff = fontsourceFile('noto-sans', 'noto-sans-latin-400-normal.woff');
    expect(() => woffToSfnt(woff.subarray(0, woff.length - 100))).toThrow();
  });
});
