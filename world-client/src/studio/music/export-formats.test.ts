import { describe, expect, it } from 'vitest';

import { EXPORT_FORMATS, exportName } from './export-formats.ts';

describe('export formats', () => {
  it('offers WAV at 24 and 16 bits, MP3 and Ogg Vorbis, the compressed ones encoded by FFmpeg', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['wav24', 'wav16', 'mp3', 'ogg']);
    expect(EXPORT_FORMATS.filter((f) => f.ffmpeg).map((f) => f.ffmpeg![1])).toEqual([
      'libmp3lame',
      'libvorbis',
    ]);
  });

  it('names the file after the song, safe for any disk, saying when it was mastered', () => {
    const mp3 = EXPORT_FORMATS.find((f) => f.id === 'mp3')!;
    expect(exportName('Night/Drive: take 2', mp3, true)).toBe('Night-Drive- take 2 (mastered).mp3');
    expect(exportName('  ', EXPORT_FORMATS[0]!, false)).toBe('song.wav');
  });
});
