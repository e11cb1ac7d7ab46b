import { useEffect, useMemo, useRef, useState } from 'react';
import type { SongSummary } from '@prostudio/backend/contract';
import { createProjectDoc, demoSongDoc } from '@prostudio/studio-tools/daw';
import { DawApp } from '@prostudio/studio-tools/daw/editor';
import type * as Y from 'yjs';
import { openSong } from '../api/music.ts';
import { audioContext, venueOutput } from '../audio/venue-audio.ts';
import { liveSetSender, useLiveSet } from '../live/live-set-session.ts';
import { DawControls } from '../studio/music/DawControls.tsx';
import { MySongs } from '../studio/music/MySongs.tsx';
import { useDawInput } from '../studio/music/use-daw-input.ts';
import '../studio/music/music.css';

/** How often a transport waiting for the shared clock's first reading is tried again (ms). */
const RETRY_MS = 500;

export interface SharedDawProps {
  /** The song: the performer's set, or the classroom's shared document. */
  readonly doc: Y.Doc;
  /** What plays here is played for the room (the performer, the instructor). */
  readonly playsForRoom: boolean;
  /** Puts another song in this one's place for the room (a new one, the demo, a saved one); absent: not theirs to. */
  readonly onOpen?: ((doc: Y.Doc) => void) | undefined;
  /** Shown as the dialog's name. */
  readonly title: string;
  /** Says who hears or edits it. */
  readonly status: string;
  /** Shows the DAW on the stage's console too (a panel in the world). */
  readonly onConsole?: boolean;
  readonly onClose: () => void;
}

/**
 * The DAW over a song the room shares, opened over the space on the venue's sound: what plays here goes to
 * the room when it is this person's to play, and every edit goes to the room as the song's does.
 */
export function SharedDaw({ doc, playsForRoom, onOpen, title, status, onConsole, onClose }: SharedDawProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const host = useRef<HTMLDivElement>(null);
  const sender = liveSetSender();
  const app = useMemo(() => {
    const context = audioContext();
    const destination = venueOutput();
    const toRoom = playsForRoom ? sender : null;
    return new DawApp({
      doc,
      origin: 'me',
      onError: setMessage,
      ...(context && destination ? { audio: { context, destination } } : {}),
      onPlayerChange: (state, audio) => toRoom?.playerChanged(state, audio),
      onNotePlayed: (note, audio) => toRoom?.notePlayed(note, audio),
    });
  }, [doc, sender, playsForRoom]);

  useEffect(() => {
    host.current?.replaceChildren(app.canvas);
    const stop = app.start();
    const off = app.onRedraw(() => setVersion((v) => v + 1));
    const retry = setInterval(() => sender?.retry(), RETRY_MS);
    if (onConsole) useLiveSet.setState({ console: app });
    return () => {
      if (onConsole) useLiveSet.setState({ console: null });
      clearInterval(retry);
      off();
      stop();
      if (playsForRoom) sender?.stop();
    };
  }, [app, sender, onConsole, playsForRoom]);

  useDawInput(app);

  const openSaved = async (song: SongSummary) => {
    try {
      onOpen?.((await openSong(song.id)).doc);
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="live-daw" role="dialog" aria-label={title}>
      <div className="music-toolbar" role="toolbar" aria-label={title}>
        <DawControls app={app} />
        {onOpen && (
          <>
            <button type="button" onClick={() => onOpen(createProjectDoc())}>
              New song
            </button>
            <button type="button" onClick={() => onOpen(demoSongDoc())}>
              Open the demo
            </button>
          </>
        )}
        <span role="status" className="live-daw-state">
          {sender ? status : 'Not in the room: nobody hears this.'}
        </span>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="music-canvas" ref={host} />
      <p className="live-daw-tracks" aria-live="polite">
        {app.song.tracks.length === 0
          ? 'No tracks yet: + Track adds one.'
          : `Tracks: ${app.song.tracks.map((track) => track.name).join(', ')}`}
      </p>
      {onOpen && (
        <details>
          <summary>Open one of my songs</summary>
          <MySongs version={0} current={null} onOpen={(song) => void openSaved(song)} />
        </details>
      )}
    </div>
  );
}
