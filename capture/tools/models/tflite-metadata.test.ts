import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fb from './flatbuffer-read.ts';
import { syntheticModel } from './synthetic-model.ts';
import {
  METADATA_BUFFER_NAME,
  addInputNormalization,
  readInputNormalization,
  readModelMetadata,
} from './tflite-metadata.ts';

// tflite/schema.fbs slots used to check the rewritten model independently of the code under test.
const M = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadata: 6 };

function metadataNames(model: Uint8Array): [string | null, number][] {
  const vec = fb.vectorField(model, fb.rootTable(model), M.metadata);
  return (vec ? fb.vectorTables(model, vec) : []).map((t) => [
    fb.stringField(model, t, 0),
    fb.readU32Field(model, t, 1),
  ]);
}

function bufferData(model: Uint8Array): (Uint8Array | null)[] {
  const vec = fb.vectorField(model, fb.rootTable(model), M.buffers)!;
  return fb.vectorTables(model, vec).map((t) => {
    const data = fb.vectorField(model, t, 0);
    return data ? fb.bytesVector(model, data) : null;
  });
}

function inputShape(model: Uint8Array): number[] {
  const root = fb.rootTable(model);
  const subgraph = fb.vectorTables(model, fb.vectorField(model, root, M.subgraphs)!)[0]!;
  const input = fb.int32Vector(model, fb.vectorField(model, subgraph, 1)!)[0]!;
  const tensor = fb.vectorTables(model, fb.vectorField(model, subgraph, 0)!)[input]!;
  return fb.int32Vector(model, fb.vectorField(model, tensor, 0)!);
}

function checkRewrite(original: Uint8Array, mean: number[], std: number[]): Uint8Array {
  const out = addInputNormalization(original, 'test_model', { mean, std });
  expect(fb.fileIdentifier(out)).toBe('TFL3');

  // The old model is carried unchanged at the end, 16-byte aligned, so its offsets and alignment still hold.
  const shift = out.byteLength - original.byteLength;
  expect(shift % 16).toBe(0);
  expect(Buffer.from(out.subarray(shift)).equals(Buffer.from(original))).toBe(true);

  // Fields are reachable through the new root and lead to the same objects as before.
  const oldRoot = fb.rootTable(original);
  const newRoot = fb.rootTable(out);
  expect(fb.readU32Field(out, newRoot, M.version)).toBe(fb.readU32Field(original, oldRoot, M.version));
  for (const slot of [M.operatorCodes, M.subgraphs, M.description]) {
    expect(fb.refField(out, newRoot, slot)).toBe(fb.refField(original, oldRoot, slot)! + shift);
  }
  expect(fb.stringField(out, newRoot, M.description)).toBe(fb.stringField(original, oldRoot, M.description));
  expect(inputShape(out)).toEqual(inputShape(original));

  // Old buffers are unchanged, one buffer is added and referenced by a TFLITE_METADATA entry.
  const oldBuffers = bufferData(original);
  const newBuffers = bufferData(out);
  expect(newBuffers).toHaveLength(oldBuffers.length + 1);
  oldBuffers.forEach((b, i) => expect(newBuffers[i]).toEqual(b));
  const names = metadataNames(out);
  expect(names.slice(0, -1)).toEqual(metadataNames(original).filter(([n]) => n !== METADATA_BUFFER_NAME));
  expect(names.at(-1)).toEqual([METADATA_BUFFER_NAME, oldBuffers.length]);

  // The metadata buffer is a ModelMetadata FlatBuffer, aligned as the schema's force_align(16) asks.
  const metadata = newBuffers.at(-1)!;
  expect(metadata.byteOffset % 16).toBe(0);
  expect(fb.fileIdentifier(metadata)).toBe('M001');
  expect(readModelMetadata(out)).toEqual(metadata);
  // ModelMetadata → subgraph_metadata[0] → input_tensor_metadata[0] → process_units[0] (NormalizationOptions)
  const subgraph = fb.vectorTables(metadata, fb.vectorField(metadata, fb.rootTable(metadata), 3)!)[0]!;
  const tensor = fb.vectorTables(metadata, fb.vectorField(metadata, subgraph, 2)!)[0]!;
  const unit = fb.vectorTables(metadata, fb.vectorField(metadata, tensor, 4)!)[0]!;
  expect(fb.readU8Field(metadata, unit, 0)).toBe(1);
  const options = fb.refField(metadata, unit, 1)!;
  expect(fb.float32Vector(metadata, fb.vectorField(metadata, options, 0)!)).toEqual(mean);
  expect(fb.float32Vector(metadata, fb.vectorField(metadata, options, 1)!)).toEqual(std);
  expect(readInputNormalization(out)).toEqual({ mean, std });
  return out;
}

describe('addInputNormalization', () => {
  it('adds readable normalisation metadata and keeps the model intact', () => {
    const model = syntheticModel();
    expect(readInputNormalization(model)).toBeNull();
    checkRewrite(model, [127.5], [127.5]);
    checkRewrite(model, [0.5, 1.5, 2.5], [10, 20, 40]);
  });

  it('replaces earlier TFLITE_METADATA instead of adding a second entry', () => {
    const once = addInputNormalization(syntheticModel(), 'a', { mean: [1], std: [2] });
    const twice = checkRewrite(once, [0], [255]);
    expect(metadataNames(twice).filter(([n]) => n === METADATA_BUFFER_NAME)).toHaveLength(1);
  });

  it('rejects bad input', () => {
    expect(() => addInputNormalization(new Uint8Array(64), 'x', { mean: [0], std: [1] })).toThrow(/TFL3/);
    expect(() => addInputNormalization(syntheticModel(), 'x', { mean: [0, 0], std: [1, 1] })).toThrow(
      /1 or 3/,
    );
    expect(() => addInputNormalization(syntheticModel(), 'x', { mean: [0], std: [0] })).toThrow(/positive/);
  });

  let poseDir: string | null = null;
  try {
    poseDir = dirname(createRequire(import.meta.url).resolve('@mediapipe/pose/package.json'));
  } catch {
    // optional package: the synthetic model tests above still run
  }
  it.skipIf(poseDir === null)('rewrites a real MediaPipe model', () => {
    const model = new Uint8Array(readFileSync(join(poseDir!, 'pose_landmark_lite.tflite')));
    const out = checkRewrite(model, [0], [255]);
    expect(inputShape(out)).toEqual([1, 256, 256, 3]);
  });
});
