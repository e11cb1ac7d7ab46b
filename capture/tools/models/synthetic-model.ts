// A tiny TFLite-shaped FlatBuffer for tests: the real models come from optional npm packages, and the rewriting
// code must be testable without them. It is not runnable, only structurally valid.

import { type FbNode, layoutForward } from './flatbuffer-write.ts';

export interface SyntheticModelOptions {
  inputShape?: number[];
  outputShapes?: number[][];
  /** Extra Model.metadata entries as [name, buffer index]. */
  metadata?: [string, number][];
}

export function syntheticModel(options: SyntheticModelOptions = {}): Uint8Array {
  const inputShape = options.inputShape ?? [1, 8, 8, 3];
  const outputShapes = options.outputShapes ?? [
    [1, 1, 1, 6],
    [1, 1],
  ];
  const tensor = (name: string, shape: number[], buffer: number): FbNode => ({
    kind: 'table',
    fields: [
      { slot: 0, ref: { kind: 'i32s', values: shape } },
      { slot: 1, scalar: 'u8', value: 0 },
      { slot: 2, scalar: 'u32', value: buffer },
      { slot: 3, ref: { kind: 'string', value: name } },
    ],
  });
  const weights = new Uint8Array(64).map((_, i) => (i * 37) & 0xff);
  const tensors = [
    tensor('input', inputShape, 0),
    tensor('weights', [16], 1),
    ...outputShapes.map((shape, i) => tensor(`output_${i}`, shape, 0)),
  ];
  const outputIndices = outputShapes.map((_, i) => 2 + i);
  const operator: FbNode = {
    kind: 'table',
    fields: [
      { slot: 0, scalar: 'u32', value: 0 },
      { slot: 1, ref: { kind: 'i32s', values: [0, 1] } },
      { slot: 2, ref: { kind: 'i32s', values: outputIndices } },
    ],
  };
  const subgraph: FbNode = {
    kind: 'table',
    fields: [
      { slot: 0, ref: { kind: 'refs', items: tensors } },
      { slot: 1, ref: { kind: 'i32s', values: [0] } },
      { slot: 2, ref: { kind: 'i32s', values: outputIndices } },
      { slot: 3, ref: { kind: 'refs', items: [operator] } },
      { slot: 4, ref: { kind: 'string', value: 'main' } },
    ],
  };
  const opcode: FbNode = {
    kind: 'table',
    fields: [
      { slot: 0, scalar: 'u8', value: 3 },
      { slot: 3, scalar: 'i32', value: 3 },
    ],
  };
  const buffers: FbNode[] = [
    { kind: 'table', fields: [] },
    { kind: 'table', fields: [{ slot: 0, ref: { kind: 'bytes', data: weights, align: 16 } }] },
  ];
  const metadata = (options.metadata ?? [['min_runtime_version', 0]]).map(([name, buffer]): FbNode => ({
    kind: 'table',
    fields: [
      { slot: 0, ref: { kind: 'string', value: name } },
      { slot: 1, scalar: 'u32', value: buffer },
    ],
  }));
  return layoutForward(
    {
      kind: 'table',
      fields: [
        { slot: 0, scalar: 'u32', value: 3 },
        { slot: 1, ref: { kind: 'refs', items: [opcode] } },
        { slot: 2, ref: { kind: 'refs', items: [subgraph] } },
        { slot: 3, ref: { kind: 'string', value: 'synthetic test model' } },
        { slot: 4, ref: { kind: 'refs', items: buffers } },
        { slot: 6, ref: { kind: 'refs', items: metadata } },
      ],
    },
    { fileIdentifier: 'TFL3' },
  );
}
