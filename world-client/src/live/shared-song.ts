// A classroom's song on this page: a copy of the room's Yjs document that the class edits together. What the
// room sends is applied as the room's (so it is not sent back); this person's edits go to the room, gathered
// for a moment, as every edit of the song does (live-set-sender.ts). A whole new song from the room (the
// instructor opened another) becomes a new document: the page's editor follows it.
import { decodeSongMessage } from '@prostudio/protocol';
import { createProjectDoc } from '@prostudio/studio-tools/daw';
import * as Y from 'yjs';
import { FROM_ROOM, type LiveSetSender } from './live-set-sender.ts';

export class SharedSong {
  private current = new Y.Doc();
  private stopSending: ((discard?: boolean) => void) | null = null;
  private readonly listeners = new Set<(doc: Y.Doc) => void>();

  constructor(private readonly sender: LiveSetSender) {
    this.stopSending = sender.sing(this.current, false);
  }

  get doc(): Y.Doc {
    return this.current;
  }

  /** A song message from the room. */
  receive(bytes: Uint8Array): void {
    const message = decodeSongMessage(bytes);
    if (!message.ok) return;
    if (message.replace) this.replaceWith(new Y.Doc(), true);
    try {
      Y.applyUpdate(this.current, message.update, FROM_ROOM);
    } catch (error) {
      console.warn('a song update from the room could not be read:', error);
    }
  }

  /** Starts the song where the room has none yet (several doing so at once merge into one start). */
  startIfEmpty(): void {
    if (this.current.getMap('song').size > 0) return;
    Y.applyUpdate(this.current, Y.encodeStateAsUpdate(createProjectDoc({ name: 'Class song' })));
  }

  /** Puts `doc` in the song's place, for everyone (the instructor opened another). */
  open(doc: Y.Doc): void {
    this.replaceWith(doc);
    this.sender.sendWhole(doc);
  }

  /** Calls `listener` when the song is another document; returns how to stop. */
  onReplaced(listener: (doc: Y.Doc) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.stopSending?.();
    this.listeners.clear();
    this.current.destroy();
  }

  /** `fromRoom`: the room replaced it, and edits made here to the last one not sent yet are dropped. */
  private replaceWith(doc: Y.Doc, fromRoom = false): void {
    this.stopSending?.(fromRoom);
    this.current.destroy();
    this.current = doc;
    this.stopSending = this.sender.sing(doc, false);
    for (const listener of this.listeners) listener(doc);
  }
}
