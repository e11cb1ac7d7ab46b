// Songs through the API: kept, listed, opened, saved over the version they were opened at (a save from an
// older copy refused), deleted; each only its owner's; damaged data refused with nothing stored; counted in
// the plan's storage.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { songSchema, songSummarySchema, usageSchema } from '../src/contract.ts';
import { makePerson, type Person } from './support/people.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi();

const call = (who: Person | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

/** A song's state as the DAW saves it: its Yjs document, base64. */
function songState(tempo: number, tracks = 1): string {
  const doc = new Y.Doc();
  doc.getMap('song').set('tempo', tempo);
  for (let i = 0; i < tracks; i++) doc.getMap('tracks').set(`t${i}`, new Y.Map());
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

describe('songs', () => {
  it('keeps a song, lists it, opens it, saves over it and deletes it', async () => {
    const kai = await makePerson(api.app, 'Kai');
    const made = await call(kai, 'POST', '/api/songs', { name: 'First light', state: songState(96) });
    expect(made.statusCode, made.body).toBe(201);
    const song = songSummarySchema.parse(made.json());
    expect(song).toMatchObject({ name: 'First light', version: 1 });
    expect(song.bytes).toBeGreaterThan(0);

    const list = (await call(kai, 'GET', '/api/songs')).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual([song.id]);

    const opened = songSchema.parse((await call(kai, 'GET', `/api/songs/${song.id}`)).json());
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(opened.state, 'base64'));
    expect(doc.getMap('song').get('tempo')).toBe(96);

    const saved = await call(kai, 'PUT', `/api/songs/${song.id}`, {
      name: 'First light (2)',
      state: songState(100, 3),
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(songSummarySchema.parse(saved.json())).toMatchObject({ name: 'First light (2)', version: 2 });

    expect((await call(kai, 'DELETE', `/api/songs/${song.id}`)).statusCode).toBe(204);
    expect((await call(kai, 'GET', `/api/songs/${song.id}`)).statusCode).toBe(404);
    expect((await call(kai, 'GET', '/api/songs')).json()).toEqual([]);
  });

  it('refuses a save made from an older copy, keeping the newer one', async () => {
    const lea = await makePerson(api.app, 'Lea');
    const song = songSummarySchema.parse(
      (await call(lea, 'POST', '/api/songs', { name: 'Tide', state: songState(90) })).json(),
    );
    expect(
      (await call(lea, 'PUT', `/api/songs/${song.id}`, { name: 'Tide', state: songState(91), version: 1 }))
        .statusCode,
    ).toBe(200);
    const stale = await call(lea, 'PUT', `/api/songs/${song.id}`, {
      name: 'Tide',
      state: songState(70),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('saved from somewhere else since you opened it');
    const kept = songSchema.parse((await call(lea, 'GET', `/api/songs/${song.id}`)).json());
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(kept.state, 'base64'));
    expect([kept.version, doc.getMap('song').get('tempo')]).toEqual([2, 91]);
  });

  it('keeps each song its owner’s alone', async () => {
    const [mo, ny] = [await makePerson(api.app, 'Mo'), await makePerson(api.app, 'Ny')];
    const song = songSummarySchema.parse(
      (await call(mo, 'POST', '/api/songs', { name: 'Mine', state: songState(120) })).json(),
    );
    expect((await call(ny, 'GET', `/api/songs/${song.id}`)).statusCode).toBe(404);
    expect(
      (await call(ny, 'PUT', `/api/songs/${song.id}`, { name: 'Theirs', state: songState(1), version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await call(ny, 'DELETE', `/api/songs/${song.id}`)).statusCode).toBe(404);
    expect((await call(ny, 'GET', '/api/songs')).json()).toEqual([]);
    expect((await call(null, 'GET', '/api/songs')).statusCode).toBe(401);
  });

  it('refuses damaged data, another kind of document and bad bodies, storing nothing', async () => {
    const ola = await makePerson(api.app, 'Ola');
    const other = new Y.Doc();
    other.getText('t').insert(0, 'not a song');
    const refusals: Array<[object, string]> = [
      [{ name: 'Bits', state: Buffer.from('garbage garbage').toString('base64') }, 'not a song'],
      [{ name: 'Text', state: Buffer.from(Y.encodeStateAsUpdate(other)).toString('base64') }, 'not a song'],
      [{ name: 'Nope', state: '%%%' }, 'base64'],
      [{ name: '', state: songState(120) }, 'name'],
      [{ name: 'Huge', state: Buffer.alloc(710 * 1024, 7).toString('base64') }, 'at most 700 KB'],
    ];
    for (const [body, message] of refusals) {
      const response = await call(ola, 'POST', '/api/songs', body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(response.body).toContain(message);
    }
    expect((await call(ola, 'GET', '/api/songs')).json()).toEqual([]);
  });

  it('counts songs in the plan’s storage', async () => {
    const pia = await makePerson(api.app, 'Pia');
    const before = usageSchema.parse((await call(pia, 'GET', '/api/subscriptions/usage')).json()).storageBytes
      .used;
    const song = songSummarySchema.parse(
      (await call(pia, 'POST', '/api/songs', { name: 'Big', state: songState(120, 200) })).json(),
    );
    const after = usageSchema.parse((await call(pia, 'GET', '/api/subscriptions/usage')).json()).storageBytes
      .used;
    expect(after - before).toBe(song.bytes);
  });
});
