// Adds TFLite Metadata (metadata_schema.fbs) to a .tflite model so MediaPipe Tasks knows how to normalise the
// input image: float models without NormalizationOptions are rejected. The model bytes are kept untouched;
// a new root Model table is written in front of them that reuses the old fields and adds one Buffer and one
// "TFLITE_METADATA" entry.

import * as fb from './flatbuffer-read.ts';
import { type FbNode, layoutForward } from './flatbuffer-write.ts';
import {
  BUFFER,
  METADATA,
  MODEL,
  checkedRoot,
  existing,
  existingTables,
  rewriteModelRoot,
} from './tflite-model.ts';

export interface InputNormalization {
  /** One value for all channels, or one per channel (input = (pixel - mean) / std). */
  mean: number[];
  std: number[];
}

// metadata_schema.fbs slots.
const MODEL_METADATA = { name: 0, description: 1, subgraphMetadata: 3 } as const;
const SUBGRAPH_METADATA = { inputTensorMetadata: 2 } as const;
const TENSOR_METADATA = { name: 0, processUnits: 4 } as const;
const PROCESS_UNIT = { optionsType: 0, options: 1 } as const;
const NORMALIZATION_OPTIONS = { mean: 0, std: 1 } as const;
/** ProcessUnitOptions union tag of NormalizationOptions. */
const PROCESS_UNIT_NORMALIZATION = 1;

export const METADATA_BUFFER_NAME = 'TFLITE_METADATA';
const METADATA_IDENTIFIER = 'M001';

function checkNormalization(n: InputNormalization): void {
  const ok = (v: number[]) => v.length === 1 || v.length === 3;
  if (!ok(n.mean) || n.mean.length !== n.std.length) {
    throw new Error('normalization needs 1 or 3 mean values and as many std values');
  }
  if (n.std.some((s) => !(s > 0))) throw new Error('normalization std values must be positive');
}

/** A ModelMetadata FlatBuffer ("M001") describing the first input tensor's normalisation. */
export function buildModelMetadata(modelName: string, normalization: InputNormalization): Uint8Array {
  checkNormalization(normalization);
  const processUnit: FbNode = {
    kind: 'table',
    fields: [
      { slot: PROCESS_UNIT.optionsType, scalar: 'u8', value: PROCESS_UNIT_NORMALIZATION },
      {
        slot: PROCESS_UNIT.options,
        ref: {
          kind: 'table',
          fields: [
            { slot: NORMALIZATION_OPTIONS.mean, ref: { kind: 'f32s', values: normalization.mean } },
            { slot: NORMALIZATION_OPTIONS.std, ref: { kind: 'f32s', values: normalization.std } },
          ],
        },
      },
    ],
  };
  const inputTensor: FbNode = {
    kind: 'table',
    fields: [
      { slot: TENSOR_METADATA.name, ref: { kind: 'string', value: 'image' } },
      { slot: TENSOR_METADATA.processUnits, ref: { kind: 'refs', items: [processUnit] } },
    ],
  };
  const subgraph: FbNode = {
    kind: 'table',
    fields: [{ slot: SUBGRAPH_METADATA.inputTensorMetadata, ref: { kind: 'refs', items: [inputTensor] } }],
  };
  const root: FbNode = {
    kind: 'table',
    fields: [
      { slot: MODEL_METADATA.name, ref: { kind: 'string', value: modelName } },
      {
        slot: MODEL_METADATA.description,
        ref: {
          kind: 'string',
          value: 'Input normalisation added by prostudio capture/tools/build-models.ts',
        },
      },
      { slot: MODEL_METADATA.subgraphMetadata, ref: { kind: 'refs', items: [subgraph] } },
    ],
  };
  return layoutForward(root, { fileIdentifier: METADATA_IDENTIFIER });
}

/** Returns the model with a ModelMetadata buffer that sets the input normalisation; replaces any existing one. */
export function addInputNormalization(
  model: Uint8Array,
  modelName: string,
  normalization: InputNormalization,
): Uint8Array {
  const root = checkedRoot(model);
  const buffers = existingTables(model, MODEL.buffers);
  const oldEntries = fb.vectorField(model, root, MODEL.metadata);
  const keptEntries = (oldEntries ? fb.vectorTables(model, oldEntries) : [])
    .filter((t) => fb.stringField(model, t, METADATA.name) !== METADATA_BUFFER_NAME)
    .map(existing);

  const metadataBuffer: FbNode = {
    kind: 'table',
    fields: [
      {
        slot: BUFFER.data,
        ref: { kind: 'bytes', data: buildModelMetadata(modelName, normalization), align: 16 },
      },
    ],
  };
  const metadataEntry: FbNode = {
    kind: 'table',
    fields: [
      { slot: METADATA.name, ref: { kind: 'string', value: METADATA_BUFFER_NAME } },
      { slot: METADATA.buffer, scalar: 'u32', value: buffers.length },
    ],
  };
  return rewriteModelRoot(model, {
    [MODEL.buffers]: { kind: 'refs', items: [...buffers, metadataBuffer] },
    [MODEL.metadata]: { kind: 'refs', items: [...keptEntries, metadataEntry] },
  });
}

/** Reads back the first input tensor's NormalizationOptions from a model's TFLITE_METADATA, if any. */
export function readInputNormalization(model: Uint8Array): InputNormalization | null {
  const metadata = readModelMetadata(model);
  if (!metadata) return null;
  const subgraphs = fb.vectorField(metadata, fb.rootTable(metadata), MODEL_METADATA.subgraphMetadata);
  const subgraph = subgraphs && fb.vectorTables(metadata, subgraphs)[0];
  if (subgraph === undefined || subgraph === null) return null;
  const inputs = fb.vectorField(metadata, subgraph, SUBGRAPH_METADATA.inputTensorMetadata);
  const input = inputs && fb.vectorTables(metadata, inputs)[0];
  if (input === undefined || input === null) return null;
  const units = fb.vectorField(metadata, input, TENSOR_METADATA.processUnits);
  for (const unit of units ? fb.vectorTables(metadata, units) : []) {
    if (fb.readU8Field(metadata, unit, PROCESS_UNIT.optionsType) !== PROCESS_UNIT_NORMALIZATION) continue;
    const options = fb.refField(metadata, unit, PROCESS_UNIT.options);
    if (options === null) return null;
    const mean = fb.vectorField(metadata, options, NORMALIZATION_OPTIONS.mean);
    const std = fb.vectorField(metadata, options, NORMALIZATION_OPTIONS.std);
    return {
      mean: mean ? fb.float32Vector(metadata, mean) : [],
      std: std ? fb.float32Vector(metadata, std) : [],
    };
  }
  return null;
}

/** The ModelMetadata FlatBuffer a model carries under TFLITE_METADATA, or null. */
export function readModelMetadata(model: Uint8Array): Uint8Array | null {
  const root = fb.rootTable(model);
  const entries = fb.vectorField(model, root, MODEL.metadata);
  const buffers = fb.vectorField(model, root, MODEL.buffers);
  if (!entries || !buffers) return null;
  for (const entry of fb.vectorTables(model, entries)) {
    if (fb.stringField(model, entry, METADATA.name) !== METADATA_BUFFER_NAME) continue;
    const buffer = fb.vectorTables(model, buffers)[fb.readU32Field(model, entry, METADATA.buffer)];
    const data = buffer === undefined ? null : fb.vectorField(model, buffer, BUFFER.data);
    if (!data) return null;
    const bytes = fb.bytesVector(model, data);
    return fb.fileIdentifier(bytes) === METADATA_IDENTIFIER ? bytes : null;
  }
  return null;
}
