// Appends RESHAPE + GATHER to a model's first output so its rows can be reordered or repeated. Used to give the
// legacy 468-point face mesh model the 478-row output MediaPipe Tasks' FaceLandmarker decodes: Tasks reads
// 478 landmarks from the first output tensor and would otherwise split 1404 values into 2-value landmarks.

import * as fb from './flatbuffer-read.ts';
import { type FbNode } from './flatbuffer-write.ts';
import { BUFFER, MODEL, checkedRoot, existing, existingTables, rewriteModelRoot } from './tflite-model.ts';

// tflite/schema.fbs slots and enum values.
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 } as const;
const SUBGRAPH_KNOWN_SLOTS = 5;
const TENSOR = { shape: 0, type: 1, buffer: 2, name: 3 } as const;
const OPERATOR = { opcodeIndex: 0, inputs: 1, outputs: 2 } as const;
const OPERATOR_CODE = { deprecatedBuiltinCode: 0, version: 2, builtinCode: 3 } as const;
const TENSOR_FLOAT32 = 0;
const TENSOR_INT32 = 2;
const OP_RESHAPE = 22;
const OP_GATHER = 36;

export interface GatherRows {
  /** How the first output is viewed before gathering: `rows` × `columns` values. */
  rows: number;
  columns: number;
  /** Source row of each output row; the output becomes indices.length × columns. */
  indices: readonly number[];
}

function int32Bytes(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => dv.setInt32(i * 4, v, true));
  return out;
}

function opcode(builtin: number): FbNode {
  return {
    kind: 'table',
    fields: [
      { slot: OPERATOR_CODE.deprecatedBuiltinCode, scalar: 'u8', value: builtin },
      { slot: OPERATOR_CODE.version, scalar: 'i32', value: 1 },
      { slot: OPERATOR_CODE.builtinCode, scalar: 'i32', value: builtin },
    ],
  };
}

function tensor(name: string, type: number, shape: number[], buffer: number): FbNode {
  return {
    kind: 'table',
    fields: [
      { slot: TENSOR.shape, ref: { kind: 'i32s', values: shape } },
      { slot: TENSOR.type, scalar: 'u8', value: type },
      { slot: TENSOR.buffer, scalar: 'u32', value: buffer },
      { slot: TENSOR.name, ref: { kind: 'string', value: name } },
    ],
  };
}

function operator(opcodeIndex: number, inputs: number[], outputs: number[]): FbNode {
  return {
    kind: 'table',
    fields: [
      { slot: OPERATOR.opcodeIndex, scalar: 'u32', value: opcodeIndex },
      { slot: OPERATOR.inputs, ref: { kind: 'i32s', values: inputs } },
      { slot: OPERATOR.outputs, ref: { kind: 'i32s', values: outputs } },
    ],
  };
}

