import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, createStoredZip } from './zip-stored.ts';

interface ReadEntry {
  name: string;
  method: number;
  crc: number;
  data: Uint8Array;
  dataOffset: number;
}

/** Reads the archive the way unzip does: end record → central directory → local headers. */
function readZip(zip: Uint8Array): ReadEntry[] {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(dv.getUint32(end, true)).toBe(0x06054b50);
  const count = dv.getUint16(end + 10, true);
  const centralSize = dv.getUint32(end + 12, true);
  let c = dv.getUint32(end + 16, true);
  expect(c + centralSize).toBe(end);
  const out: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(dv.getUint32(c, true)).toBe(0x02014b50);
    const method = dv.getUint16(c + 10, true);
    const crc = dv.getUint32(c + 16, true);
    const size = dv.getUint32(c + 20, true);
    expect(dv.getUint32(c + 24, true)).toBe(size);
    const nameLen = dv.getUint16(c + 28, true);
    const extraLen = dv.getUint16(c + 30, true);
    const commentLen = dv.getUint16(c + 32, true);
    const name = new TextDecoder().decode(zip.subarray(c + 46, c + 46 + nameLen));
    const local = dv.getUint32(c + 42, true);
    // The local header must agree with the central directory.
    expect(dv.getUint32(local, true)).toBe(0x04034b50);
    expect(dv.getUint16(local + 8, true)).toBe(method);
    expect(dv.getUint32(local + 14, true)).toBe(crc);
    expect(dv.getUint32(local + 18, true)).toBe(size);
    expect(dv.getUint32(local + 22, true)).toBe(size);
    const localNameLen = dv.getUint16(local + 26, true);
    expect(new TextDecoder().decode(zip.subarray(local + 30, local + 30 + localNameLen))).toBe(name);
    const dataOffset = local + 30 + localNameLen + dv.getUint16(local + 28, true);
    out.push({ name, method, crc, data: zip.subarray(dataOffset, dataOffset + size), dataOffset });
    c += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('createStoredZip', () => {
  const entries: ZipEntry[] = [
    { name: 'pose_detector.tflite', data: randomBytes(5000, 7) },
    { name: 'empty.bin', data: new Uint8Array(0) },
    { name: 'dir/ünïcode.txt', data: new TextEncoder().encode('hello') },
  ];

  it('round-trips names and bytes as STORED entries with correct CRCs', () => {
    const read = readZip(createStoredZip(entries));
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((e, i) => {
      expect(e.method).toBe(0);
      expect(e.crc).toBe(zlibCrc32(entries[i]!.data));
      expect(Buffer.from(e.data).equals(Buffer.from(entries[i]!.data))).toBe(true);
    });
  });

  it('aligns file data when asked', () => {
    for (const align of [4, 16, 64]) {
      const read = readZip(createStoredZip(entries, { align }));
      for (const e of read) expect(e.dataOffset % align).toBe(0);
      expect(read[0]!.data).toEqual(entries[0]!.data);
    }
  });

  it('is deterministic and rejects duplicate names', () => {
    expect(createStoredZip(entries)).toEqual(createStoredZip(entries));
    expect(() => createStoredZip([entries[0]!, entries[0]!])).toThrow(/duplicate/);
  });
});
