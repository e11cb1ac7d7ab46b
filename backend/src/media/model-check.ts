// Whether an uploaded glTF model is one ProStudio will keep: valid glTF 2.0 by Khronos' own validator, whole in
// itself (nothing fetched from elsewhere, ever), and of a size a headset can draw. content-sniff.ts only reads
// the header, which says what a file claims to be, not whether it is that.
import { type ValidationMessage, type ValidationReport, validateBytes } from 'gltf-validator';
import { glbChunks } from './glb.ts';

/** The caps a model must stay within; the README's Media paragraph lists them too. */
export const MODEL_LIMITS = {
  /** Entries in any one list of the asset (nodes, meshes, accessors, …): the validator walks every one. */
  entriesPerList: 65_536,
  materials: 256,
  textures: 256,
  images: 256,
  /**
   * Accessor elements the validator reads one by one: those of accessors with a bufferView or sparse values.
   * Accessors may share bytes and a sparse one needs almost none, so a file of a few hundred bytes can ask for
   * hundreds of millions, and validation runs on the event loop (measured here: ~0.2 µs an element, 0.25 µs
   * sparse; 34M took 6.6 s). 8M keeps the worst case near 2 s, and is twice what a 24 MB model of float
   * positions and 32-bit indices holds (4M elements, validated in 0.45 s).
   */
  accessorElements: 8_000_000,
  /** What the validator counts as drawn, compressed meshes included. */
  triangles: 2_000_000,
  vertices: 3_000_000,
  /** Width or height of any image, px: 8K is as large a texture as headsets' GPUs take. */
  imageSide: 8192,
} as const;

const LIST_CAPS: Readonly<Record<string, number>> = {
  materials: MODEL_LIMITS.materials,
  textures: MODEL_LIMITS.textures,
  images: MODEL_LIMITS.images,
};

/**
 * Issues that are advice, not faults: the validator's "Information" and "Hint" codes (its ISSUES.md) and the
 * two warnings it can repeat for every property or element. Muted because past maxIssues it stops checking
 * and reports no `info`, so a harmless model with many of them could not be judged.
 */
const ADVISORY_ISSUES = [
  'EXTRA_PROPERTY',
  'KHR_MATERIALS_IRIDESCENCE_THICKNESS_RANGE_WITHOUT_TEXTURE',
  'KHR_MATERIALS_IRIDESCENCE_THICKNESS_TEXTURE_UNUSED',
  'NODE_EMPTY',
  'NODE_MATRIX_DEFAULT',
  'NON_OBJECT_EXTRAS',
  'BUFFER_VIEW_TARGET_MISSING',
  'INCOMPLETE_EXTENSION_SUPPORT',
  'UNSUPPORTED_EXTENSION',
  'UNUSED_MESH_TANGENT',
  'UNUSED_MESH_WEIGHTS',
  'UNUSED_OBJECT',
  'ACCESSOR_INDEX_TRIANGLE_DEGENERATE',
  'IMAGE_NPOT_DIMENSIONS',
  'URI_GLB',
  'GLB_EMPTY_BIN_CHUNK',
  'UNEXPECTED_PROPERTY',
  'ACCESSOR_JOINTS_USED_ZERO_WEIGHT',
];
const MAX_ISSUES = 100;
/** How many of the validator's errors a refusal quotes. */
const QUOTED_ERRORS = 3;

/**
 * Why the model in `bytes` is refused, or null if it is fine. `format` is what content-sniff.ts found: 'glb'
 * for binary glTF, 'gltf' for the JSON form.
 */
export async function checkModel(bytes: Uint8Array, format: 'glb' | 'gltf'): Promise<string | null> {
  // The counts come first, from the JSON alone: the validator's time grows with them, not with the file size.
  const json = readJson(bytes, format);
  if (typeof json === 'string') return json;
  const overCap = overListCaps(json) ?? overElementCap(json);
  if (overCap) return overCap;
  let report: ValidationReport;
  try {
    report = await validateBytes(bytes, {
      uri: `upload.${format}`,
      format,
      // Refuses every external buffer or image, so nothing is ever fetched; without this function the
      // validator would skip such resources and pass the model.
      externalResourceFunction: (uri) => Promise.reject(new Error(`external file not fetched: ${uri}`)),
      writeTimestamp: false,
      maxIssues: MAX_ISSUES,
      ignoredIssues: ADVISORY_ISSUES,
    });
  } catch (error) {
    return `The model could not be read as glTF 2.0: ${String(error)}.`;
  }
  return judge(report);
}

