// A classroom's song made together over real sockets: two students and the instructor edit one Yjs document
// at once and every copy ends the same; only the instructor plays it for everyone; a malformed edit is
// refused with the song intact; and the song outlives the room (kept when the class leaves, given back when
// it comes in again).
import { Client, type Room } from '@colyseus/sdk';
import {
  BYTES_MESSAGE,
  decodeSongMessage,
  encodeSongParts,
  MESSAGE,
  ROOM_MESSAGE,
  type Role,
  type TransportMessage,
} from '@prostudio/protocol';
import { applyOperation, createProjectDoc, readProject } from '@prostudio/studio-tools/daw';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tokenFor } from './support/tokens.ts';
import { until, useTestWorld } from './support/world.ts';

const kept = new Map<string, Uint8Array>();
const world = useTestWorld({
  songs: {
    load: async (space) => kept.get(space) ?? null,
    save: async (space, state) => void kept.set(space, state),
  },
});

/** One person's page: their copy of the song, whose own edits go to the room and others' come back in. */
async function open(space: string, name: string, role: Role) {
  const doc = new Y.Doc();
  const heard = { transport: null as TransportMessage | null, refusals: [] as string[] };
  const room: Room = await new Client(world.endpoint).joinOrCreate('classroom', {
    space,
    token: tokenFor(space, 'classroom', name, role),
  });
  room.onMessage(BYTES_MESSAGE.song, (bytes: Uint8Array) => {
    const message = decodeSongMessage(bytes);
    if (message.ok) Y.applyUpdate(doc, message.update, 'room');
  });
  room.onMessage(ROOM_MESSAGE.transport, (transport: TransportMessage) => (heard.transport = transport));
  room.onMessage(ROOM_MESSAGE.refused, (refusal: { reason: string }) => heard.refusals.push(refusal.reason));
  for (const type of [ROOM_MESSAGE.clock, ROOM_MESSAGE.reactions, BYTES_MESSAGE.poses])
    room.onMessage(type, () => undefined);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'room')
      encodeSongParts(update).forEach((part) => room.sendBytes(BYTES_MESSAGE.songPart, part));
  });
  world.track(room);
  return { doc, room, heard, project: () => readProject(doc) };
}

describe("a classroom's song", () => {
  it('is edited by the class at once, played by the instructor, and kept when everyone leaves', async () => {
    const space = 'song-class';
    const teacher = await open(space, 'Iris', 'instructor');
    // The instructor starts the song; the students join and get it.
    teacher.doc.transact(() => {
      const start = createProjectDoc({ name: 'Class song', tempo: 100 });
      Y.applyUpdate(teacher.doc, Y.encodeStateAsUpdate(start));
    });
    const sam = await open(space, 'Sam', 'student');
    const ada = await open(space, 'Ada', 'student');
    await until(
      () => sam.project().song.name === 'Class song' && ada.project().song.name === 'Class song',
      'the song',
    );

    // At once: Sam adds drums, Ada a bass, the instructor changes the tempo.
    applyOperation(sam.doc, {
      op: 'addTrack',
      id: 'drums',
      name: 'Drums',
      color: '#aa3333',
      instrument: 'drums',
    });
    applyOperation(ada.doc, {
      op: 'addTrack',
      id: 'bass',
      name: 'Bass',
      color: '#3333aa',
      instrument: 'bass',
    });
    applyOperation(teacher.doc, { op: 'song', tempo: 92 });
    const all = [teacher, sam, ada];
    await until(
      () => all.every((page) => page.project().tracks.length === 2 && page.project().song.tempo === 92),
      'every copy to hold both tracks and the new tempo',
    );
    expect(sam.project()).toEqual(teacher.project());
    expect(ada.project()).toEqual(teacher.project());

    // Only the instructor plays it for everyone.
    sam.room.send(MESSAGE.transport, { mode: 'stopped' });
    await until(() => sam.heard.refusals.length === 1, 'the student to be told');
    expect(sam.heard.refusals[0]).toMatch(/instructor/);
    const playing: TransportMessage = {
      mode: 'session',
      origin: Date.now(),
      tempo: 92,
      session: { playing: {} },
    };
    teacher.room.send(MESSAGE.transport, playing);
    await until(() => ada.heard.transport?.mode === 'session', 'the class to follow the instructor');

    // A malformed edit: refused to its sender, nobody's song changes.
    const before = teacher.project();
    ada.room.sendBytes(BYTES_MESSAGE.songPart, Uint8Array.of(0, 0, 0, 1, 0, 9, 9, 9, 9));
    await until(() => ada.heard.refusals.length === 1, 'the malformed edit to be refused');
    expect(ada.heard.refusals[0]).toMatch(/damaged/);
    applyOperation(sam.doc, { op: 'setTrack', track: 'bass', name: 'Low end' });
    await until(() => teacher.project().tracks.some((t) => t.name === 'Low end'), 'the next good edit');
    expect(teacher.project().tracks.length).toBe(before.tracks.length);

    // Everyone leaves: the room closes and keeps the song; the class comes back to it.
    await Promise.all(all.map((page) => page.room.leave()));
    await until(() => kept.has(space), 'the song to be kept', 10_000);
    const back = await open(space, 'Sam', 'student');
    await until(() => back.project().tracks.length === 2, 'the kept song to come back');
    expect(
      back
        .project()
        .tracks.map((t) => t.name)
        .sort(),
    ).toEqual(['Drums', 'Low end']);
    expect(back.project().song.tempo).toBe(92);
  });
});
