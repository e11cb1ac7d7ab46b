import { readdir, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessionResponseSchema } from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { glbChunks, toGlb } from '../src/media/glb.ts';
import { type LocalDiskStorage, MEDIA_STORAGE } from '../src/media/media-storage.ts';
import { MAX_UPLOAD_BYTES } from '../src/media/media.service.ts';
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

const BOUNDARY = '----prostudio-test-boundary';

/** A multipart/form-data body with one file part, sent as `token`'s owner (or no one). */
function multipart(
  bytes: Uint8Array,
  filename: string,
  contentType: string,
  token: string | null = accessToken,
): { payload: Buffer; headers: Record<string, string> } {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (token) headers.authorization = `Bearer ${token}`;
  return { payload, headers };
}

const upload = (bytes: Uint8Array, filename: string, contentType: string, token?: string | null) => {
  const { payload, headers } = multipart(bytes, filename, contentType, token);
  return api.app.inject({ method: 'POST', url: '/api/media', payload, headers });
};

/**
 * The same upload, its body arriving as a browser's or fetch's FormData sends it: the part's head, then the
 * file in 64 KiB pieces (so a limit that is a multiple of 64 KiB ends exactly between two pieces).
 */
const uploadInPieces = (bytes: Uint8Array, filename: string, contentType: string) => {
  const { payload, headers } = multipart(bytes, filename, contentType);
  const headLength = payload.indexOf('\r\n\r\n') + 4;
  const pieces: Buffer[] = [payload.subarray(0, headLength)];
  for (let at = headLength; at < payload.length; at += 64 * 1024)
    pieces.push(payload.subarray(at, at + 64 * 1024));
  return api.app.inject({ method: 'POST', url: '/api/media', payload: Readable.from(pieces), headers });
};

