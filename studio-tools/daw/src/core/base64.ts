// Bytes as base64 text and back, the same in Node and browsers (a song's saved state, a sample in an edit).

/** `bytes` as base64 (in slices: one String.fromCharCode call per 32 kB). */
export function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The bytes of base64 `text`; throws (atob's DOMException) if it is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
