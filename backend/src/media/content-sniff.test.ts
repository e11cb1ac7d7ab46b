import { describe, expect, it } from 'vitest';
import { sniff } from './content-sniff.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)),
  );

function glb(declaredLength?: number): Uint8Array {
  const out = new Uint8Array(20);
  out.set(bytes('glTF'));
  const view = new DataView(out.buffer);
  view.setUint32(4, 2, true);
  view.setUint32(8, declaredLength ?? out.length, true);
  return out;
}

describe('sniff', () => {
  it('knows audio by its signatures', () => {
    const audio = (contentType: string) => ({ kind: 'audio', contentType });
    expect(sniff(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toEqual(audio('audio/wav'));
    expect(sniff(bytes('ID3', [4, 0, 0]))).toEqual(audio('audio/mpeg'));
    expect(sniff(bytes([0xff, 0xfb, 0x90, 0x64]))).toEqual(audio('audio/mpeg'));
    expect(sniff(bytes('OggS', [0, 2]))).toEqual(audio('audio/ogg'));
    expect(sniff(bytes('fLaC', [0, 0, 0, 34]))).toEqual(audio('audio/flac'));
    expect(sniff(bytes([0, 0, 0, 32], 'ftypM4A ', [0, 0, 0, 0]))).toEqual(audio('audio/mp4'));
    // A RIFF that is neither WebP nor WAVE (an AVI, say) is not accepted.
    expect(sniff(bytes('RIFF', [0, 0, 0, 0], 'AVI LIST'))).toBeNull();
  });

  it('knows images by their signatures', () => {
    expect(sniff(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({
      kind: 'image',
      contentType: 'image/png',
    });
    expect(sniff(bytes([0xff, 0xd8, 0xff, 0xe0]))?.contentType).toBe('image/jpeg');
    expect(sniff(bytes('GIF89a', [1, 0]))?.contentType).toBe('image/gif');
    expect(sniff(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))?.contentType).toBe('image/webp');
  });

  it('knows glTF models, binary and JSON', () => {
    expect(sniff(glb())).toEqual({ kind: 'model', contentType: 'model/gltf-binary' });
    expect(sniff(bytes('{"asset":{"version":"2.0"},"scenes":[]}'))?.contentType).toBe('model/gltf+json');
  });

  it('refuses everything else, however it is named', () => {
    expect(sniff(bytes('hello, I am a PNG, honest'))).toBeNull();
    expect(sniff(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniff(bytes('{"asset":{"version":"1.0"}}'))).toBeNull();
    expect(sniff(bytes('{"asset": '))).toBeNull();
    expect(sniff(glb(999))).toBeNull(); // a GLB whose header lies about its length
    expect(sniff(new Uint8Array())).toBeNull();
    expect(sniff(bytes([0x89], 'PN'))).toBeNull(); // a signature cut short
  });
});
