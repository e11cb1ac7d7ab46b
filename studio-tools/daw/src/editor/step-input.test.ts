import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { parseMidi } from '../core/midi.ts';
import { NO_SELECTION, type Selection } from './commands.ts';
import type { View } from './layout.ts';
import { NO_KEYS, stepInput, type StepState } from './step-input.ts';

function song() {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' });
  applyOperation(doc, { op: 'addTrack', id: 'p', name: 'Keys', color: '#000000', instrument: 'poly' });
  applyOperation(doc, { op: 'addClip', track: 'd', id: 'beat', name: 'Beat', length: 4, scene: 's1' });
  applyOperation(doc, { op: 'addClip', track: 'p', id: 'keys', name: 'Keys', length: 2, scene: 's1' });
  return doc;
}

/** Plays MIDI bytes into the app's state the way the app does, applying what comes out. */
function keyboard(view: View, track: string, clip: string) {
  const doc = song();
  let selection: Selection = { ...NO_SELECTION, clip: { track, clip } };
  let state: StepState = NO_KEYS;
  let ids = 0;
  const played: number[] = [];
  const send = (...bytes: number[]) => {
    const out = stepInput(readProject(doc), view, selection, state, parseMidi(bytes)!, () => `n${++ids}`);
    state = out.state;
    if (out.play) played.push(out.play.pitch);
    if (out.op) applyOperation(doc, out.op);
    if (out.cursor !== null) selection = { ...selection, cursor: out.cursor };
  };
  const notes = () =>
    readProject(doc)
      .tracks.flatMap((t) => t.clips)
      .find((c) => c.id === clip)!
      .notes.map((n) => [n.pitch, n.start, n.duration]);
  return { send, notes, played, cursor: () => selection.cursor };
}

describe('step input from a MIDI keyboard', () => {
  it('writes a chord held together at the cursor, then moves a beat on once every key is up', () => {
    const keys = keyboard('notes', 'p', 'keys');
    keys.send(0x90, 60, 100);
    keys.send(0x90, 64, 100);
    keys.send(0x80, 60, 0);
    expect(keys.cursor()).toBe(0);
    keys.send(0x90, 67, 100);
    keys.send(0x80, 64, 0);
    keys.send(0x90, 67, 0);
    expect(keys.cursor()).toBe(1);
    keys.send(0x90, 62, 90);
    keys.send(0x80, 62, 0);
    // A two-beat clip: the cursor goes round to the start.
    expect(keys.cursor()).toBe(0);
    expect(keys.notes()).toEqual([
      [60, 0, 1],
      [64, 0, 1],
      [67, 0, 1],
      [62, 1, 1],
    ]);
    expect(keys.played).toEqual([60, 64, 67, 62]);
  });

  it('writes pads on drums a step at a time, ignoring keys the kit has no pad for', () => {
    const pads = keyboard('notes', 'd', 'beat');
    for (const pitch of [36, 42, 61]) {
      pads.send(0x99, pitch, 120);
      pads.send(0x89, pitch, 0);
    }
    expect(pads.notes()).toEqual([
      [36, 0, 0.25],
      [42, 0.25, 0.25],
    ]);
    expect(pads.played).toEqual([36, 42, 61]);
  });

  it('only plays the chosen track outside its notes, and ignores a key let go it never saw', () => {
    const keys = keyboard('session', 'p', 'keys');
    keys.send(0x90, 60, 100);
    keys.send(0x80, 60, 0);
    keys.send(0x80, 72, 0);
    expect(keys.notes()).toEqual([]);
    expect(keys.played).toEqual([60]);
    expect(keys.cursor()).toBe(0);
  });
});
