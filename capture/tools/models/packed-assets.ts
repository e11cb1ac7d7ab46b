// Reads files out of an Emscripten "packed assets" .data file. The MediaPipe legacy solution packages ship
// their detector models only this way; the table of contents lives in the *_loader.js next to the .data.

export interface PackedFile {
  /** Path the loader would mount the file at, e.g. "/third_party/mediapipe/modules/.../x.tflite". */
  filename: string;
  start: number;
  end: number;
}

export interface PackedTable {
  files: PackedFile[];
  remotePackageSize: number;
}

function isPackedFile(value: unknown): value is PackedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.filename === 'string' &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.end as number) >= (v.start as number)
  );
}

/** Parses the `loadPackage({...})` call of an Emscripten file_packager loader script. */
export function parsePackedAssetsLoader(loaderSource: string): PackedTable {
  const marker = 'loadPackage(';
  const at = loaderSource.lastIndexOf(marker);
  if (at < 0) throw new Error('packed assets loader: no loadPackage({...}) call found');
  const jsonStart = loaderSource.indexOf('{', at + marker.length);
  if (jsonStart < 0) throw new Error('packed assets loader: loadPackage has no object argument');
  // The argument is plain JSON; find its end by balancing braces outside strings.
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = jsonStart; i < loaderSource.length; i++) {
    const c = loaderSource[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  if (end < 0) throw new Error('packed assets loader: unterminated loadPackage argument');
  const parsed: unknown = JSON.parse(loaderSource.slice(jsonStart, end));
  const obj = parsed as { files?: unknown; remote_package_size?: unknown };
  if (!Array.isArray(obj.files) || !obj.files.every(isPackedFile)) {
    throw new Error('packed assets loader: "files" is not a list of {filename, start, end}');
  }
  if (typeof obj.remote_package_size !== 'number') {
    throw new Error('packed assets loader: "remote_package_size" missing');
  }
  return { files: obj.files, remotePackageSize: obj.remote_package_size };
}

/** Returns the bytes of the packed file whose path ends with `/${baseName}`. */
export function extractPackedFile(data: Uint8Array, table: PackedTable, baseName: string): Uint8Array {
  if (data.byteLength !== table.remotePackageSize) {
    throw new Error(
      `packed assets: .data is ${data.byteLength} bytes but its loader expects ${table.remotePackageSize}`,
    );
  }
  const entry = table.files.find((f) => f.filename === baseName || f.filename.endsWith(`/${baseName}`));
  if (!entry) {
    const names = table.files.map((f) => f.filename.split('/').pop()).join(', ');
    throw new Error(`packed assets: no file named ${baseName} (has: ${names})`);
  }
  if (entry.end > data.byteLength)
    throw new Error(`packed assets: ${baseName} runs past the end of the .data`);
  return data.subarray(entry.start, entry.end);
}
