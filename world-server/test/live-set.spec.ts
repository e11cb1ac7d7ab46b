// A performer's live set over real sockets: the song (in parts), the transport and hand-played notes reach
// the audience of every instance of the show, a newcomer gets the set so far, the shared clock answers,
// and a damaged song update or someone else's transport is refused with the song intact.
import { Client, type Room } from '@colyseus/sdk';
import {
  BYTES_MESSAGE,
  decodeSongMessage,
  encodeSongParts,
  MESSAGE,
  ROOM_MESSAGE,
  type TransportMessage,
} from '@prostudio/protocol';
import { applyOperation, createProjectDoc, demoSongDoc, readProject } from '@prostudio/studio-tools/daw';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { joinShow, type ShowState } from './support/show.ts';
import { useTestWorld, until } from './support/world.ts';

const world = useTestWorld({ stageCapacity: 2 });

/** What a listener's page keeps of the set: its copy of the song, the transport, the notes. */
function listen(room: Room<ShowState>) {
  const heard = {
    song: new Y.Doc(),
    songMessages: 0,
    transport: null as TransportMessage | null,
    notes: [] as unknown[],
    refusals: [] as string[],
  };
  room.onMessage(BYTES_MESSAGE.song, (bytes: Uint8Array) => {
    const message = decodeSongMessage(bytes);
    if (!message.ok) throw new Error(message.error);
    heard.songMessages++;
    if (message.replace) heard.song = new Y.Doc();
    Y.applyUpdate(heard.song, message.update);
  });
  room.onMessage(ROOM_MESSAGE.transport, (transport: TransportMessage) => (heard.transport = transport));
  room.onMessage(ROOM_MESSAGE.liveNote, (note: unknown) => heard.notes.push(note));
  room.onMessage(ROOM_MESSAGE.refused, (refusal: { reason: string }) => heard.refusals.push(refusal.reason));
  for (const type of [ROOM_MESSAGE.reactions, ROOM_MESSAGE.clock, BYTES_MESSAGE.poses])
    room.onMessage(type, () => undefined);
  return heard;
}

const sendSong = (room: Room<ShowState>, update: Uint8Array, replace = false) =>
  encodeSongParts(update, replace).forEach((part) => room.sendBytes(BYTES_MESSAGE.songPart, part));

const tempoOf = (doc: Y.Doc) => readProject(doc).song.tempo;

describe('a live set', () => {
  it('reaches the audience in every instance, newcomers too, and refuses what is not the performer’s', async () => {
    const space = 'live-set';
    const join = async (name: string, role: 'performer' | 'audience') => {
      let heard: ReturnType<typeof listen> | undefined;
      const room = await joinShow(new Client(world.endpoint), space, name, role, (joined) => {
        heard = listen(joined);
      });
      world.track(room);
      return { room, heard: heard! };
    };
    const star = await join('Star', 'performer');
    const first = await join('First', 'audience');

    // The shared clock answers with the venue's time.
    const readings: Array<{ sent: number; at: number }> = [];
    first.room.onMessage(ROOM_MESSAGE.clock, (reading: { sent: number; at: number }) =>
      readings.push(reading),
    );
    first.room.send(MESSAGE.clock, { sent: 42.5 });
    await until(() => readings.length === 1, 'the clock to answer');
    expect(readings[0]?.sent).toBe(42.5);
    expect(Math.abs((readings[0]?.at ?? 0) - Date.now())).toBeLessThan(1000);

    const song = demoSongDoc(16);
    // A first song, then the one the set plays: the second replaces the first, it does not merge into it.
    const sketch = createProjectDoc({ name: 'Sketch', tempo: 80 });
    applyOperation(sketch, {
      op: 'addTrack',
      id: 'sk',
      name: 'Sketch',
      color: '#112233',
      instrument: 'poly',
    });
    sendSong(star.room, Y.encodeStateAsUpdate(sketch), true);
    await until(
      () => readProject(first.heard.song).song.name === 'Sketch',
      'the sketch to reach the audience',
    );
    const whole = Y.encodeStateAsUpdate(song);
    expect(encodeSongParts(whole).length).toBeGreaterThan(1);
    sendSong(star.room, whole, true);
    const transport: TransportMessage = {
      mode: 'session',
      origin: Date.now() + 500,
      tempo: 120,
      session: {
        playing: { [readProject(song).tracks[0]!.id]: [{ clip: 'c', launchedAt: 0, stopAt: null }] },
      },
    };
    star.room.send(MESSAGE.transport, transport);
    await until(() => first.heard.transport !== null, 'the transport to reach the audience');
    expect(readProject(first.heard.song)).toEqual(readProject(song));
    expect(first.heard.transport).toEqual(transport);

    // An edit goes out as its own small update.
    const edits: Uint8Array[] = [];
    song.on('update', (update: Uint8Array) => edits.push(update));
    applyOperation(song, { op: 'song', tempo: 97 });
    sendSong(star.room, edits[0]!);
    await until(() => tempoOf(first.heard.song) === 97, 'the tempo change to reach the audience');

    // A second instance opens after all that: its audience gets the song and the transport from the first.
    const second = await join('Second', 'audience');
    expect(second.room.roomId).not.toBe(star.room.roomId);
    await until(() => second.heard.transport !== null, 'the transport to reach the second instance');
    await until(() => tempoOf(second.heard.song) === 97, 'the song to reach the second instance');
    expect(readProject(second.heard.song)).toEqual(readProject(song));

    const note = { track: 't1', pitch: 64, velocity: 0.7, at: Date.now() + 400, duration: 0.5 };
    star.room.send(MESSAGE.liveNote, note);
    await until(() => second.heard.notes.length === 1 && first.heard.notes.length === 1, 'the note');
    expect(second.heard.notes[0]).toEqual(note);

    // Someone in the audience cannot play the set.
    first.room.send(MESSAGE.transport, { mode: 'stopped' });
    await until(() => first.heard.refusals.length === 1, 'a refusal');
    expect(first.heard.refusals[0]).toMatch(/Only the performer/);

    // A damaged update is refused to the performer, and nobody's song changes.
    const songsBefore = first.heard.songMessages;
    sendSong(star.room, Uint8Array.of(0, 1, 2, 3, 4, 200, 201, 202));
    await until(() => star.heard.refusals.length === 1, 'the performer to be told');
    expect(star.heard.refusals[0]).toMatch(/damaged/);
    star.room.send(MESSAGE.transport, { mode: 'stopped' });
    await until(() => first.heard.transport?.mode === 'stopped', 'the stop');
    expect(first.heard.songMessages).toBe(songsBefore);
    expect(first.heard.transport).toEqual({ mode: 'stopped' });

    // The performer leaving stops the set in every instance.
    star.room.send(MESSAGE.transport, transport);
    await until(() => second.heard.transport?.mode === 'session', 'the set to play again');
    await star.room.leave();
    await until(() => second.heard.transport?.mode === 'stopped', 'the set to stop with its performer gone');
  });
});
