// Rewrites the root Model table of a .tflite file without touching its bytes: a new root table is written in
// front of the old model and reuses every field it does not replace. FlatBuffer offsets only point forward
// and are relative, so the old model's objects stay valid when shifted by a multiple of their alignment.

import * as fb from './flatbuffer-read.ts';
import { type FbField, type FbNode, layoutForward } from './flatbuffer-write.ts';

/** Field slots of tflite/schema.fbs tables. */
export const MODEL = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
} as const;
const MODEL_OFFSET_SLOTS = [1, 2, 3, 4, 5, 6, 7] as const;
const MODEL_SLOT_COUNT = 8;

export const BUFFER = { data: 0, offset: 1, size: 2 } as const;
export const METADATA = { name: 0, buffer: 1 } as const;

export const TFLITE_IDENTIFIER = 'TFL3';

export type ModelSlot = (typeof MODEL_OFFSET_SLOTS)[number];

/** Reference to an object inside `model`, for use in a replacement passed to rewriteModelRoot. */
export function existing(position: number): FbNode {
  return { kind: 'external', position };
}

/** Checks the model is one this tool can rewrite safely; returns its root table position. */
export function checkedRoot(model: Uint8Array): number {
  if (fb.fileIdentifier(model) !== TFLITE_IDENTIFIER)
    throw new Error('not a TFLite model (no "TFL3" identifier)');
  const root = fb.rootTable(model);
  if (fb.slotCount(model, root) > MODEL_SLOT_COUNT) {
    // Newer schema fields could be scalars or offsets; copying them blindly could corrupt the model.
    throw new Error('TFLite model has Model fields this tool does not know; refusing to rewrite it');
  }
  const buffers = fb.vectorField(model, root, MODEL.buffers);
  if (
    buffers &&
    fb.vectorTables(model, buffers).some((t) => fb.readU64Field(model, t, BUFFER.offset) !== 0n)
  ) {
    // Buffers stored by absolute file offset (models over 2 GB) would move when we prepend bytes.
    throw new Error('TFLite model stores buffers by file offset; prepending tables would break it');
  }
  return root;
}

/** Returns a model whose root table has the given fields replaced and all others reused. */
export function rewriteModelRoot(model: Uint8Array, replace: Partial<Record<ModelSlot, FbNode>>): Uint8Array {
  const root = checkedRoot(model);
  const fields: FbField[] = [
    { slot: MODEL.version, scalar: 'u32', value: fb.readU32Field(model, root, MODEL.version) },
  ];
  for (const slot of MODEL_OFFSET_SLOTS) {
    const replacement = replace[slot];
    const target = fb.refField(model, root, slot);
    if (replacement) fields.push({ slot, ref: replacement });
    else if (target !== null) fields.push({ slot, ref: existing(target) });
  }
  // 16 keeps every object of the old model (and its force_align(16) buffer data) at its old alignment.
  return layoutForward(
    { kind: 'table', fields },
    { fileIdentifier: TFLITE_IDENTIFIER, tail: model, tailAlign: 16 },
  );
}

/** The tables of a vector field of the root Model, as references usable in a replacement vector. */
export function existingTables(model: Uint8Array, slot: ModelSlot): FbNode[] {
  const vec = fb.vectorField(model, fb.rootTable(model), slot);
  return vec ? fb.vectorTables(model, vec).map(existing) : [];
}
