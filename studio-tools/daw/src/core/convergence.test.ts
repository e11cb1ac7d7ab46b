// Five people edit one song at once: each applies random edits to their own copy, and the copies' updates
// reach each other late, out of order and some twice. Once everything has arrived, every copy must read the
// same song, and that song must make sense (one clip to a slot, no placement of a missing clip).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '@prostudio/protocol';

import { applyOperation } from './apply.ts';
import { createProjectDoc, readProject } from './doc.ts';
import { DawError, parseOperation, type Operation } from './operations.ts';
import type { Project } from './project.ts';

/** A random edit someone looking at `project` might make (`peer` and `n` make its new ids unique). */
function randomEdit(project: Project, rand: () => number, peer: number, n: number): Operation {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)];
  const id = `p${peer}x${n}`;
  const track = pick(project.tracks);
  const clip = track && pick(track.clips);
  const note = clip && pick(clip.notes);
  const scene = pick(project.scenes);
  const roll = rand();
  const newNote = (k: number) => ({
    id: `${id}n${k}`,
    pitch: 36 + Math.floor(rand() * 48),
    start: Math.floor(rand() * 16) / 4,
    duration: 0.25 + Math.floor(rand() * 4) / 4,
    velocity: Math.round(rand() * 100) / 100,
  });
  const ops: Array<Operation | undefined> = [
    roll < 0.08 || !track
      ? {
          op: 'addTrack',
          id,
          name: `T${id}`,
          color: '#336699',
          instrument: pick(['poly', 'fm', 'bass', 'drums'])!,
        }
      : undefined,
    roll < 0.02 && track ? { op: 'removeTrack', track: track.id } : undefined,
    track && roll < 0.12
      ? { op: 'moveTrack', track: track.id, before: pick(project.tracks)?.id ?? null }
      : undefined,
    track && roll < 0.16
      ? { op: 'mixer', track: track.id, volume: -Math.floor(rand() * 30), pan: rand() * 2 - 1 }
      : undefined,
    track && roll < 0.2 ? { op: 'setTrack', track: track.id, name: `Renamed ${id}` } : undefined,
    track && roll < 0.24
      ? {
          op: 'addEffect',
          track: track.id,
          id,
          type: pick(['eq3', 'reverb', 'delay', 'chorus'])!,
          before: pick(track.effects)?.id ?? null,
        }
      : undefined,
    track && roll < 0.27 && track.effects[0]
      ? { op: 'removeEffect', track: track.id, effect: track.effects[0].id }
      : undefined,
    track && roll < 0.3 && track.effects[0]
      ? { op: 'param', track: track.id, address: `fx.${track.effects[0].id}.wet`, value: rand() }
      : undefined,
    roll < 0.33
      ? { op: 'addScene', id, name: `S${id}`, before: pick(project.scenes)?.id ?? null }
      : undefined,
    roll < 0.345 && scene ? { op: 'removeScene', scene: scene.id } : undefined,
    track && roll < 0.45
      ? {
          op: 'addClip',
          track: track.id,
          id,
          name: `C${id}`,
          length: 4,
          scene: rand() < 0.7 ? (scene?.id ?? null) : null,
          notes: [newNote(0), newNote(1)],
        }
      : undefined,
    track && clip && roll < 0.5
      ? {
          op: 'setClip',
          track: track.id,
          clip: clip.id,
          length: 1 + Math.floor(rand() * 8),
          scene: rand() < 0.5 ? (scene?.id ?? null) : undefined,
        }
      : undefined,
    track && clip && roll < 0.52 ? { op: 'removeClip', track: track.id, clip: clip.id } : undefined,
    track && clip && roll < 0.7
      ? { op: 'addNotes', track: track.id, clip: clip.id, notes: [newNote(0), newNote(1), newNote(2)] }
      : undefined,
    track && clip && note && roll < 0.8
      ? {
          op: 'setNotes',
          track: track.id,
          clip: clip.id,
          notes: [{ id: note.id, pitch: 40 + Math.floor(rand() * 30), start: Math.floor(rand() * 8) / 2 }],
        }
      : undefined,
    track && clip && note && roll < 0.86
      ? { op: 'removeNotes', track: track.id, clip: clip.id, ids: [note.id] }
      : undefined,
    track && clip && roll < 0.9
      ? {
          op: 'automation',
          track: track.id,
          clip: clip.id,
          address: 'mixer.volume',
          set: [{ id, time: Math.floor(rand() * 4), value: -Math.floor(rand() * 20) }],
        }
      : undefined,
    track && clip && roll < 0.95
      ? { op: 'place', track: track.id, id, clip: clip.id, start: Math.floor(rand() * 32) * 4, length: 4 }
      : undefined,
    track && track.placements[0] && roll < 0.97
      ? { op: 'unplace', track: track.id, placement: track.placements[0].id }
      : undefined,
    { op: 'song', tempo: 60 + Math.floor(rand() * 120), swing: Math.round(rand() * 50) / 100 },
  ];
  return ops.find((op) => op !== undefined)!;
}

interface Peer {
  doc: Y.Doc;
  /** Updates made here, not yet sent to each other peer (by index). */
  outbox: Uint8Array[][];
}

