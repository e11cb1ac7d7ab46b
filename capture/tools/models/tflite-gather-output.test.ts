import { describe, expect, it } from 'vitest';
import * as fb from './flatbuffer-read.ts';
import { syntheticModel } from './synthetic-model.ts';
import { gatherFirstOutputRows } from './tflite-gather-output.ts';
import { addInputNormalization, readInputNormalization } from './tflite-metadata.ts';

function subgraph0(model: Uint8Array): number {
  return fb.vectorTables(model, fb.vectorField(model, fb.rootTable(model), 2)!)[0]!;
}

function tensors(model: Uint8Array) {
  const sg = subgraph0(model);
  return fb.vectorTables(model, fb.vectorField(model, sg, 0)!).map((t) => ({
    shape: fb.int32Vector(model, fb.vectorField(model, t, 0)!),
    type: fb.readU8Field(model, t, 1),
    buffer: fb.readU32Field(model, t, 2),
    name: fb.stringField(model, t, 3),
  }));
}

function int32Buffer(model: Uint8Array, index: number): number[] {
  const buffer = fb.vectorTables(model, fb.vectorField(model, fb.rootTable(model), 4)!)[index]!;
  const bytes = fb.bytesVector(model, fb.vectorField(model, buffer, 0)!);
  return Array.from(new Int32Array(bytes.slice().buffer));
}

describe('gatherFirstOutputRows', () => {
  const indices = [0, 1, 1, 0];

  it('routes the first output through RESHAPE and GATHER', () => {
    const model = syntheticModel({
      outputShapes: [
        [1, 1, 1, 6],
        [1, 1],
      ],
    });
    const out = gatherFirstOutputRows(model, { rows: 2, columns: 3, indices });
    const before = tensors(model);
    const after = tensors(out);
    expect(after.slice(0, before.length)).toEqual(before);
    const sg = subgraph0(out);
    const outputs = fb.int32Vector(out, fb.vectorField(out, sg, 2)!);
    const oldOutputs = fb.int32Vector(model, fb.vectorField(model, subgraph0(model), 2)!);
    expect(outputs.slice(1)).toEqual(oldOutputs.slice(1));
    expect(after[outputs[0]!]).toMatchObject({ shape: [4, 3], type: 0 });
    expect(fb.int32Vector(out, fb.vectorField(out, sg, 1)!)).toEqual([0]);
    expect(fb.stringField(out, sg, 4)).toBe('main');

    // Two operators appended: RESHAPE(output0, shape) → GATHER(reshaped, indices) → new output.
    const ops = fb.vectorTables(out, fb.vectorField(out, sg, 3)!);
    const codes = fb.vectorTables(out, fb.vectorField(out, fb.rootTable(out), 1)!);
    const [reshape, gather] = ops.slice(-2).map((op) => ({
      code: fb.readU32Field(out, codes[fb.readU32Field(out, op, 0)]!, 3),
      inputs: fb.int32Vector(out, fb.vectorField(out, op, 1)!),
      outputs: fb.int32Vector(out, fb.vectorField(out, op, 2)!),
    }));
    const oldOps = fb.vectorField(model, subgraph0(model), 3)!.length;
    expect(ops).toHaveLength(oldOps + 2);
    expect(reshape!.code).toBe(22);
    expect(gather!.code).toBe(36);
    expect(reshape!.inputs[0]).toBe(oldOutputs[0]);
    expect(int32Buffer(out, after[reshape!.inputs[1]!]!.buffer)).toEqual([2, 3]);
    expect(after[reshape!.outputs[0]!]!.shape).toEqual([2, 3]);
    expect(gather!.inputs[0]).toBe(reshape!.outputs[0]);
    expect(int32Buffer(out, after[gather!.inputs[1]!]!.buffer)).toEqual(indices);
    expect(gather!.outputs).toEqual([outputs[0]]);
  });

  it('keeps metadata added before it', () => {
    const withMeta = addInputNormalization(syntheticModel(), 'm', { mean: [0], std: [255] });
    const out = gatherFirstOutputRows(withMeta, { rows: 6, columns: 1, indices: [5, 4] });
    expect(readInputNormalization(out)).toEqual({ mean: [0], std: [255] });
  });

  it('checks the output size and indices', () => {
    const model = syntheticModel();
    expect(() => gatherFirstOutputRows(model, { rows: 4, columns: 3, indices })).toThrow(/6 values/);
    expect(() => gatherFirstOutputRows(model, { rows: 2, columns: 3, indices: [2] })).toThrow(/indices/);
  });
});
