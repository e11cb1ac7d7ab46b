import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOperation } from './apply.ts';
import { createProjectDoc, readProject } from './doc.ts';
import { History } from './history.ts';

/** Two people's copies of one song, kept in sync at once. */
function twoPeople() {
  const alice = createProjectDoc();
  const bob = new Y.Doc();
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
  alice.on(
    'update',
    (update: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(bob, update, 'sync'),
  );
  bob.on(
    'update',
    (update: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(alice, update, 'sync'),
  );
  return { alice, bob };
}

const notesOf = (doc: Y.Doc) => readProject(doc).tracks[0]?.clips[0]?.notes.map((n) => `${n.id}:${n.pitch}`);

describe('undo and redo in a shared song', () => {
  it('undoes only my own edits, one at a time, and redoes them', () => {
    const { alice, bob } = twoPeople();
    const mine = new History(alice, 'alice');
    applyOperation(
      alice,
      { op: 'addTrack', id: 't', name: 'Keys', color: '#112233', instrument: 'poly' },
      'alice',
    );
    applyOperation(alice, { op: 'addClip', track: 't', id: 'c', name: 'A', length: 4, scene: 's1' }, 'alice');
    const note = (id: string, pitch: number) => ({ id, pitch, start: 0, duration: 1, velocity: 1 });
    applyOperation(alice, { op: 'addNotes', track: 't', clip: 'c', notes: [note('a1', 60)] }, 'alice');
    applyOperation(bob, { op: 'addNotes', track: 't', clip: 'c', notes: [note('b1', 64)] }, 'bob');
    applyOperation(
      alice,
      { op: 'setNotes', track: 't', clip: 'c', notes: [{ id: 'a1', pitch: 62 }] },
      'alice',
    );
    expect(notesOf(bob)).toEqual(['a1:62', 'b1:64']);

    mine.undo();
    expect(notesOf(bob)).toEqual(['a1:60', 'b1:64']);
    mine.undo();
    expect(notesOf(bob)).toEqual(['b1:64']);
    expect(mine.canRedo).toBe(true);
    mine.redo();
    mine.redo();
    expect(notesOf(alice)).toEqual(['a1:62', 'b1:64']);
    expect(mine.canRedo).toBe(false);
  });

  it('takes a whole gesture back in one step', () => {
    const doc = createProjectDoc();
    const history = new History(doc, 'me');
    applyOperation(
      doc,
      { op: 'addTrack', id: 't', name: 'Bass', color: '#112233', instrument: 'bass' },
      'me',
    );
    const end = history.gesture();
    for (const value of [500, 700, 900, 1100]) {
      applyOperation(doc, { op: 'param', track: 't', address: 'instrument.cutoff', value }, 'me');
    }
    end();
    applyOperation(doc, { op: 'mixer', track: 't', volume: -12 }, 'me');
    history.undo();
    expect(readProject(doc).tracks[0]?.mixer.volume).toBe(0);
    expect(readProject(doc).tracks[0]?.instrument.params.cutoff).toBe(1100);
    history.undo();
    expect(readProject(doc).tracks[0]?.instrument.params.cutoff).toBe(600);
    history.undo();
    expect(readProject(doc).tracks).toEqual([]);
    expect(history.canUndo).toBe(false);
  });

  it('tells the editor when the undo buttons should change', () => {
    const doc = createProjectDoc();
    const history = new History(doc, 'me');
    let changes = 0;
    const stop = history.onChange(() => changes++);
    applyOperation(doc, { op: 'song', tempo: 90 }, 'me');
    history.undo();
    stop();
    applyOperation(doc, { op: 'song', tempo: 100 }, 'me');
    expect(changes).toBeGreaterThanOrEqual(2);
    const seen = changes;
    history.undo();
    expect(changes).toBe(seen);
  });
});
