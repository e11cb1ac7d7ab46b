import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SongSummary } from '@prostudio/backend/contract';
import { createProjectDoc, demoSongDoc } from '@prostudio/studio-tools/daw';
import { DawApp } from '@prostudio/studio-tools/daw/editor';
import type * as Y from 'yjs';
import { openSong } from '../api/music.ts';
import { audioContext, startAudio, venueOutput } from '../audio/venue-audio.ts';
import { liveSetConnection, useLiveSet } from '../live/live-set-session.ts';
import { LiveSetSender } from '../live/live-set-sender.ts';
import { MySongs } from '../studio/music/MySongs.tsx';
import { useDawInput } from '../studio/music/use-daw-input.ts';
import '../studio/music/music.css';

/** How often a transport waiting for the shared clock's first reading is tried again (ms). */
const RETRY_MS = 500;

/**
 * The performer's live set at the stage's console: the DAW, opened over the stage and on the console in front
 * of them (a panel a headset's rays play), on the venue's sound; what it plays goes out as the song and the
 * performer's actions, and every listener's page renders it. Closing the DAW stops the set for the audience.
 */
export function LiveSetConsole() {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel live-set-console" aria-labelledby="live-set-title">
      <h2 id="live-set-title">Live set</h2>
      <p className="hint">Play music from the DAW: each listener&apos;s device renders it, in time.</p>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => {
          startAudio();
          setOpen(!open);
        }}
      >
        {open ? 'Close the DAW' : 'Open the DAW'}
      </button>
      {open && <LiveDaw onClose={() => setOpen(false)} />}
    </section>
  );
}

function LiveDaw({ onClose }: { onClose: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [doc, setDoc] = useState<Y.Doc>(() => createProjectDoc());
  const [, setVersion] = useState(0);
  const host = useRef<HTMLDivElement>(null);
  const connection = liveSetConnection();
  const sender = useMemo(() => (connection ? new LiveSetSender(connection) : null), [connection]);
  const app = useMemo(() => {
    const context = audioContext();
    const destination = venueOutput();
    return new DawApp({
      doc,
      origin: 'me',
      onError: setMessage,
      ...(context && destination ? { audio: { context, destination } } : {}),
      onPlayerChange: (state, raw) => sender?.playerChanged(state, raw as AudioContext),
      onNotePlayed: (note, raw) => sender?.notePlayed(note, raw as AudioContext),
    });
  }, [doc, sender]);

  useEffect(() => {
    host.current?.replaceChildren(app.canvas);
    const stop = app.start();
    const off = app.onRedraw(() => setVersion((v) => v + 1));
    const unsing = sender?.sing(app.doc);
    const retry = setInterval(() => sender?.retry(), RETRY_MS);
    useLiveSet.setState({ console: app });
    return () => {
      useLiveSet.setState({ console: null });
      clearInterval(retry);
      off();
      stop();
      unsing?.();
      sender?.stop();
    };
  }, [app, sender]);

  useDawInput(app);

  const openSaved = useCallback(async (song: SongSummary) => {
    try {
      setDoc((await openSong(song.id)).doc);
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }, []);

  return (
    <div className="live-daw" role="dialog" aria-label="The DAW, live on stage">
      <div className="music-toolbar" role="toolbar" aria-label="Live set">
        <button type="button" onClick={() => void app.togglePlay()} aria-keyshortcuts="Space">
          {app.playing ? 'Stop' : 'Play'}
        </button>
        <button type="button" onClick={() => app.undo()} disabled={!app.history.canUndo}>
          Undo
        </button>
        <button type="button" onClick={() => app.redo()} disabled={!app.history.canRedo}>
          Redo
        </button>
        <label>
          Tempo{' '}
          <input
            type="number"
            min={20}
            max={300}
            value={app.song.song.tempo}
            onChange={(event) => {
              const tempo = Number(event.target.value);
              if (tempo >= 20 && tempo <= 300) app.edit({ op: 'song', tempo });
            }}
          />{' '}
          bpm
        </label>
        <button type="button" onClick={() => setDoc(createProjectDoc())}>
          New song
        </button>
        <button type="button" onClick={() => setDoc(demoSongDoc())}>
          Open the demo
        </button>
        <span role="status" className="live-daw-state">
          {connection ? `On air: “${app.song.song.name}”` : 'Not in the room: nobody hears this.'}
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
      <details>
        <summary>Open one of my songs</summary>
        <MySongs version={0} current={null} onOpen={(song) => void openSaved(song)} />
      </details>
    </div>
  );
}
