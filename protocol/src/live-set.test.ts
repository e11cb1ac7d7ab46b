import { describe, expect, it } from 'vitest';
import {
  decodeSongMessage,
  decodeSongPart,
  encodeSongMessage,
  encodeSongParts,
  LIVE_SONG_MAX_BYTES,
  SONG_PART_BYTES,
  SongPartJoiner,
  transportMessageSchema,
} from './live-set.ts';
import { seededRandom } from './seeded-random.ts';

function bytes(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

function rejoin(parts: Uint8Array[]): Uint8Array | null {
  const joiner = new SongPartJoiner();
  let whole: Uint8Array | null = null;
  for (const part of parts) {
    const decoded = decodeSongPart(part);
    if (!decoded.ok) throw new Error(decoded.error);
    const result = joiner.add(decoded.part);
    if (result && 'update' in result) whole = result.update;
  }
  return whole;
}

describe('a live song in parts', () => {
  it('comes back whole at every size, from empty to the largest song', () => {
    for (const [index, length] of [
      0,
      1,
      SONG_PART_BYTES,
      SONG_PART_BYTES + 1,
      100_000,
      LIVE_SONG_MAX_BYTES,
    ].entries()) {
      const update = bytes(length, index + 1);
      const parts = encodeSongParts(update);
      expect(parts.length).toBe(Math.max(1, Math.ceil(length / SONG_PART_BYTES)));
      expect(rejoin(parts)).toEqual(update);
    }
  });

  it('refuses a song over the limit when cutting it', () => {
    expect(() => encodeSongParts(new Uint8Array(LIVE_SONG_MAX_BYTES + SONG_PART_BYTES))).toThrow(/at most/);
  });

  it('refuses parts that are not parts, and a part out of order, without losing the next song', () => {
    expect(decodeSongPart(new Uint8Array(3)).ok).toBe(false);
    expect(decodeSongPart(Uint8Array.of(0, 2, 0, 2, 0)).ok).toBe(false); // index past count
    expect(decodeSongPart(Uint8Array.of(0, 0, 0, 0, 0)).ok).toBe(false); // no parts
    expect(decodeSongPart(Uint8Array.of(4, 0, 0, 1, 0)).ok).toBe(false); // a flag nobody knows
    const [first, second] = encodeSongParts(bytes(SONG_PART_BYTES + 10, 9));
    // A short part before the last.
    expect(decodeSongPart(first!.subarray(0, 100)).ok).toBe(false);
    const joiner = new SongPartJoiner();
    const secondPart = decodeSongPart(second!);
    if (!secondPart.ok) throw new Error(secondPart.error);
    expect(joiner.add(secondPart.part)).toEqual({ error: 'song part 1 of 2 out of order' });
    const update = bytes(20, 4);
    expect(rejoin(encodeSongParts(update))).toEqual(update);
  });

  it('says whether the song is a new one, in parts and as the room sends it on', () => {
    const update = bytes(30_000, 5);
    const parts = encodeSongParts(update, true).map((part) => decodeSongPart(part));
    expect(parts.every((part) => part.ok && part.part.replace)).toBe(true);
    for (const replace of [true, false]) {
      const decoded = decodeSongMessage(encodeSongMessage(update, replace));
      expect(decoded).toEqual({ ok: true, update, replace });
    }
    expect(decodeSongMessage(new Uint8Array()).ok).toBe(false);
  });

  it('never throws on random bytes', () => {
    const random = seededRandom(77);
    for (let i = 0; i < 2000; i++) {
      const input = bytes(Math.floor(random() * 40), i);
      expect(() => decodeSongPart(input)).not.toThrow();
    }
  });
});

describe('the transport', () => {
  it('takes a session playing and refuses a tempo or time that cannot be', () => {
    const playing = { t1: [{ clip: 'c1', launchedAt: 4, stopAt: null }] };
    const good = { mode: 'session', origin: 1_800_000_000_000, tempo: 120, session: { playing } };
    expect(transportMessageSchema.safeParse(good).success).toBe(true);
    expect(transportMessageSchema.safeParse({ ...good, tempo: 0 }).success).toBe(false);
    expect(transportMessageSchema.safeParse({ ...good, origin: Number.NaN }).success).toBe(false);
    expect(transportMessageSchema.safeParse({ ...good, mode: 'loop' }).success).toBe(false);
    expect(transportMessageSchema.safeParse({ mode: 'stopped' }).success).toBe(true);
  });
});