/** The asset's JSON (the first chunk of a GLB, the whole of a .gltf), or why it cannot be read. */
function readJson(bytes: Uint8Array, format: 'glb' | 'gltf'): Record<string, unknown> | string {
  const text = format === 'glb' ? glbChunks(bytes)?.json : bytes;
  if (!text) return 'The model is not valid glTF 2.0: a GLB must start with its JSON chunk, whole.';
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
    if (isRecord(json)) return json;
    return 'The model is not valid glTF 2.0: its JSON is not an object.';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The model is not valid glTF 2.0: its JSON could not be read (${reason}).`;
  }
}

function overListCaps(json: Record<string, unknown>): string | null {
  for (const [list, entries] of Object.entries(json)) {
    const cap = LIST_CAPS[list] ?? MODEL_LIMITS.entriesPerList;
    if (Array.isArray(entries) && entries.length > cap) {
      return `The model has ${entries.length} ${list}; at most ${cap} are accepted.`;
    }
  }
  return null;
}

function overElementCap(json: Record<string, unknown>): string | null {
  let elements = 0;
  for (const accessor of Array.isArray(json.accessors) ? json.accessors : []) {
    // A count that is not a number is the validator's to report; an accessor with neither a bufferView nor
    // sparse values is all zeros (or compressed) and costs it nothing.
    if (!isRecord(accessor) || typeof accessor.count !== 'number') continue;
    if (accessor.bufferView !== undefined || accessor.sparse !== undefined) elements += accessor.count;
  }
  if (elements <= MODEL_LIMITS.accessorElements) return null;
  return (
    `The model's accessors hold ${elements.toLocaleString('en-US')} elements; ` +
    `at most ${MODEL_LIMITS.accessorElements.toLocaleString('en-US')} are accepted.`
  );
}

/** The refusal the validator's report calls for, if any. */
function judge(report: ValidationReport): string | null {
  const external = (report.info?.resources ?? []).filter((resource) => resource.storage === 'external');
  if (external.length > 0) {
    const list = external.map((resource) => `${resource.uri ?? '?'} at ${resource.pointer}`).join(', ');
    return (
      `The model points to files outside itself (${list}); ` +
      'every buffer and image must be inside it (in the GLB, or as data: URIs in a .gltf).'
    );
  }
  const errors = report.issues.messages.filter((message) => message.severity === 0);
  if (report.issues.numErrors > 0) {
    const more = report.issues.numErrors - Math.min(errors.length, QUOTED_ERRORS);
    return (
      `The model is not valid glTF 2.0 (Khronos glTF Validator): ` +
      errors.slice(0, QUOTED_ERRORS).map(quote).join('; ') +
      (more > 0 ? `; and ${more} more error${more === 1 ? '' : 's'}.` : '.')
    );
  }
  const info = report.info;
  if (report.issues.truncated || !info) {
    const first = report.issues.messages.slice(0, QUOTED_ERRORS).map(quote).join('; ');
    return `The model has too many problems to check (over ${MAX_ISSUES}), starting with: ${first}.`;
  }
  const caps: Array<[string, number | undefined, number]> = [
    ['triangles', info.totalTriangleCount, MODEL_LIMITS.triangles],
    ['vertices', info.totalVertexCount, MODEL_LIMITS.vertices],
  ];
  for (const [what, count, cap] of caps) {
    if ((count ?? 0) > cap) {
      const [n, most] = [count ?? 0, cap].map((value) => value.toLocaleString('en-US'));
      return `The model has ${n} ${what}; at most ${most} are accepted.`;
    }
  }
  for (const resource of info.resources ?? []) {
    const image = resource.image;
    if (image && Math.max(image.width, image.height) > MODEL_LIMITS.imageSide) {
      return (
        `The model's image at ${resource.pointer} is ${image.width}×${image.height} px; ` +
        `at most ${MODEL_LIMITS.imageSide} px a side is accepted.`
      );
    }
  }
  return null;
}

const quote = (message: ValidationMessage): string =>
  `${message.code}` +
  (message.pointer
    ? ` at ${message.pointer}`
    : message.offset !== undefined
      ? ` at byte ${message.offset}`
      : '') +
  `: ${message.message.replace(/\.$/, '')}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
