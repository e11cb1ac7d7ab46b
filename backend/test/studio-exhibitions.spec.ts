// The studio's exhibitions: an artist starts a draft of their works, lays it out (walls, plinths, wall texts,
// the tour's order) and sends it to the venue. Drafts are the artist's alone: the venue and the gallery never
// see them, and nobody else may read or change them.
import { describe, expect, it } from 'vitest';
import {
  spaceDetailSchema,
  studioExhibitionSchema,
  venueRequestsSchema,
  type CuratedPlace,
  type StudioExhibition,
} from '../src/contract.ts';
import { makeArtwork, makePerson, uploadSample, type Person } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const send = (method: Method, url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok(method: Method, url: string, who?: Person, payload?: object): Promise<StudioExhibition> {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return studioExhibitionSchema.parse(response.json());
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A sculpture of the artist's: a picture of it and its binary glTF model. */
async function makeSculpture(artist: Person, title: string): Promise<string> {
  const mediaId = await uploadSample(api.app, artist.headers, 'tidal-knot.png');
  const modelId = await uploadSample(api.app, artist.headers, 'tidal-knot.glb');
  const response = await send('POST', '/api/artworks', artist, { mediaId, modelId, title, year: 2026 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const place = (id: string, placement: CuratedPlace['placement'], text = ''): CuratedPlace => ({
  id,
  text,
  placement,
  spot: null,
});

describe('an artist’s draft exhibition', () => {
  it('is made of their works, kept from the venue and the gallery, and theirs alone to read', async () => {
    const artist = await makePerson(api.app, 'Mira', { artist: true });
    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    const [a, b] = [
      await makeArtwork(api.app, artist, 'Salt I'),
      await makeArtwork(api.app, artist, 'Salt II'),
    ];
    const draft = await ok('POST', '/api/studio/exhibitions', artist, {
      space: 'main-gallery',
      title: 'Salt',
      works: [a, b],
      opensAt: inDays(2),
      closesAt: inDays(9),
    });
    expect(draft).toMatchObject({ status: 'draft', submittedAt: null, space: { slug: 'main-gallery' } });
    expect(draft.works.map((work) => [work.id, work.placement, work.spot])).toEqual([
      [a, null, null],
      [b, null, null],
    ]);
    const waiting = venueRequestsSchema.parse(
      (await send('GET', '/api/venue/requests', curator)).json(),
    ).exhibitions;
    expect(waiting.map((request) => request.id)).not.toContain(draft.id);
    // A curator cannot approve what was never sent.
    expect((await send('POST', `/api/venue/exhibitions/${draft.id}/approve`, curator, {})).statusCode).toBe(
      404,
    );

    const stranger = await makePerson(api.app, 'Stray', { artist: true });
    expect((await send('GET', `/api/studio/exhibitions/${draft.id}`, stranger)).statusCode).toBe(404);
    expect(
      (await send('PATCH', `/api/studio/exhibitions/${draft.id}`, stranger, { title: 'Mine' })).statusCode,
    ).toBe(404);
    expect((await send('GET', '/api/studio/exhibitions', stranger)).json()).toEqual([]);
    expect((await send('GET', '/api/studio/exhibitions')).statusCode).toBe(401);
    // Another artist's work cannot be chosen.
    const theirs = await makeArtwork(api.app, stranger, 'Not Mira’s');
    const borrowed = await send('PATCH', `/api/studio/exhibitions/${draft.id}`, artist, {
      works: [a, theirs],
    });
    expect(borrowed.statusCode).toBe(403);
    expect(borrowed.json<{ message: string }>().message).toContain('body.works');
  });

  it('keeps each work’s place, wall text and tour order, and refuses places off the wall or overlapping', async () => {
    const artist = await makePerson(api.app, 'Noor', { artist: true });
    const [a, b] = [
      await makeArtwork(api.app, artist, 'Tide I'),
      await makeArtwork(api.app, artist, 'Tide II'),
    ];
    const knot = await makeSculpture(artist, 'Knot');
    const { id } = await ok('POST', '/api/studio/exhibitions', artist, {
      space: 'main-gallery',
      title: 'Tides',
      works: [a, b, knot],
    });
    const layout = [
      { ...place(knot, null), spot: { x: 2, z: -1 } },
      place(b, { wall: 1, along: 0.2, height: 1.8, scale: 0.8 }, 'The second tide.'),
      place(a, { wall: 1, along: 0.8, height: null, scale: null }),
    ];
    const saved = await ok('PUT', `/api/studio/exhibitions/${id}/layout`, artist, { works: layout });
    expect(saved.works.map((work) => work.id)).toEqual([knot, b, a]);
    expect(saved.works[0]?.spot).toEqual({ x: 2, z: -1 });
    expect(saved.works[1]).toMatchObject({
      text: 'The second tide.',
      placement: { wall: 1, along: 0.2, height: 1.8, scale: 0.8 },
    });

    const overlapping = await send('PUT', `/api/studio/exhibitions/${id}/layout`, artist, {
      works: [layout[0], place(b, { wall: 1, along: 0.75, height: null, scale: null }), layout[2]],
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json<{ message: string }>().message).toMatch(
      /^body\.works\.2: “Tide I” is closer than 30 cm/,
    );
    const sculptureOnWall = await send('PUT', `/api/studio/exhibitions/${id}/layout`, artist, {
      works: [place(knot, { wall: 0, along: 0.5, height: null, scale: null }), layout[1], layout[2]],
    });
    expect(sculptureOnWall.json<{ message: string }>().message).toContain(
      'body.works.0: “Knot”: a sculpture',
    );
    const missing = await send('PUT', `/api/studio/exhibitions/${id}/layout`, artist, { works: [layout[0]] });
    expect(missing.statusCode).toBe(400);
    // Nothing refused was kept.
    expect((await ok('GET', `/api/studio/exhibitions/${id}`, artist)).works[1]?.placement?.along).toBe(0.2);

    // Changing the works keeps those kept where they were; a new one joins the end of the tour.
    const c = await makeArtwork(api.app, artist, 'Tide III');
    const changed = await ok('PATCH', `/api/studio/exhibitions/${id}`, artist, {
      works: [a, c, b],
      title: 'Tides, again',
    });
    expect(changed.title).toBe('Tides, again');
    expect(changed.works.map((work) => work.id)).toEqual([b, a, c]);
    expect(changed.works[0]?.placement).toEqual({ wall: 1, along: 0.2, height: 1.8, scale: 0.8 });
  });

  it('is sent to the venue once, then waits for its answer and can no longer change; approved, it hangs as placed', async () => {
    const artist = await makePerson(api.app, 'Oda', { artist: true });
    const curator = await makePerson(api.app, 'Cleo', { roles: ['curator'] });
    const a = await makeArtwork(api.app, artist, 'Field I');
    const { id } = await ok('POST', '/api/studio/exhibitions', artist, {
      space: 'main-gallery',
      title: 'Fields',
      works: [a],
      closesAt: inDays(5),
    });
    await ok('PUT', `/api/studio/exhibitions/${id}/layout`, artist, {
      works: [place(a, { wall: 3, along: 0.25, height: 2, scale: 1.2 }, 'Wheat.')],
    });
    // Until it is sent, the artist's requests to the venue do not list it.
    const requests = async () =>
      (await send('GET', '/api/exhibitions/mine', artist)).json<{ id: string }[]>().map((row) => row.id);
    expect(await requests()).toEqual([]);
    const sent = await ok('POST', `/api/studio/exhibitions/${id}/submit`, artist);
    expect(await requests()).toEqual([id]);
    expect(sent.status).toBe('pending');
    expect(sent.submittedAt).not.toBeNull();
    expect((await send('POST', `/api/studio/exhibitions/${id}/submit`, artist)).statusCode).toBe(409);
    expect((await send('PATCH', `/api/studio/exhibitions/${id}`, artist, { title: 'Late' })).statusCode).toBe(
      409,
    );
    expect((await send('DELETE', `/api/studio/exhibitions/${id}`, artist)).statusCode).toBe(409);

    const waiting = venueRequestsSchema.parse((await send('GET', '/api/venue/requests', curator)).json());
    expect(waiting.exhibitions.map((request) => request.id)).toContain(id);
    const approved = await send('POST', `/api/venue/exhibitions/${id}/approve`, curator, {});
    expect(approved.statusCode, approved.body).toBeLessThan(300);
    expect((await ok('GET', `/api/studio/exhibitions/${id}`, artist)).status).toBe('approved');
    const gallery = spaceDetailSchema.parse((await send('GET', '/api/spaces/main-gallery')).json());
    expect(gallery.exhibition?.title).toBe('Fields');
    expect(gallery.exhibition?.works[0]).toMatchObject({
      id: a,
      text: 'Wheat.',
      placement: { wall: 3, along: 0.25, height: 2, scale: 1.2 },
    });
    // Taken down again, so the venue's own collection is shown to the other tests.
    await send('POST', `/api/venue/exhibitions/${id}/take-down`, curator);
  });

  it('refuses a closing date already past when sent, naming the dates, and deletes a draft', async () => {
    const artist = await makePerson(api.app, 'Pia', { artist: true });
    const a = await makeArtwork(api.app, artist, 'Dusk');
    const blank = await send('POST', '/api/studio/exhibitions', artist, {
      space: 'main-gallery',
      title: ' ',
      works: [],
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ message: string }>().message).toMatch(/title|works/);
    const draft = await ok('POST', '/api/studio/exhibitions', artist, {
      space: 'main-gallery',
      title: 'Dusk',
      works: [a],
    });
    const past = await send('PATCH', `/api/studio/exhibitions/${draft.id}`, artist, { closesAt: inDays(-1) });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ message: string }>().message).toContain('closesAt');
    expect((await send('DELETE', `/api/studio/exhibitions/${draft.id}`, artist)).statusCode).toBe(204);
    expect((await send('GET', `/api/studio/exhibitions/${draft.id}`, artist)).statusCode).toBe(404);
  });
});
