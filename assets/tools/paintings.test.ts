import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import {
  flowField,
  harmonograph,
  mondrianGrid,
  moireRings,
  sunsetRidges,
  truchetTiles,
  voronoiMosaic,
  waveStripes,
} from './paintings.ts';
import type { Painter } from './paintings.ts';
import { crc32 } from 'node:zlib';
import { encodePng } from './png.ts';

const painters: Record<string, Painter> = {
  flowField,
  moireRings,
  mondrianGrid,
  truchetTiles,
  sunsetRidges,
  voronoiMosaic,
  harmonograph,
  waveStripes,
};

// Small but non-square, so a swapped width and height would show.
const WIDTH = 150;
const HEIGHT = 110;

function luminanceStdDev(rgba: Uint8Array): number {
  const n = rgba.length / 4;
  let sum = 0;
  let sumSq = 0;
  for (let p = 0; p < n; p++) {
    const l = 0.2126 * rgba[p * 4] + 0.7152 * rgba[p * 4 + 1] + 0.0722 * rgba[p * 4 + 2];
    sum += l;
    sumSq += l * l;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sumSq / n - mean * mean));
}

/** Minimal PNG reader for what encodePng writes: checks chunk CRCs, inflates IDAT, undoes filter type 0. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    types.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types[types.length - 1]).toBe('IEND');

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  expect(raw.length).toBe((stride + 1) * height);
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, rgba };
}

describe.each(Object.entries(painters))('%s', (_name, paint) => {
  const image = paint(WIDTH, HEIGHT, 1234);

  it('returns width*height*4 bytes, fully opaque', () => {
    expect(image).toBeInstanceOf(Uint8Array);
    expect(image.length).toBe(WIDTH * HEIGHT * 4);
    let translucent = 0;
    for (let p = 3; p < image.length; p += 4) if (image[p] !== 255) translucent++;
    expect(translucent).toBe(0);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    expect(Buffer.from(paint(WIDTH, HEIGHT, 1234)).equals(Buffer.from(image))).toBe(true);
    expect(Buffer.from(paint(WIDTH, HEIGHT, 5678)).equals(Buffer.from(image))).toBe(false);
  });

  it('is not a flat image', () => {
    expect(luminanceStdDev(image)).toBeGreaterThan(10);
  });
});

describe('encodePng', () => {
  it('writes a PNG that decodes back to the same pixels', () => {
    const rgba = sunsetRidges(WIDTH, HEIGHT, 7);
    const png = encodePng(WIDTH, HEIGHT, rgba);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const decoded = decodePng(png);
    expect(decoded.width).toBe(WIDTH);
    expect(decoded.height).toBe(HEIGHT);
    for (const [x, y] of [
      [0, 0],
      [WIDTH - 1, 0],
      [WIDTH >> 1, HEIGHT >> 1],
      [17, 93],
      [WIDTH - 1, HEIGHT - 1],
    ]) {
      const i = (y * WIDTH + x) * 4;
      expect([...decoded.rgba.subarray(i, i + 4)]).toEqual([...rgba.subarray(i, i + 4)]);
    }
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('handles a 1x1 image and rejects a wrong buffer size', () => {
    const decoded = decodePng(encodePng(1, 1, new Uint8Array([10, 20, 30, 255])));
    expect([...decoded.rgba]).toEqual([10, 20, 30, 255]);
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
  });
});
