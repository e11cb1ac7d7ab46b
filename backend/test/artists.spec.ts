// An artist's path through the API: a profile, works made from their uploads, an exhibition asked for in a
// gallery that the world hangs once the venue approves it; and what others may not do with them. (The
// venue's answers themselves are in venue-approvals.spec.ts.)
import { describe, expect, it } from 'vitest';
import { artistSchema, sessionResponseSchema, spaceDetailSchema } from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { uploadSample } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';
import { hangNow } from './support/venue.ts';

const api = useTestApi();

async function signUp(email: string): Promise<{ authorization: string }> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email, password: 'a long enough password', displayName: email.split('@')[0] },
  });
  return { authorization: `Bearer ${sessionResponseSchema.parse(response.json()).accessToken}` };
}

const send = (method: 'POST' | 'PUT', url: string, payload: object, headers: object = {}) =>
  api.app.inject({ method, url, payload, headers: headers as Record<string, string> });

describe('artists', () => {
  it('make a profile, turn uploads into works, and hang them in the gallery once the venue approves', async () => {
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

    const mediaId = await uploadSample(api.app, ines, 'riverine.png');
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
    expect(exhibition.json()).toMatchObject({ space: 'main-gallery', status: 'pending' });
    await hangNow(api.app, exhibition.json<{ id: string }>().id);
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

  it('place works on walls with a label text each, which the gallery returns in hanging order', async () => {
    const curator = await signUp('curator@example.org');
    await send('PUT', '/api/artists/me', { name: 'Curator' }, curator);
    const works: string[] = [];
    for (const [file, title] of [
      ['riverine.png', 'Left wall'],
      ['undertow.png', 'Anywhere'],
    ] as const) {
      const mediaId = await uploadSample(api.app, curator, file);
      works.push((await send('POST', '/api/artworks', { mediaId, title, year: 2026 }, curator)).json().id);
    }
    const exhibition = await send(
      'POST',
      '/api/exhibitions',
      {
        space: 'main-gallery',
        title: 'Placed',
        works: [{ id: works[0], text: 'Hung low, to be seen seated.', wall: 3, along: 0.25 }, works[1]],
      },
      curator,
    );
    expect(exhibition.statusCode, exhibition.body).toBe(201);
    await hangNow(api.app, exhibition.json<{ id: string }>().id);
    const gallery = spaceDetailSchema.parse(
      (await api.app.inject({ method: 'GET', url: '/api/spaces/main-gallery' })).json(),
    );
    expect(gallery.exhibition?.works.map((w) => [w.title, w.text, w.placement])).toEqual([
      // No height or size given: the gallery's own (null).
      ['Left wall', 'Hung low, to be seen seated.', { wall: 3, along: 0.25, height: null, scale: null }],
      ['Anywhere', '', null],
    ]);
    const offWall = await send(
      'POST',
      '/api/exhibitions',
      { space: 'main-gallery', title: 'Bad', works: [{ id: works[0], wall: 7 }] },
      curator,
    );
    expect(offWall.statusCode).toBe(400);
    expect(offWall.json().message).toMatch(/^body\.works\.0/);
  });

  it('make a sculpture of a picture and a binary glTF model, which the gallery returns with its model', async () => {
    const teodor = await signUp('teodor@example.org');
    await send('PUT', '/api/artists/me', { name: 'Teodor Halvik' }, teodor);
    const mediaId = await uploadSample(api.app, teodor, 'tidal-knot.png');
    const modelId = await uploadSample(api.app, teodor, 'tidal-knot.glb');
    const sculpture = await send(
      'POST',
      '/api/artworks',
      { mediaId, modelId, title: 'Tidal Knot II', year: 2026, medium: 'Bronze' },
      teodor,
    );
    expect(sculpture.statusCode, sculpture.body).toBe(201);
    expect(sculpture.json()).toMatchObject({
      imageUrl: `/api/media/${mediaId}`,
      modelUrl: `/api/media/${modelId}`,
    });
    const forms = await send(
      'POST',
      '/api/exhibitions',
      { space: 'main-gallery', title: 'Forms', works: [sculpture.json().id] },
      teodor,
    );
    await hangNow(api.app, forms.json<{ id: string }>().id);
    const gallery = spaceDetailSchema.parse(
      (await api.app.inject({ method: 'GET', url: '/api/spaces/main-gallery' })).json(),
    );
    const model = await api.app.inject({ method: 'GET', url: gallery.exhibition?.works[0]?.modelUrl ?? '' });
    expect(model.headers['content-type']).toBe('model/gltf-binary');
    expect(model.rawPayload.subarray(0, 4).toString('latin1')).toBe('glTF');

    // The picture must be an image and the model a binary glTF, each named by its field; and both yours.
    const other = await signUp('someone@example.org');
    await send('PUT', '/api/artists/me', { name: 'Someone' }, other);
    const theirs = await uploadSample(api.app, other, 'undertow.png');
    const refusals: Array<[object, { authorization: string }, number, string]> = [
      [
        { mediaId: modelId, modelId },
        teodor,
        400,
        'body.mediaId: a sculpture needs a picture of it (an image).',
      ],
      [
        { mediaId, modelId: mediaId },
        teodor,
        400,
        'body.modelId: a sculpture needs a binary glTF model (.glb), with everything in the one file.',
      ],
      [{ mediaId: theirs, modelId }, other, 403, 'body.modelId: that upload is not yours.'],
    ];
    for (const [ids, who, statusCode, message] of refusals) {
      const refused = await send('POST', '/api/artworks', { ...ids, title: 'Refused', year: 2026 }, who);
      expect(refused.json()).toMatchObject({ statusCode, message });
    }
  });

  it('may not use someone else’s upload, hang someone else’s work, or hang outside a gallery', async () => {
    const owner = await signUp('owner@example.org');
    const other = await signUp('other@example.org');
    await send('PUT', '/api/artists/me', { name: 'Owner' }, owner);
    await send('PUT', '/api/artists/me', { name: 'Other' }, other);
    const mediaId = await uploadSample(api.app, owner, 'undertow.png');
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
    const mediaId = await uploadSample(api.app, member, 'interference.png');
    const noProfile = await send('POST', '/api/artworks', { mediaId, title: 'X', year: 2026 }, member);
    expect(noProfile.json()).toMatchObject({ statusCode: 403, message: 'Make an artist profile first.' });
    expect(
      (await send('PUT', '/api/artists/me', { name: ' ', links: ['not a url'] }, member)).statusCode,
    ).toBe(400);
    expect((await api.app.inject({ method: 'GET', url: '/api/artists/not-an-id' })).statusCode).toBe(400);
  });

  it('keep only web links on a profile: script, data and disguised schemes are refused', async () => {
    const artist = await signUp('links@example.org');
    for (const link of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      '   javascript:alert(1)',
      '\u0001\u0002 javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
    ]) {
      const refused = await send('PUT', '/api/artists/me', { name: 'Links', links: [link] }, artist);
      expect(refused.json(), JSON.stringify(link)).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'body.links.0: must be an https:// or http:// link',
      });
    }
    const saved = await send(
      'PUT',
      '/api/artists/me',
      {
        name: 'Links',
        links: ['https://links.example/portfolio', 'http://links.example', ' https://x.example '],
      },
      artist,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(artistSchema.parse(saved.json()).links).toEqual([
      'https://links.example/portfolio',
      'http://links.example',
      'https://x.example',
    ]);
  });

  it('do not send on a script link saved before links were checked', async () => {
    const artist = await signUp('old-links@example.org');
    const id = artistSchema.parse((await send('PUT', '/api/artists/me', { name: 'Old' }, artist)).json()).id;
    await api.app.get(PrismaService).artist.update({
      where: { id },
      data: { links: ['https://old.example', 'javascript:alert(1)', 'data:text/html,x'] },
    });
    const page = await api.app.inject({ method: 'GET', url: `/api/artists/${id}` });
    expect(artistSchema.parse(page.json()).links).toEqual(['https://old.example']);
  });
});
