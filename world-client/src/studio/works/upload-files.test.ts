import { describe, expect, it } from 'vitest';
import { classifyFile, formatBytes, MAX_UPLOAD_BYTES, parseTags, titleFromFileName } from './upload-files.ts';

describe('classifyFile', () => {
  it('takes pictures by type or extension, and .glb models', () => {
    expect(classifyFile({ name: 'a.png', type: 'image/png', size: 10 })).toEqual({ kind: 'image' });
    expect(classifyFile({ name: 'PHOTO.JPG', type: '', size: 10 })).toEqual({ kind: 'image' });
    expect(classifyFile({ name: 'knot.glb', type: '', size: 10 })).toEqual({ kind: 'model' });
  });

  it('refuses other files with a reason, before sending anything', () => {
    const text = classifyFile({ name: 'notes.txt', type: 'text/plain', size: 10 });
    expect(text).toEqual({
      kind: 'refused',
      message: expect.stringMatching(/Not a picture .* or a 3D model/),
    });
    expect(classifyFile({ name: 'song.mp3', type: 'audio/mpeg', size: 10 })).toMatchObject({
      message: expect.stringMatching(/tracks/),
    });
    expect(classifyFile({ name: 'scene.gltf', type: '', size: 10 })).toMatchObject({
      message: expect.stringMatching(/\.glb/),
    });
    expect(classifyFile({ name: 'empty.png', type: 'image/png', size: 0 })).toMatchObject({
      kind: 'refused',
    });
  });

  it('refuses a file over the limit, saying both sizes', () => {
    const big = classifyFile({ name: 'big.png', type: 'image/png', size: MAX_UPLOAD_BYTES + 1 }, 'en-US');
    expect(big).toMatchObject({ kind: 'refused', message: 'Files are at most 25 MB; this one is 25 MB.' });
    expect(classifyFile({ name: 'ok.png', type: 'image/png', size: MAX_UPLOAD_BYTES })).toEqual({
      kind: 'image',
    });
  });
});

describe('titleFromFileName', () => {
  it('makes words of a file name', () => {
    expect(titleFromFileName('last-light_over-vell.png')).toBe('Last light over vell');
    expect(titleFromFileName('.png')).toBe('Untitled');
    expect(titleFromFileName('été.jpeg')).toBe('Été');
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, and names each tag once', () => {
    expect(parseTags(' ink,  river  blue ,, Ink, print ')).toEqual(['ink', 'river blue', 'print']);
    expect(parseTags('   ')).toEqual([]);
  });
});

describe('formatBytes', () => {
  it('reads sizes in the locale', () => {
    expect(formatBytes(512, 'en-US')).toBe('512 byte');
    expect(formatBytes(1536, 'en-US')).toBe('1.5 kB');
    expect(formatBytes(3 * 1024 * 1024, 'de-DE')).toBe('3 MB');
    expect(formatBytes(12.4 * 1024 * 1024, 'en-US')).toBe('12 MB');
  });
});
