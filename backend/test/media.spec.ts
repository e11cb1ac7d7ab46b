import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessionResponseSchema } from '../src/contract.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();
let accessToken: string;

beforeAll(async () => {
  const signUp = await api.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email: 'artist@example.org', password: 'a long enough password', displayName: 'Artist' },
  });
  accessToken = sessionResponseSchema.parse(signUp.json()).accessToken;
});

/** A multipart/form-data body with one file part. */
function multipart(
  bytes: Uint8Array,
  filename: string,
  contentType: string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----prostudio-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    payload,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      authorization: `Bearer ${accessToken}`,
    },
  };
}

const upload = (bytes: Uint8Array, filename: string, contentType: string, signedIn = true) => {
  const { payload, headers } = multipart(bytes, filename, contentType);
  if (!signedIn) delete headers.authorization;
  return api.app.inject({ method: 'POST', url: '/api/media', payload, headers });
};

describe('media uploads', () => {
  it('stores an image, reads its real size, makes a thumbnail of at most 256 px, and serves both', async () => {
    const png = await readFile(new URL('../../assets/artworks/undertow.png', import.meta.url));
    const response = await upload(png, 'undertow.png', 'image/png');
    expect(response.statusCode).toBe(201);
    const media = response.json();
    expect(media).toMatchObject({
      kind: 'image',
      contentType: 'image/png',
      width: 768,
      height: 512,
      bytes: png.length,
    });
    const original = await api.app.inject({ method: 'GET', url: media.url });
    expect(original.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(original.rawPayload, png)).toBe(0);
    const thumbnail = await api.app.inject({ method: 'GET', url: media.thumbnailUrl });
    const meta = await sharp(thumbnail.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 171 });
  });

  it('judges a file by its content, not its name or declared type', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    const disguised = await upload(jpeg, 'photo.png', 'image/png');
    expect(disguised.json()).toMatchObject({ contentType: 'image/jpeg', width: 40, height: 30 });
    const fake = await upload(Buffer.from('<script>alert(1)</script>'), 'innocent.png', 'image/png');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().message).toBe(
      'The file is not a PNG, JPEG, GIF or WebP image, a glTF model, nor WAV, MP3, Ogg, FLAC or M4A audio.',
    );
    const broken = await upload(Buffer.concat([jpeg.subarray(0, 200)]), 'cut.jpg', 'image/jpeg');
    expect(broken.statusCode).toBe(415);
  });

  it('accepts glTF models, without a thumbnail', async () => {
    const gltf = Buffer.from(
      JSON.stringify({ asset: { version: '2.0' }, scenes: [{ nodes: [] }], scene: 0 }),
    );
    const response = await upload(gltf, 'piece.gltf', 'application/octet-stream');
    expect(response.json()).toMatchObject({
      kind: 'model',
      contentType: 'model/gltf+json',
      thumbnailUrl: null,
    });
  });

  it('refuses uploads from someone not signed in, over the size limit, or without a file', async () => {
    const png = await readFile(new URL('../../assets/artworks/riverine.png', import.meta.url));
    expect((await upload(png, 'a.png', 'image/png', false)).statusCode).toBe(401);
    const huge = Buffer.alloc(26 * 1024 * 1024, 1);
    huge.set(png.subarray(0, 8));
    expect((await upload(huge, 'huge.png', 'image/png')).statusCode).toBe(413);
    const empty = await api.app.inject({
      method: 'POST',
      url: '/api/media',
      payload: { file: 'not multipart' },
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('answers unknown or malformed ids with 404 and 400', async () => {
    expect(
      (await api.app.inject({ method: 'GET', url: '/api/media/00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await api.app.inject({ method: 'GET', url: '/api/media/../../etc/passwd' })).statusCode,
    ).toBeGreaterThanOrEqual(400);
    expect((await api.app.inject({ method: 'GET', url: '/api/media/not-an-id' })).statusCode).toBe(400);
  });
});
