// What the Works tab decides about files before and after sending them: which become works, the title a new
// work starts with, tags typed as text, sizes in words, and which field an API refusal is about. Pure, so
// it is tested in Node.

/** The largest upload the API takes (backend/src/media/media.service.ts MAX_UPLOAD_BYTES); it says so too. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'];
const AUDIO_EXTENSIONS = ['wav', 'mp3', 'ogg', 'flac', 'm4a'];

export type FileKind =
  | { readonly kind: 'image' }
  | { readonly kind: 'model' }
  | { readonly kind: 'refused'; readonly message: string };

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * What a file dropped on the Works tab becomes: a picture (a work on a wall), a binary glTF model (a
 * sculpture), or a refusal saying why, before anything is sent. The API checks the content again.
 */
export function classifyFile(file: { name: string; type: string; size: number }, locale?: string): FileKind {
  const extension = extensionOf(file.name);
  const known =
    IMAGE_TYPES.includes(file.type) || IMAGE_EXTENSIONS.includes(extension) || extension === 'glb';
  if (!known) {
    if (file.type.startsWith('audio/') || AUDIO_EXTENSIONS.includes(extension)) {
      return {
        kind: 'refused',
        message:
          'Sound files become tracks once the studio’s music tool arrives; for now, works are pictures and .glb models.',
      };
    }
    if (extension === 'gltf') {
      return {
        kind: 'refused',
        message: 'Export the model as one binary .glb file (a .gltf leaves its parts behind).',
      };
    }
    return {
      kind: 'refused',
      message: 'Not a picture (PNG, JPEG, GIF, WebP) or a 3D model (.glb): nothing was uploaded.',
    };
  }
  if (file.size === 0) return { kind: 'refused', message: 'The file is empty.' };
  if (file.size > MAX_UPLOAD_BYTES) {
    return {
      kind: 'refused',
      message: `Files are at most ${formatBytes(MAX_UPLOAD_BYTES, locale)}; this one is ${formatBytes(file.size, locale)}.`,
    };
  }
  return { kind: extension === 'glb' ? 'model' : 'image' };
}

/** A new work's first title, from its file's name: "last-light_over-vell.png" is "Last light over vell". */
export function titleFromFileName(name: string): string {
  const words = name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return words ? words[0]!.toLocaleUpperCase() + words.slice(1) : 'Untitled';
}

/** Tags typed as text, separated by commas: trimmed, empty ones dropped, each once (ignoring case). */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' '))
    .filter((tag) => tag !== '');
  return tags.filter(
    (tag, index) =>
      tags.findIndex((other) => other.toLocaleLowerCase() === tag.toLocaleLowerCase()) === index,
  );
}

/** A size in bytes as a person reads it, in their locale: "740 kB", "25 MB". */
export function formatBytes(bytes: number, locale?: string): string {
  const [unit, size] =
    bytes >= 1024 * 1024
      ? (['megabyte', bytes / 1024 / 1024] as const)
      : bytes >= 1024
        ? (['kilobyte', bytes / 1024] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: size < 10 && unit !== 'byte' ? 1 : 0,
  }).format(size);
}