/** A WAV file of exactly `size` bytes (a real header, then silence): audio is accepted on its header alone. */
function wavOfSize(size: number): Buffer {
  const wav = Buffer.alloc(size);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(size - 8, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(44_100, 24);
  wav.writeUInt32LE(88_200, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(size - 44, 40);
  return wav;
}

/** The JSON (to edit) and binary buffer of a real GLB. */
function knot(glb: Uint8Array): { json: { accessors: object[]; buffers: object[] }; bin: Uint8Array } {
  const chunks = glbChunks(glb);
  if (!chunks?.bin) throw new Error('not a GLB with a binary chunk');
  return { json: JSON.parse(new TextDecoder().decode(chunks.json)), bin: chunks.bin };
}

/** What is stored: the files in the media folder and the rows in the media table. */
async function stored(): Promise<{ files: string[]; rows: number }> {
  const storage = api.app.get<symbol, LocalDiskStorage>(MEDIA_STORAGE);
  const files = await readdir(storage.dir).catch(() => []);
  return { files: files.sort(), rows: await api.app.get(PrismaService).media.count() };
}

describe('the upload size limit', () => {
  it('accepts a file of exactly the limit, whole', async () => {
    const wav = wavOfSize(MAX_UPLOAD_BYTES);
    const response = await upload(wav, 'exact.wav', 'audio/wav');
    expect(response.statusCode).toBe(201);
    const media = response.json();
    expect(media).toMatchObject({ kind: 'audio', bytes: MAX_UPLOAD_BYTES });
    const back = await api.app.inject({ method: 'GET', url: media.url });
    expect(back.rawPayload.length).toBe(MAX_UPLOAD_BYTES);
    expect(Buffer.compare(back.rawPayload, wav)).toBe(0);
  });

  it.each([
    ['one byte over', MAX_UPLOAD_BYTES + 1, upload],
    ['45 MB', 45_000_000, upload],
    ['one byte over, sent in 64 KiB pieces', MAX_UPLOAD_BYTES + 1, uploadInPieces],
    ['45 MB, sent in 64 KiB pieces', 45_000_000, uploadInPieces],
  ])('refuses a file %s with 413 naming the limit, and stores nothing', async (_name, size, send) => {
    const before = await stored();
    const response = await send(wavOfSize(size), 'long.wav', 'audio/wav');
    expect(response.statusCode).toBe(413);
    expect(response.json().message).toBe('Files are at most 25 MiB (26,214,400 bytes); this one is larger.');
    expect(await stored()).toEqual(before);
  });

  it('refuses a file one byte over sent by fetch over HTTP, as a browser sends it', async () => {
    const before = await stored();
    // Left listening: the API's stop() closes it with the app.
    await api.app.listen(0, '127.0.0.1');
    const form = new FormData();
    form.append('file', new Blob([wavOfSize(MAX_UPLOAD_BYTES + 1)]), 'long.wav');
    const response = await fetch(`${await api.app.getUrl()}/api/media`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toMatch(/at most 25 MiB/);
    expect(await stored()).toEqual(before);
  });
});

describe("the plan's storage", () => {
  it('counts only what was stored, to the byte: refused uploads count for nothing', async () => {
    const signUp = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'nearly-full@example.org', password: 'a long enough password', displayName: 'Full' },
    });
    const token = sessionResponseSchema.parse(signUp.json()).accessToken;
    const prisma = api.app.get(PrismaService);
    const owner = await prisma.user.findUniqueOrThrow({ where: { email: 'nearly-full@example.org' } });
    // Creator Free holds 5 GB (10^9 bytes); fill it to 1,000 bytes short (bytes is an Int, hence three rows).
    const filler = [2_000_000_000, 2_000_000_000, 999_999_000];
    await prisma.media.createMany({
      data: filler.map((bytes, i) => ({
        ownerId: owner.id,
        kind: 'audio' as const,
        contentType: 'audio/wav',
        bytes,
        storageKey: `filler-${i}.wav`,
      })),
    });
    const send = (bytes: Uint8Array) => upload(bytes, 'take.wav', 'audio/wav', token);
    const used = async () => {
      const plan = await api.app.inject({
        method: 'GET',
        url: '/api/subscriptions/me',
        headers: { authorization: `Bearer ${token}` },
      });
      return (plan.json() as { storage: { usedBytes: number } }).storage.usedBytes;
    };
    expect(await used()).toBe(4_999_999_000);
    expect((await send(wavOfSize(MAX_UPLOAD_BYTES + 1))).statusCode).toBe(413);
    expect(await used()).toBe(4_999_999_000);
    expect((await send(wavOfSize(1_000))).statusCode).toBe(201);
    expect(await used()).toBe(5_000_000_000);
    const over = await send(wavOfSize(44));
    expect(over.statusCode).toBe(403);
    expect(over.json().message).toMatch(/^Your Creator Free plan holds 5 GB/);
    expect(await used()).toBe(5_000_000_000);
  });
});

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

  it('accepts valid glTF models, binary and JSON, without a thumbnail', async () => {
    const glb = await readFile(new URL('../../assets/artworks/tidal-knot.glb', import.meta.url));
    const binary = await upload(glb, 'knot.glb', 'application/octet-stream');
    expect(binary.statusCode).toBe(201);
    expect(binary.json()).toMatchObject({
      kind: 'model',
      contentType: 'model/gltf-binary',
      bytes: glb.length,
      thumbnailUrl: null,
    });
    const { json, bin } = knot(glb);
    const uri = `data:application/octet-stream;base64,${Buffer.from(bin).toString('base64')}`;
    const gltf = Buffer.from(JSON.stringify({ ...json, buffers: [{ ...json.buffers[0], uri }] }));
    const text = await upload(gltf, 'knot.gltf', 'application/octet-stream');
    expect(text.statusCode).toBe(201);
    expect(text.json()).toMatchObject({ kind: 'model', contentType: 'model/gltf+json', thumbnailUrl: null });
  });

  it('refuses a model that is not valid, not whole or too big with 415 and why, storing nothing', async () => {
    const glb = await readFile(new URL('../../assets/artworks/tidal-knot.glb', import.meta.url));
    const { json, bin } = knot(glb);
    const before = await stored();
    const broken = {
      ...json,
      accessors: [{ ...json.accessors[0], count: 1_000_000 }, ...json.accessors.slice(1)],
    };
    const refusals = [
      [
        toGlb(broken, bin),
        /^The model is not valid glTF 2\.0 \(Khronos glTF Validator\): ACCESSOR_TOO_LONG at \/accessors\/0: /,
      ],
      [
        Buffer.from(
          JSON.stringify({ ...json, buffers: [{ ...json.buffers[0], uri: 'https://example.com/k.bin' }] }),
        ),
        /^The model points to files outside itself \(https:\/\/example\.com\/k\.bin at \/buffers\/0\)/,
      ],
      [
        toGlb({ ...json, materials: Array.from({ length: 257 }, () => ({})) }, bin),
        /has 257 materials; at most 256/,
      ],
    ] as const;
    for (const [bytes, message] of refusals) {
      const response = await upload(bytes, 'model.glb', 'model/gltf-binary');
      expect(response.statusCode).toBe(415);
      expect(response.json().message).toMatch(message);
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses uploads from someone not signed in, over the size limit, or without a file', async () => {
    const png = await readFile(new URL('../../assets/artworks/riverine.png', import.meta.url));
    expect((await upload(png, 'a.png', 'image/png', null)).statusCode).toBe(401);
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
