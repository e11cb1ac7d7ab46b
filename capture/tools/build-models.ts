// Assembles MediaPipe Tasks model bundles (.task) from the .tflite files shipped in the legacy
// @mediapipe/{pose,hands,face_mesh} npm packages, since no npm package ships .task files.
// A .task is a STORED zip of tflite models with fixed names; each model needs TFLite metadata giving its
// input normalisation, which the legacy models lack, so it is added here.
//
// Usage (cwd capture/): node tools/build-models.ts   → writes dist/models/*.task

import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPackedFile, parsePackedAssetsLoader } from './models/packed-assets.ts';
import { type InputNormalization, addInputNormalization } from './models/tflite-metadata.ts';
import { gatherFirstOutputRows } from './models/tflite-gather-output.ts';
import { createStoredZip } from './models/zip-stored.ts';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(toolsDir, '../dist/models');
const require = createRequire(import.meta.url);

/** Where a model comes from: a plain file in a package, or a file inside the package's packed .data. */
type Source = { pkg: string; file: string } | { pkg: string; packed: string; file: string }; // packed: the .data file's base name (no extension)

interface BundleEntry {
  name: string;
  source: Source;
  normalization: InputNormalization;
  /** Extra rewrite of the model after metadata, e.g. to match the output layout Tasks expects. */
  transform?: (model: Uint8Array) => Uint8Array;
}

interface Bundle {
  file: string;
  entries: BundleEntry[];
}

// Input ranges from the legacy graphs (ImageToTensorCalculator output_tensor_float_range):
// [-1, 1] → mean 127.5, std 127.5; [0, 1] → mean 0, std 255.
const MINUS_ONE_TO_ONE: InputNormalization = { mean: [127.5], std: [127.5] };
const ZERO_TO_ONE: InputNormalization = { mean: [0], std: [255] };

const poseDetector: BundleEntry = {
  name: 'pose_detector.tflite',
  source: { pkg: '@mediapipe/pose', packed: 'pose_solution_packed_assets', file: 'pose_detection.tflite' },
  normalization: MINUS_ONE_TO_ONE,
};

const poseBundle = (variant: 'lite' | 'full' | 'heavy'): Bundle => ({
  file: `pose_landmarker_${variant}.task`,
  entries: [
    poseDetector,
    {
      name: 'pose_landmarks_detector.tflite',
      source: { pkg: '@mediapipe/pose', file: `pose_landmark_${variant}.tflite` },
      normalization: ZERO_TO_ONE,
    },
  ],
});

// Tasks' face landmarker decodes 478 landmarks (468 mesh + 2×5 iris) from the first output; the legacy mesh
// model has 468 and no irises. The 10 iris rows are filled with eyelid/eye-corner mesh points so they lie on
// the eyes (Tasks bounds the next frame's face box by all landmarks; zeros would drag it to the crop corner).
// Iris landmarks are therefore only rough eye positions, not tracked irises.
const FACE_MESH_ROWS = 468;
const FACE_IRIS_STAND_INS = [
  ...[159, 33, 159, 133, 145], // 468–472: right eye
  ...[386, 362, 386, 263, 374], // 473–477: left eye
];
const faceMeshTo478 = (model: Uint8Array): Uint8Array =>
  gatherFirstOutputRows(model, {
    rows: FACE_MESH_ROWS,
    columns: 3,
    indices: [...Array.from({ length: FACE_MESH_ROWS }, (_, i) => i), ...FACE_IRIS_STAND_INS],
  });

const BUNDLES: Bundle[] = [
  poseBundle('lite'),
  poseBundle('full'),
  poseBundle('heavy'),
  {
    file: 'hand_landmarker.task',
    entries: [
      {
        name: 'hand_detector.tflite',
        source: {
          pkg: '@mediapipe/hands',
          packed: 'hands_solution_packed_assets',
          file: 'palm_detection_full.tflite',
        },
        normalization: ZERO_TO_ONE,
      },
      {
        name: 'hand_landmarks_detector.tflite',
        source: { pkg: '@mediapipe/hands', file: 'hand_landmark_full.tflite' },
        normalization: ZERO_TO_ONE,
      },
    ],
  },
  {
    file: 'face_landmarker.task',
    entries: [
      {
        name: 'face_detector.tflite',
        source: {
          pkg: '@mediapipe/face_mesh',
          packed: 'face_mesh_solution_packed_assets',
          file: 'face_detection_short_range.tflite',
        },
        normalization: MINUS_ONE_TO_ONE,
      },
      {
        name: 'face_landmarks_detector.tflite',
        source: {
          pkg: '@mediapipe/face_mesh',
          packed: 'face_mesh_solution_packed_assets',
          file: 'face_landmark.tflite',
        },
        normalization: ZERO_TO_ONE,
        transform: faceMeshTo478,
      },
    ],
  },
];

function packageDir(pkg: string, forFile: string): string {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(
      `build-models: npm package ${pkg} is not installed; it provides the models for ${forFile}. ` +
        'Run `npm install` at the repository root (it is a devDependency of capture).',
    );
  }
}

/** The files a source reads, for the up-to-date check and for error messages. */
function sourcePaths(source: Source, forFile: string): string[] {
  const dir = packageDir(source.pkg, forFile);
  return 'packed' in source
    ? [join(dir, `${source.packed}.data`), join(dir, `${source.packed}_loader.js`)]
    : [join(dir, source.file)];
}

function readSource(source: Source, forFile: string): Uint8Array {
  const paths = sourcePaths(source, forFile);
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw new Error(`build-models: ${p} is missing (from ${source.pkg}, needed for ${forFile})`);
    }
  }
  if (!('packed' in source)) return new Uint8Array(readFileSync(paths[0]!));
  const table = parsePackedAssetsLoader(readFileSync(paths[1]!, 'utf8'));
  return extractPackedFile(new Uint8Array(readFileSync(paths[0]!)), table, source.file);
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** This tool's own sources: changing them must rebuild the bundles too. */
function toolSources(): string[] {
  const modelsDir = join(toolsDir, 'models');
  return [
    fileURLToPath(import.meta.url),
    ...readdirSync(modelsDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(modelsDir, f)),
  ];
}

function buildBundle(bundle: Bundle): Uint8Array {
  const entries = bundle.entries.map((entry) => {
    const model = readSource(entry.source, bundle.file);
    const withMetadata = addInputNormalization(
      model,
      entry.name.replace(/\.tflite$/, ''),
      entry.normalization,
    );
    return { name: entry.name, data: entry.transform ? entry.transform(withMetadata) : withMetadata };
  });
  // 64-byte aligned entries: Tasks reads models in place from the bundle.
  return createStoredZip(entries, { align: 64 });
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const tools = toolSources();
  let upToDate = 0;
  for (const bundle of BUNDLES) {
    const out = join(outDir, bundle.file);
    const inputs = [...tools, ...bundle.entries.flatMap((e) => sourcePaths(e.source, bundle.file))];
    const newestInput = Math.max(...inputs.map(mtime));
    if (mtime(out) > newestInput) {
      upToDate++;
      continue;
    }
    const bytes = buildBundle(bundle);
    // Write then rename, so a crashed build never leaves a truncated bundle that looks up to date.
    const tmp = `${out}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
    const mb = (bytes.byteLength / 1e6).toFixed(1);
    console.log(`build-models: wrote ${relative(process.cwd(), out)} (${mb} MB)`);
  }
  if (upToDate > 0) console.log(`build-models: ${upToDate} of ${BUNDLES.length} bundles already up to date`);
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