function run(seed: number, peers = 5, edits = 400) {
  const rand = seededRandom(seed);
  const start = Y.encodeStateAsUpdate(createProjectDoc({ name: 'Shared' }));
  const all: Peer[] = [];
  for (let i = 0; i < peers; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start, 'remote');
    const peer: Peer = { doc, outbox: Array.from({ length: peers }, () => []) };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      for (let j = 0; j < peers; j++) if (j !== i) peer.outbox[j]!.push(update);
    });
    all.push(peer);
  }
  const deliver = (from: number, to: number, count: number) => {
    const queue = all[from]!.outbox[to]!;
    // Late and out of order: a random one of the waiting updates each time, now and then twice.
    for (let k = 0; k < count && queue.length > 0; k++) {
      const [update] = queue.splice(Math.floor(rand() * queue.length), 1);
      Y.applyUpdate(all[to]!.doc, update!, 'remote');
      if (rand() < 0.05) Y.applyUpdate(all[to]!.doc, update!, 'remote');
    }
  };
  let applied = 0;
  let refused = 0;
  for (let n = 0; n < edits; n++) {
    const i = Math.floor(rand() * peers);
    const op = randomEdit(readProject(all[i]!.doc), rand, i, n);
    try {
      applyOperation(all[i]!.doc, parseOperation(op), 'local');
      applied++;
    } catch (error) {
      if (!(error instanceof DawError)) throw error;
      refused++;
    }
    // Seldom enough that people often edit what others have changed already without knowing it.
    if (rand() < 0.25) {
      const from = Math.floor(rand() * peers);
      const to = Math.floor(rand() * peers);
      if (from !== to) deliver(from, to, 1 + Math.floor(rand() * 3));
    }
  }
  for (let from = 0; from < peers; from++)
    for (let to = 0; to < peers; to++) if (from !== to) deliver(from, to, Number.POSITIVE_INFINITY);
  return { projects: all.map((peer) => readProject(peer.doc)), applied, refused };
}

describe('five people editing one song at once', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`ends with every copy the same, and sound (seed ${seed})`, () => {
      const { projects, applied, refused } = run(seed);
      expect(applied).toBeGreaterThan(300);
      expect(refused).toBeLessThan(100);
      const [first, ...rest] = projects.map((project) => JSON.stringify(project));
      for (const other of rest) expect(other).toBe(first);
      const project = projects[0]!;
      expect(project.tracks.length).toBeGreaterThan(0);
      const scenes = new Set(project.scenes.map((scene) => scene.id));
      for (const track of project.tracks) {
        const slots = track.clips.flatMap((clip) => (clip.scene === null ? [] : [clip.scene]));
        expect(new Set(slots).size).toBe(slots.length);
        for (const slot of slots) expect(scenes.has(slot)).toBe(true);
        const clips = new Set(track.clips.map((clip) => clip.id));
        for (const placement of track.placements) expect(clips.has(placement.clip)).toBe(true);
      }
      // Hundreds of edits and syncs: seconds on a busy machine, and that is not what is tested here.
    }, 30_000);
  }
});

describe('edits that clash, made at once by two people', () => {
  /** Two copies of one song with a bass track and a clip in scene 1; `clash` edits them apart, then they sync. */
  function clash(edits: (a: Y.Doc, b: Y.Doc) => void): [Project, Project] {
    const a = createProjectDoc();
    applyOperation(a, { op: 'addTrack', id: 'bass', name: 'Bass', color: '#000000', instrument: 'bass' });
    applyOperation(a, { op: 'addClip', track: 'bass', id: 'riff', name: 'Riff', length: 4, scene: 's1' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    edits(a, b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    return [readProject(a), readProject(b)];
  }

  it('one clip keeps a slot two people filled at once, the same one for both', () => {
    const [a, b] = clash((docA, docB) => {
      applyOperation(docA, { op: 'addClip', track: 'bass', id: 'x1', name: 'A', length: 4, scene: 's2' });
      applyOperation(docB, { op: 'addClip', track: 'bass', id: 'x2', name: 'B', length: 4, scene: 's2' });
    });
    expect(a).toEqual(b);
    const inSlot = a.tracks[0]!.clips.filter((clip) => clip.scene === 's2').map((clip) => clip.id);
    expect(inSlot).toEqual(['x1']);
    expect(a.tracks[0]!.clips.map((clip) => clip.id)).toContain('x2');
  });

  it('a clip placed on the timeline while someone removed it is gone from the timeline', () => {
    const [a, b] = clash((docA, docB) => {
      applyOperation(docA, { op: 'removeClip', track: 'bass', clip: 'riff' });
      applyOperation(docB, { op: 'place', track: 'bass', id: 'p', clip: 'riff', start: 0, length: 4 });
    });
    expect(a).toEqual(b);
    expect(a.tracks[0]!.placements).toEqual([]);
  });

  it('a clip put in a scene while someone removed the scene leaves the session view', () => {
    const [a, b] = clash((docA, docB) => {
      applyOperation(docA, { op: 'removeScene', scene: 's2' });
      applyOperation(docB, {
        op: 'addClip',
        track: 'bass',
        id: 'late',
        name: 'Late',
        length: 4,
        scene: 's2',
      });
    });
    expect(a).toEqual(b);
    expect(a.tracks[0]!.clips.find((clip) => clip.id === 'late')?.scene).toBeNull();
  });
});
