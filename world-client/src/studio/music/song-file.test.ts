import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../api/music.ts';

describe('a song’s state on its way to the API', () => {
  it('goes to base64 and back unchanged, however long', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(text)).toEqual(bytes);
  });
});
