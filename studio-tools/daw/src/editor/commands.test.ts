import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { NO_SELECTION, runCommand, type Clipboard, type Command, type Selection } from './commands.ts';
import type { View } from './layout.ts';

function song() {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' });
  applyOperation(doc, {
    op: 'addClip',
    track: 'd',
    id: 'beat',
    name: 'Beat',
    length: 8,
    scene: 's1',
    // A kick on each beat of the first bar.
    notes: [0, 1, 2, 3].map((start) => ({ id: `k${start}`, pitch: 36, start, duration: 0.25, velocity: 1 })),
  });
  applyOperation(doc, { op: 'addClip', track: 'd', id: 'fill', name: 'Fill', length: 4, scene: 's2' });
  applyOperation(doc, { op: 'place', track: 'd', id: 'p', clip: 'beat', start: 0, length: 8 });
  return doc;
}

/** Runs commands one after another the way the app does, applying what they make. */
function session(doc: Y.Doc, view: View, selection: Partial<Selection>) {
  let state: Selection = { ...NO_SELECTION, ...selection };
  let clipboard: Clipboard = null;
  let ids = 0;
  return (command: Command) => {
    const result = runCommand(readProject(doc), view, state, clipboard, command, () => `new${++ids}`);
    for (const op of result?.ops ?? []) applyOperation(doc, op);
    if (result) {
      state = result.selection;
      clipboard = result.clipboard;
    }
    return { result, state, project: readProject(doc) };
  };
}

const starts = (doc: Y.Doc, clip = 'beat') =>
  readProject(doc)
    .tracks[0]!.clips.find((c) => c.id === clip)!
    .notes.map((n) => n.start);

describe('copy, paste, duplicate and delete', () => {
  it('copies a clip’s bar and pastes it into the next bar, then the one after (up to the clip’s end)', () => {
    const doc = song();
    const run = session(doc, 'notes', { clip: { track: 'd', clip: 'beat' } });
    expect(run('copy').state.cursor).toBe(4);
    run('paste');
    expect(starts(doc)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // The pasted notes are the chosen ones now; a further paste has no room in an 8-beat clip.
    const more = run('paste');
    expect(more.state.notes.size).toBe(4);
    expect(more.result?.error).toMatch(/past the clip’s end/);
    expect(starts(doc)).toHaveLength(8);
  });

  it('pastes into another clip, and copies only the chosen notes when some are', () => {
    const doc = song();
    const run = session(doc, 'notes', { clip: { track: 'd', clip: 'beat' }, notes: new Set(['k2', 'k3']) });
    run('copy');
    const other = session(doc, 'notes', { clip: { track: 'd', clip: 'fill' } });
    // Another clip's session has its own clipboard: a paste with nothing copied says so.
    expect(other('paste').result?.error).toBe('Copy some notes first.');
    // Copied from beat 2: pasted at the cursor they keep their places within the beat.
    run('duplicate');
    expect(starts(doc)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('selects all and deletes the chosen notes; moves the cursor by steps within the clip', () => {
    const doc = song();
    const run = session(doc, 'notes', { clip: { track: 'd', clip: 'beat' } });
    expect(run('delete').result).toBeNull();
    expect(run('selectAll').state.notes.size).toBe(4);
    run('delete');
    expect(starts(doc)).toEqual([]);
    expect(run('left').state.cursor).toBe(0);
    expect(run('right').state.cursor).toBe(0.25);
  });

  it('duplicates a placed clip right after itself, and pastes a copied one after the chosen', () => {
    const doc = song();
    const run = session(doc, 'arrange', { placement: { track: 'd', placement: 'p' } });
    const once = run('duplicate');
    expect(once.state.placement).toEqual({ track: 'd', placement: 'new1' });
    run('duplicate');
    const placed = () => readProject(doc).tracks[0]!.placements.map((p) => [p.clip, p.start, p.length]);
    expect(placed()).toEqual([
      ['beat', 0, 8],
      ['beat', 8, 8],
      ['beat', 16, 8],
    ]);
    run('delete');
    expect(placed()).toHaveLength(2);
    expect(run('paste').result?.error).toBe('Select a placed clip first.');
  });

  it('takes the chosen clip away in the session view, and does nothing it was not asked', () => {
    const doc = song();
    session(doc, 'session', { clip: { track: 'd', clip: 'fill' } })('delete');
    expect(readProject(doc).tracks[0]!.clips.map((c) => c.id)).toEqual(['beat']);
    expect(session(doc, 'mixer', {})('copy').result).toBeNull();
  });
});