/** Returns the model with subgraph 0's first output replaced by `gather(reshape(output, [rows, columns]))`. */
export function gatherFirstOutputRows(model: Uint8Array, spec: GatherRows): Uint8Array {
  const root = checkedRoot(model);
  if (fb.refField(model, root, MODEL.signatureDefs) !== null) {
    throw new Error('TFLite model has signature defs; they would still name the old output');
  }
  const subgraphs = fb.vectorField(model, root, MODEL.subgraphs);
  const subgraph = subgraphs && fb.vectorTables(model, subgraphs)[0];
  if (subgraph === undefined || subgraph === null) throw new Error('TFLite model has no subgraph');
  if (fb.slotCount(model, subgraph) > SUBGRAPH_KNOWN_SLOTS) {
    throw new Error('TFLite subgraph has fields this tool does not know; refusing to rewrite it');
  }
  const tensorsVec = fb.vectorField(model, subgraph, SUBGRAPH.tensors);
  const outputsVec = fb.vectorField(model, subgraph, SUBGRAPH.outputs);
  const operatorsVec = fb.vectorField(model, subgraph, SUBGRAPH.operators);
  if (!tensorsVec || !outputsVec || !operatorsVec)
    throw new Error('TFLite subgraph lacks tensors, outputs or operators');
  const outputs = fb.int32Vector(model, outputsVec);
  const first = fb.vectorTables(model, tensorsVec)[outputs[0] ?? -1];
  if (first === undefined) throw new Error('TFLite subgraph has no outputs');
  if (fb.readU8Field(model, first, TENSOR.type) !== TENSOR_FLOAT32)
    throw new Error('first output is not float32');
  const shapeVec = fb.vectorField(model, first, TENSOR.shape);
  const count = (shapeVec ? fb.int32Vector(model, shapeVec) : []).reduce((a, b) => a * b, 1);
  if (count !== spec.rows * spec.columns) {
    throw new Error(`first output has ${count} values, expected ${spec.rows} × ${spec.columns}`);
  }
  if (spec.indices.some((i) => !Number.isInteger(i) || i < 0 || i >= spec.rows)) {
    throw new Error('gather indices must be row numbers of the first output');
  }

  const buffers = existingTables(model, MODEL.buffers);
  const opcodes = existingTables(model, MODEL.operatorCodes);
  const [shapeBuf, indicesBuf, emptyBuf] = [buffers.length, buffers.length + 1, buffers.length + 2];
  const [reshapeCode, gatherCode] = [opcodes.length, opcodes.length + 1];
  const t0 = tensorsVec.length;
  const [shapeT, indicesT, reshapedT, gatheredT] = [t0, t0 + 1, t0 + 2, t0 + 3];

  const constant = (values: number[]): FbNode => ({
    kind: 'table',
    fields: [{ slot: BUFFER.data, ref: { kind: 'bytes', data: int32Bytes(values), align: 16 } }],
  });
  const newSubgraph: FbNode = {
    kind: 'table',
    fields: [
      {
        slot: SUBGRAPH.tensors,
        ref: {
          kind: 'refs',
          items: [
            ...fb.vectorTables(model, tensorsVec).map(existing),
            tensor('gather_rows/shape', TENSOR_INT32, [2], shapeBuf),
            tensor('gather_rows/indices', TENSOR_INT32, [spec.indices.length], indicesBuf),
            tensor('gather_rows/reshaped', TENSOR_FLOAT32, [spec.rows, spec.columns], emptyBuf),
            tensor('gather_rows/output', TENSOR_FLOAT32, [spec.indices.length, spec.columns], emptyBuf),
          ],
        },
      },
      { slot: SUBGRAPH.outputs, ref: { kind: 'i32s', values: [gatheredT, ...outputs.slice(1)] } },
      {
        slot: SUBGRAPH.operators,
        ref: {
          kind: 'refs',
          items: [
            ...fb.vectorTables(model, operatorsVec).map(existing),
            // No builtin options: RESHAPE takes its shape from the second input, GATHER defaults to axis 0.
            operator(reshapeCode, [outputs[0]!, shapeT], [reshapedT]),
            operator(gatherCode, [reshapedT, indicesT], [gatheredT]),
          ],
        },
      },
      ...[SUBGRAPH.inputs, SUBGRAPH.name].flatMap((slot) => {
        const target = fb.refField(model, subgraph, slot);
        return target === null ? [] : [{ slot, ref: existing(target) }];
      }),
    ],
  };
  const otherSubgraphs = fb.vectorTables(model, subgraphs!).slice(1).map(existing);
  return rewriteModelRoot(model, {
    [MODEL.operatorCodes]: { kind: 'refs', items: [...opcodes, opcode(OP_RESHAPE), opcode(OP_GATHER)] },
    [MODEL.subgraphs]: { kind: 'refs', items: [newSubgraph, ...otherSubgraphs] },
    [MODEL.buffers]: {
      kind: 'refs',
      items: [
        ...buffers,
        constant([spec.rows, spec.columns]),
        constant([...spec.indices]),
        { kind: 'table', fields: [] },
      ],
    },
  });
}
