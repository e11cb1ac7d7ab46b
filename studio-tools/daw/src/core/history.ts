// One person's undo and redo: only their own edits (those applied with their origin) are undone, so undoing
// in a shared song never takes back what someone else did. Each edit is one step; a gesture (a drag that
// edits many times) is one step as a whole. Yjs's UndoManager does the work.
import * as Y from 'yjs';

import { roots } from './doc.ts';

export class History {
  private readonly manager: Y.UndoManager;

  /** Tracks the edits `doc` receives from `origin` (the value this person's edits are applied with). */
  constructor(doc: Y.Doc, origin: unknown) {
    const r = roots(doc);
    this.manager = new Y.UndoManager([r.song, r.tracks, r.scenes, r.buses], {
      trackedOrigins: new Set([origin]),
      captureTimeout: 0,
    });
  }

  get canUndo(): boolean {
    return this.manager.canUndo();
  }

  get canRedo(): boolean {
    return this.manager.canRedo();
  }

  undo(): void {
    this.manager.undo();
  }

  redo(): void {
    this.manager.redo();
  }

  /** Edits until the returned function is called are one step (a drag, a paste of many notes). */
  gesture(): () => void {
    this.manager.stopCapturing();
    this.manager.captureTimeout = Number.POSITIVE_INFINITY;
    return () => {
      this.manager.captureTimeout = 0;
      this.manager.stopCapturing();
    };
  }

  /** Calls `listener` whenever what can be undone or redone changes; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    for (const event of events) this.manager.on(event, listener);
    return () => {
      for (const event of events) this.manager.off(event, listener);
    };
  }

  destroy(): void {
    this.manager.destroy();
  }
}
