// An artist's path through the API: a profile, works made from their uploads, an exhibition in a gallery
// that the world then hangs; and what others may not do with them.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { artistSchema, sessionResponseSchema, spaceDetailSchema } from '../src/contract.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

async function signUp(email: string): Promise<{ authorization: string }> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email, password: 'a long enough password', displayName: email.split('@')[0] },
  });
  return { authorization: `Bearer ${sessionResponseSchema.parse(response.json()).accessToken}` };
}

async function uploadImage(headers: { authorization: string }, file: string): Promise<string> {
  const png = await readFile(new URL(`../../assets/artworks/${file}`, import.meta.url));
  const boundary = '----artists-test';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/media',
    payload,
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

const send = (method: 'POST' | 'PUT', url: string, payload: object, headers: object = {}) =>
  api.app.inject({ method, url, payload, headers: headers as Record<string, string> });

describe('artists', () => {
  it('make a profile, turn uploads into works, and hang them in the gallery for everyone to see', async () => {
    const ines = await signUp('ines@example.org');
    const profile = await send(
      'PUT',
      '/api/artists/me',
      { name: 'Ines Marlow', bio: 'Paints with code.', links: ['https://ines.example'] },
      ines,
    );
    expect(profile.statusCode).toBe(200);
    const artistId = artistSchema.parse(profile.json()).id;
    const me = await api.app.inject({ method: 'GET', url: '/api/me', headers: ines });
    expect(me.json().roles).toEqual(['member', 'artist']);

    const mediaId = await uploadImage(ines, 'riverine.png');
    const work = await send(
      'POST',
      '/api/artworks',
      { mediaId, title: 'Riverine II', year: 2026, medium: 'Pigment print' },
      ines,
    );
    expect(work.statusCode).toBe(201);
    expect(work.json()).toMatchObject({
      title: 'Riverine II',
      width: 720,
      height: 540,
      imageUrl: `/api/media/${mediaId}`,
    });

    const exhibition = await send(
      'POST',
      '/api/exhibitions',
      { space: 'main-gallery', title: 'New Currents', text: 'Recent prints.', works: [work.json().id] },
      ines,
    );
    expect(exhibition.statusCode).toBe(201);
    const gallery = spaceDetailSchema.parse(
      (await api.app.inject({ method: 'GET', url: '/api/spaces/main-gallery' })).json(),
    );
    expect(gallery.exhibition?.title).toBe('New Currents');
    expect(gallery.exhibition?.works.map((w) => [w.title, w.artist.name])).toEqual([
      ['Riverine II', 'Ines Marlow'],
    ]);
    const image = await api.app.inject({ method: 'GET', url: gallery.exhibition?.works[0]?.imageUrl ?? '' });
    expect(image.headers['content-type']).toBe('image/png');

    const page = artistSchema.parse(
      (await api.app.inject({ method: 'GET', url: `/api/artists/${artistId}` })).json(),
    );
    expect(page).toMatchObject({ name: 'Ines Marlow', links: ['https://ines.example'] });
    expect(page.works.map((w) => w.title)).toEqual(['Riverine II']);
  });

  it('may not use someone else’s upload, hang someone else’s work, or hang outside a gallery', async () => {
    const owner = await signUp('owner@example.org');
    const other = await signUp('other@example.org');
    await send('PUT', '/api/artists/me', { name: 'Owner' }, owner);
    await send('PUT', '/api/artists/me', { name: 'Other' }, other);
    const mediaId = await uploadImage(owner, 'undertow.png');
    const stolen = await send('POST', '/api/artworks', { mediaId, title: 'Mine now', year: 2026 }, other);
    expect(stolen.statusCode).toBe(403);
    const work = (
      await send('POST', '/api/artworks', { mediaId, title: 'Undertow II', year: 2026 }, owner)
    ).json();
    const foreign = await send(
      'POST',
      '/api/exhibitions',
      { space: 'main-gallery', title: 'Not mine', works: [work.id] },
      other,
    );
    expect(foreign.statusCode).toBe(403);
    const onStage = await send(
      'POST',
      '/api/exhibitions',
      { space: 'main-stage', title: 'Wrong room', works: [work.id] },
      owner,
    );
    expect(onStage.json()).toMatchObject({
      statusCode: 400,
      message: 'body.space: exhibitions hang in galleries.',
    });
    const twice = await send(
      'POST',
      '/api/exhibitions',
      { space: 'main-gallery', title: 'Twice', works: [work.id, work.id] },
      owner,
    );
    expect(twice.statusCode).toBe(400);
  });

  it('need an account, and a profile before works', async () => {
    expect((await send('PUT', '/api/artists/me', { name: 'Anon' })).statusCode).toBe(401);
    const member = await signUp('member@example.org');
    const mediaId = await uploadImage(member, 'interference.png');
    const noProfile = await send('POST', '/api/artworks', { mediaId, title: 'X', year: 2026 }, member);
    expect(noProfile.json()).toMatchObject({ statusCode: 403, message: 'Make an artist profile first.' });
    expect(
      (await send('PUT', '/api/artists/me', { name: ' ', links: ['not a url'] }, member)).statusCode,
    ).toBe(400);
    expect((await api.app.inject({ method: 'GET', url: '/api/artists/not-an-id' })).statusCode).toBe(400);
  });
});
