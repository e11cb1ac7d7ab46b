// The studio's Profile and Works tabs through the API: your own profile (or the 404 that says you have none),
// a picture, works with tags and dimensions, editing and deleting them; only your own, and only with bodies
// that make sense. (Making works and hanging them is in artists.spec.ts.)
import { describe, expect, it } from 'vitest';
import { artistSchema, artworkDeletedSchema, artworkSchema } from '../src/contract.ts';
import { makeArtwork, makePerson, type Person, uploadSample } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';
import { hangNow } from './support/venue.ts';

const api = useTestApi();

const call = (
  who: Person | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function artwork(who: Person, id: string) {
  const mine = artistSchema.parse((await call(who, 'GET', '/api/artists/me')).json());
  return mine.works.find((work) => work.id === id);
}

describe('the studio: profile and works', () => {
  it('says a new user has no profile yet, then saves one with a picture from their uploads', async () => {
    const noor = await makePerson(api.app, 'Noor');
    const none = await call(noor, 'GET', '/api/artists/me');
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe('You have no artist profile yet.');
    expect((await call(null, 'GET', '/api/artists/me')).statusCode).toBe(401);

    const pictureId = await uploadSample(api.app, noor.headers, 'undertow.png');
    const saved = await call(noor, 'PUT', '/api/artists/me', {
      name: 'Noor Haddad',
      bio: 'Tides, in ink.',
      links: ['https://noor.example'],
      pictureId,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const profile = artistSchema.parse((await call(noor, 'GET', '/api/artists/me')).json());
    expect(profile).toMatchObject({ name: 'Noor Haddad', pictureUrl: `/api/media/${pictureId}`, works: [] });
    // The public page shows the picture to anyone.
    const page = artistSchema.parse((await call(null, 'GET', `/api/artists/${profile.id}`)).json());
    expect(page.pictureUrl).toBe(`/api/media/${pictureId}`);

    // Saving without a picture keeps it; null takes it away.
    await call(noor, 'PUT', '/api/artists/me', { name: 'Noor Haddad', bio: 'Tides.' });
    expect(artistSchema.parse((await call(noor, 'GET', '/api/artists/me')).json()).pictureUrl).toBe(
      `/api/media/${pictureId}`,
    );
    await call(noor, 'PUT', '/api/artists/me', { name: 'Noor Haddad', pictureId: null });
    expect(artistSchema.parse((await call(noor, 'GET', '/api/artists/me')).json()).pictureUrl).toBeNull();

    const model = await uploadSample(api.app, noor.headers, 'tidal-knot.glb');
    const notImage = await call(noor, 'PUT', '/api/artists/me', { name: 'Noor', pictureId: model });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json().message).toBe('body.pictureId: a picture must be an image.');
    const someone = await makePerson(api.app, 'Someone');
    const theirs = await uploadSample(api.app, someone.headers);
    const stolen = await call(noor, 'PUT', '/api/artists/me', { name: 'Noor', pictureId: theirs });
    expect(stolen.statusCode).toBe(403);
    expect(stolen.json().message).toMatch(/^body\.pictureId: /);
  });

  it('makes works with tags and dimensions, and edits any of their details', async () => {
    const ines = await makePerson(api.app, 'Ines', { artist: true });
    const mediaId = await uploadSample(api.app, ines.headers, 'riverine.png');
    const made = await call(ines, 'POST', '/api/artworks', {
      mediaId,
      title: 'Riverine',
      year: 2025,
      tags: ['river', ' ink ', 'River'],
      dimensions: '60 × 80 cm',
    });
    expect(made.statusCode, made.body).toBe(201);
    const work = artworkSchema.parse(made.json());
    // Tags are trimmed, and one that differs only in case is the same tag.
    expect(work).toMatchObject({ tags: ['river', 'ink'], dimensions: '60 × 80 cm' });

    const edited = await call(ines, 'PATCH', `/api/artworks/${work.id}`, {
      title: 'Riverine II',
      description: 'The second state.',
      tags: ['print', 'blue'],
      dimensions: '30 × 40 in',
      year: 2026,
      medium: 'Pigment print',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(artworkSchema.parse(edited.json())).toMatchObject({
      id: work.id,
      title: 'Riverine II',
      description: 'The second state.',
      tags: ['print', 'blue'],
      dimensions: '30 × 40 in',
      year: 2026,
      medium: 'Pigment print',
      imageUrl: `/api/media/${mediaId}`,
    });
    // Only what is sent changes.
    await call(ines, 'PATCH', `/api/artworks/${work.id}`, { tags: [] });
    expect(await artwork(ines, work.id)).toMatchObject({ title: 'Riverine II', tags: [], year: 2026 });
  });

  it('refuses bodies that make no sense, naming the field, and changes nothing', async () => {
    const ines = await makePerson(api.app, 'Ines', { artist: true });
    const id = await makeArtwork(api.app, ines, 'Kept');
    const refusals: [object, string][] = [
      [{}, 'body: nothing to change: send at least one field'],
      [{ title: '   ' }, 'body.title: a work needs a title'],
      [{ year: 'last year' }, 'body.year: '],
      [{ year: 2026.5 }, 'body.year: '],
      [{ tags: ['ok', ''] }, 'body.tags.1: a tag cannot be empty'],
      [{ tags: 'ink' }, 'body.tags: '],
      [{ tags: Array.from({ length: 21 }, (_, n) => `t${n}`) }, 'body.tags: at most 20 tags'],
      [{ dimensions: 'x'.repeat(201) }, 'body.dimensions: '],
      [{ imageUrl: '/api/media/elsewhere' }, 'body: '],
    ];
    for (const [body, message] of refusals) {
      const response = await call(ines, 'PATCH', `/api/artworks/${id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().message).toContain(message);
    }
    expect((await call(ines, 'PATCH', '/api/artworks/not-an-id', { title: 'T' })).json().message).toBe(
      'id: must be an artwork id',
    );
    expect(await artwork(ines, id)).toMatchObject({ title: 'Kept', tags: [], dimensions: '' });
  });

  it("leaves others' works alone: not found for anyone but their artist", async () => {
    const ines = await makePerson(api.app, 'Ines', { artist: true });
    const other = await makePerson(api.app, 'Other', { artist: true });
    const id = await makeArtwork(api.app, ines, 'Hers');
    for (const who of [other, await makePerson(api.app, 'Member')]) {
      const edit = await call(who, 'PATCH', `/api/artworks/${id}`, { title: 'Mine now' });
      expect(edit.statusCode).toBe(404);
      expect(edit.json().message).toBe('There is no such work among yours.');
      expect((await call(who, 'DELETE', `/api/artworks/${id}`)).statusCode).toBe(404);
    }
    expect((await call(null, 'DELETE', `/api/artworks/${id}`)).statusCode).toBe(401);
    expect(await artwork(ines, id)).toMatchObject({ title: 'Hers' });
  });

  it('deletes a work with the uploads only it used, freeing their storage; and takes it out of pending requests', async () => {
    const ines = await makePerson(api.app, 'Ines', { artist: true });
    const mediaId = await uploadSample(api.app, ines.headers, 'riverine.png');
    const modelId = await uploadSample(api.app, ines.headers, 'tidal-knot.glb');
    const sculpture = await call(ines, 'POST', '/api/artworks', {
      mediaId,
      modelId,
      title: 'Knot',
      year: 2026,
    });
    const id = artworkSchema.parse(sculpture.json()).id;
    const keep = await makeArtwork(api.app, ines, 'Kept');
    const asked = await call(ines, 'POST', '/api/exhibitions', {
      space: 'main-gallery',
      title: 'Pending',
      works: [id, keep],
    });
    expect(asked.statusCode, asked.body).toBe(201);

    const deleted = await call(ines, 'DELETE', `/api/artworks/${id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    const { freedBytes } = artworkDeletedSchema.parse(deleted.json());
    expect(freedBytes).toBeGreaterThan(10_000);
    expect((await call(null, 'GET', `/api/media/${mediaId}`)).statusCode).toBe(404);
    expect((await call(null, 'GET', `/api/media/${modelId}`)).statusCode).toBe(404);
    expect(await artwork(ines, id)).toBeUndefined();
    expect((await call(ines, 'DELETE', `/api/artworks/${id}`)).statusCode).toBe(404);
    const requests = (await call(ines, 'GET', '/api/exhibitions/mine')).json<{ works: { id: string }[] }[]>();
    expect(requests[0]?.works.map((work) => work.id)).toEqual([keep]);

    // An upload that is also the artist's picture stays.
    const pictureId = await uploadSample(api.app, ines.headers, 'undertow.png');
    await call(ines, 'PUT', '/api/artists/me', { name: 'Ines', pictureId });
    const self = await call(ines, 'POST', '/api/artworks', { mediaId: pictureId, title: 'Self', year: 2026 });
    const kept = await call(ines, 'DELETE', `/api/artworks/${artworkSchema.parse(self.json()).id}`);
    expect(artworkDeletedSchema.parse(kept.json()).freedBytes).toBe(0);
    expect((await call(null, 'GET', `/api/media/${pictureId}`)).statusCode).toBe(200);
  });

  it('refuses to delete a work that has sales, or hangs in an exhibition the venue approved', async () => {
    const ines = await makePerson(api.app, 'Ines', { artist: true });
    const sold = await makeArtwork(api.app, ines, 'Sold');
    const listing = await call(ines, 'POST', '/api/listings', {
      kind: 'print',
      artworkId: sold,
      edition: 10,
      priceMinor: 0,
      currency: 'usd',
    });
    expect(listing.statusCode, listing.body).toBe(201);
    const buyer = await makePerson(api.app, 'Buyer');
    const order = await call(buyer, 'POST', '/api/orders', { listingId: listing.json().id });
    expect(order.statusCode, order.body).toBe(201);
    const refused = await call(ines, 'DELETE', `/api/artworks/${sold}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/“Sold” has been sold or is being bought/);
    expect(await artwork(ines, sold)).toBeDefined();

    // Listed but never bought: the listing goes with it.
    const listed = await makeArtwork(api.app, ines, 'Listed');
    await call(ines, 'POST', '/api/listings', {
      kind: 'original',
      artworkId: listed,
      edition: 1,
      priceMinor: 5000,
      currency: 'usd',
    });
    expect((await call(ines, 'DELETE', `/api/artworks/${listed}`)).statusCode).toBe(200);

    const hung = await makeArtwork(api.app, ines, 'Hung');
    const exhibition = await call(ines, 'POST', '/api/exhibitions', {
      space: 'main-gallery',
      title: 'On the Walls',
      works: [hung],
    });
    await hangNow(api.app, exhibition.json<{ id: string }>().id);
    const hanging = await call(ines, 'DELETE', `/api/artworks/${hung}`);
    expect(hanging.statusCode).toBe(409);
    expect(hanging.json().message).toMatch(
      /“Hung” hangs in “On the Walls” in .*ask the venue to take it down/,
    );
    expect(await artwork(ines, hung)).toBeDefined();
  });
});
