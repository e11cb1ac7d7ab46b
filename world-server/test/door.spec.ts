// The matchmaking door, over real HTTP: what a caller without a join token, with a used one, from another
// site's page or with a huge body gets, and that none of it makes a room or reserves a seat.
import { request } from 'node:http';
import { Client } from '@colyseus/sdk';
import { matchMaker } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { MAX_MATCHMAKE_BODY_BYTES } from '../src/door/matchmake-gate.ts';
import { tokenFor } from './support/tokens.ts';
import { useTestWorld } from './support/world.ts';

const OTHER_SITE = 'https://partner.example';
const world = useTestWorld({ allowedOrigins: [OTHER_SITE] });

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw seat reservation: `body` is sent as given, with the headers given. */
function reserve(
  path: string,
  body: string,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${world.endpoint}/matchmake/${path}`,
      {
        method,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const roomsFor = async (space: string) =>
  (await matchMaker.query({})).filter((room) => room.metadata?.space === space);

describe('the matchmaking door', () => {
  it('refuses a body over a few kB from its length alone, without reading it', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request(
        `${world.endpoint}/matchmake/joinOrCreate/gallery`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 30_000_000 } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      // Only the first 64 kB of the announced 30 MB are ever sent: the answer must come anyway.
      req.on('error', () => undefined);
      req.write(`{"space":"main-gallery","pad":"${'x'.repeat(64 * 1024)}`);
      setTimeout(() => reject(new Error('no answer before the body ended')), 5000).unref();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      code: 413,
      error: `Join options are at most ${MAX_MATCHMAKE_BODY_BYTES} bytes.`,
    });
  });

  it('reserves no seat and makes no room without a join token, with a plain refusal', async () => {
    for (const method of ['create', 'joinOrCreate']) {
      const answer = await reserve(`${method}/gallery`, JSON.stringify({ space: 'no-such-space' }));
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'A join token is needed.' });
    }
    const bad = await reserve('create/gallery', JSON.stringify({ space: { $ne: 1 } }));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      code: 400,
      error: 'Bad join options: space: Invalid input: expected string, received object',
    });
    expect(await roomsFor('no-such-space')).toEqual([]);
  });

  it('lets each join token reserve one seat, once', async () => {
    const token = tokenFor('single-use-gallery', 'gallery', 'Once');
    const room = world.track(
      await new Client(world.endpoint).joinOrCreate('gallery', { space: 'single-use-gallery', token }),
    );
    expect(room.sessionId).toBeTruthy();
    await expect(
      new Client(world.endpoint).joinOrCreate('gallery', { space: 'single-use-gallery', token }),
    ).rejects.toThrow('This join token has been used; ask for a new one.');
    const rooms = await roomsFor('single-use-gallery');
    expect(rooms).toHaveLength(1);
    expect(rooms[0]?.clients).toBe(1);
  });

  it("answers the venue's own pages and the origins it allows, and refuses other sites", async () => {
    const own = `http://${new URL(world.endpoint).host}`;
    const options = (name: string) =>
      JSON.stringify({ space: 'cors-gallery', token: tokenFor('cors-gallery', 'gallery', name) });

    const fromOwn = await reserve('joinOrCreate/gallery', options('Own'), { origin: own });
    expect(fromOwn.status).toBe(200);
    expect(fromOwn.headers['access-control-allow-origin']).toBe(own);
    expect(fromOwn.headers['access-control-allow-credentials']).toBeUndefined();

    const fromPartner = await reserve('joinOrCreate/gallery', options('Partner'), { origin: OTHER_SITE });
    expect(fromPartner.status).toBe(200);
    expect(fromPartner.headers['access-control-allow-origin']).toBe(OTHER_SITE);

    const evil = 'https://evil.example';
    const preflight = await reserve('joinOrCreate/gallery', '', { origin: evil }, 'OPTIONS');
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const fromEvil = await reserve('joinOrCreate/gallery', options('Evil'), { origin: evil });
    expect(fromEvil.status).toBe(403);
    expect(fromEvil.headers['access-control-allow-origin']).toBeUndefined();

    const allowedPreflight = await reserve('joinOrCreate/gallery', '', { origin: OTHER_SITE }, 'OPTIONS');
    expect(allowedPreflight.status).toBe(204);
    expect(allowedPreflight.headers['access-control-allow-headers']).toMatch(/content-type/i);
  });
});
