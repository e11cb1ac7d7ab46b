// People for tests, made quickly: users written straight to the database (sign-up itself, with its argon2
// hashing, is tested in accounts.spec.ts) with access tokens signed by the API's own JwtService.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expect } from 'vitest';
import { ACCESS_TOKEN_SECONDS } from '../../src/accounts/accounts.service.ts';
import { PrismaService } from '../../src/database/prisma.service.ts';
import type { UserRole } from '../../src/generated/prisma/client.ts';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly headers: { readonly authorization: string };
}

export async function makePerson(
  app: NestFastifyApplication,
  name: string,
  options: { roles?: UserRole[]; artist?: boolean } = {},
): Promise<Person> {
  const prisma = app.get(PrismaService);
  const roles: UserRole[] = [
    'member',
    ...(options.roles ?? []),
    ...(options.artist ? ['artist' as const] : []),
  ];
  const user = await prisma.user.create({
    data: {
      email: `${name.toLowerCase().replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}@example.org`,
      displayName: name,
      passwordHash: 'not-used',
      roles,
      ...(options.artist ? { artist: { create: { name } } } : {}),
    },
  });
  const token = await app
    .get(JwtService)
    .signAsync({ sub: user.id, roles }, { expiresIn: ACCESS_TOKEN_SECONDS, algorithm: 'HS256' });
  return { id: user.id, name, headers: { authorization: `Bearer ${token}` } };
}

/** Uploads one of the sample artworks (a picture, or a sculpture's .glb) as `headers`' user; returns the media id. */
export async function uploadSample(
  app: NestFastifyApplication,
  headers: { authorization: string },
  file = 'interference.png',
): Promise<string> {
  const png = await readFile(new URL(`../../../assets/artworks/${file}`, import.meta.url));
  const boundary = '----prostudio-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file}"\r\nContent-Type: ${file.endsWith('.glb') ? 'model/gltf-binary' : 'image/png'}\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await app.inject({
    method: 'POST',
    url: '/api/media',
    payload,
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** An artwork of the artist's, made from an upload; returns its id. */
export async function makeArtwork(
  app: NestFastifyApplication,
  artist: Person,
  title = 'Study',
): Promise<string> {
  const mediaId = await uploadSample(app, artist.headers);
  const response = await app.inject({
    method: 'POST',
    url: '/api/artworks',
    payload: { mediaId, title, year: 2026 },
    headers: artist.headers,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}
