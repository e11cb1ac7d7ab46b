import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPackedFile, parsePackedAssetsLoader } from './packed-assets.ts';

function packageDir(pkg: string): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  } catch {
    return null;
  }
}

const loader = (files: object[], size: number) =>
  `var Module = {};\n(function() { var loadPackage = function(metadata) { /* {"not": "this"} */ };\n` +
  `loadPackage(${JSON.stringify({ files, remote_package_size: size })});\n})();`;

describe('parsePackedAssetsLoader / extractPackedFile', () => {
  it('extracts files by base name using the loader table', () => {
    const data = new TextEncoder().encode('aaaBBBBcc');
    const table = parsePackedAssetsLoader(
      loader(
        [
          { filename: '/x/a.txt', start: 0, end: 3 },
          { filename: '/x/y/b.tflite', start: 3, end: 7 },
          { filename: '/c.bin', start: 7, end: 9 },
        ],
        9,
      ),
    );
    expect(table.files).toHaveLength(3);
    expect(new TextDecoder().decode(extractPackedFile(data, table, 'b.tflite'))).toBe('BBBB');
    expect(new TextDecoder().decode(extractPackedFile(data, table, 'c.bin'))).toBe('cc');
    expect(() => extractPackedFile(data, table, 'nope.tflite')).toThrow(/no file named nope\.tflite/);
    expect(() => extractPackedFile(data.subarray(1), table, 'b.tflite')).toThrow(/expects 9/);
  });

  it('rejects scripts without a package table', () => {
    expect(() => parsePackedAssetsLoader('console.log(1)')).toThrow(/loadPackage/);
    expect(() =>
      parsePackedAssetsLoader('loadPackage({"files": [{"filename": 1}], "remote_package_size": 1})'),
    ).toThrow(/files/);
  });

  for (const [pkg, base, names] of [
    ['@mediapipe/pose', 'pose_solution_packed_assets', ['pose_detection.tflite']],
    [
      '@mediapipe/hands',
      'hands_solution_packed_assets',
      ['palm_detection_full.tflite', 'palm_detection_lite.tflite'],
    ],
    [
      '@mediapipe/face_mesh',
      'face_mesh_solution_packed_assets',
      ['face_detection_short_range.tflite', 'face_landmark.tflite'],
    ],
  ] as const) {
    const dir = packageDir(pkg);
    it.skipIf(dir === null)(`finds TFLite models in ${pkg}'s packed assets`, () => {
      const table = parsePackedAssetsLoader(readFileSync(join(dir!, `${base}_loader.js`), 'utf8'));
      const data = new Uint8Array(readFileSync(join(dir!, `${base}.data`)));
      for (const name of names) {
        const model = extractPackedFile(data, table, name);
        expect(model.byteLength).toBeGreaterThan(100_000);
        expect(new TextDecoder().decode(model.subarray(4, 8))).toBe('TFL3');
      }
    });
  }
});
