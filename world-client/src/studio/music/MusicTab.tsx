import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import type { SongSummary } from '@prostudio/backend/contract';
import { createProjectDoc, demoSongDoc } from '@prostudio/studio-tools/daw';
import { DawApp } from '@prostudio/studio-tools/daw/editor';
import { MASTER_TARGETS } from '@prostudio/studio-tools/daw/master';
import { createSong, openSong, saveSong, toBase64 } from '../../api/music.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { DawControls } from './DawControls.tsx';
import { EXPORT_FORMATS, exportName, type ExportFormat } from './export-formats.ts';
import { exportSong } from './export-song.ts';
import { describeLoudness } from './loudness-report.ts';
import { MidiInput } from './MidiInput.tsx';
import { MySongs } from './MySongs.tsx';
import { chooseSample } from './sample-file.ts';
import { TheoryHelp } from './TheoryHelp.tsx';
import { useDawInput } from './use-daw-input.ts';
import './music.css';

/** Where the song on the page stands against its saved copy. */
type SaveState = 'new' | 'saved' | 'unsaved' | 'saving' | 'failed';

interface Opened {
  readonly app: DawApp;
  /** The saved song it was opened from or last saved as, with that save's version. */
  readonly saved: { id: string; version: number } | null;
}

/** A song's editor over `doc`, or over a new song (empty or the demo: sixteen tracks over 64 bars). */
function open(onError: (message: string | null) => void, doc?: Y.Doc, demo = false): DawApp {
  const song = doc ?? (demo ? demoSongDoc() : createProjectDoc());
  const app: DawApp = new DawApp({
    doc: song,
    origin: 'me',
    onError,
    onLoadSample: (track) => chooseSample(app, track, onError),
  });
  return app;
}

/**
 * Music: the DAW on the page. The editor is the panel app the venue's walls and headsets show (drawn on its
 * own canvas, driven by pointer, touch or ray); around it, saving and opening songs, exporting, the controls
 * a keyboard and a screen reader reach, and the shortcuts.
 */
export function MusicTab(_props: StudioTabProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened>(() => ({ app: open(setMessage), saved: null }));
  const [saveState, setSaveState] = useState<SaveState>('new');
  const [songsVersion, setSongsVersion] = useState(0);
  const [exporting, setExporting] = useState<number | null>(null);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  /** The mastering target chosen (an index of MASTER_TARGETS), or -1 for none. */
  const [masterChoice, setMasterChoice] = useState(-1);
  const [formatChoice, setFormatChoice] = useState<ExportFormat['id']>('wav24');
  const [loudness, setLoudness] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const host = useRef<HTMLDivElement>(null);
  const { app } = opened;

  useEffect(() => {
    host.current?.replaceChildren(app.canvas);
    const stop = app.start();
    const off = app.onRedraw(() => setVersion((v) => v + 1));
    const changed = () =>
      setSaveState((state) => (state === 'saving' ? state : state === 'new' ? 'new' : 'unsaved'));
    app.doc.on('update', changed);
    return () => {
      off();
      stop();
      app.doc.off('update', changed);
    };
  }, [app]);

  const save = useCallback(async (): Promise<void> => {
    setMessage(null);
    setSaveState('saving');
    const name = app.song.song.name || 'Untitled';
    const state = toBase64(Y.encodeStateAsUpdate(app.doc));
    try {
      const song = opened.saved
        ? await saveSong(opened.saved.id, name, state, opened.saved.version)
        : await createSong(name, state);
      setOpened((current) =>
        current.app === app ? { app, saved: { id: song.id, version: song.version } } : current,
      );
      setSaveState('saved');
      setSongsVersion((v) => v + 1);
    } catch (error) {
      setSaveState('failed');
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }, [app, opened.saved]);

  useDawInput(app, save);

  // Work not kept anywhere yet: a song with changes since its save, or a new one with anything in it.
  const unsavedWork =
    saveState === 'unsaved' || saveState === 'failed' || (saveState === 'new' && app.song.tracks.length > 0);

  useEffect(() => {
    if (!unsavedWork) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsavedWork]);

  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);

  const exportAudio = async () => {
    setMessage(null);
    setExporting(0);
    setLoudness(null);
    try {
      const target = MASTER_TARGETS[masterChoice]?.target ?? null;
      const format = EXPORT_FORMATS.find((f) => f.id === formatChoice) ?? EXPORT_FORMATS[0]!;
      const { bytes, report } = await exportSong(app, target, format, setExporting);
      setLoudness(describeLoudness(report));
      setDownload({
        url: URL.createObjectURL(new Blob([bytes.slice().buffer], { type: format.mime })),
        name: exportName(app.song.song.name, format, target !== null),
      });
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(null);
    }
  };

  const replace = (next: Opened, state: SaveState) => {
    if (unsavedWork && !window.confirm('Leave this song? Its changes are not saved.')) return;
    setDownload(null);
    setMessage(null);
    setOpened(next);
    setSaveState(state);
  };

  const openSaved = async (song: SongSummary) => {
    try {
      const { doc, id, version } = await openSong(song.id);
      replace({ app: open(setMessage, doc), saved: { id, version } }, 'saved');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const status: Record<SaveState, string> = {
    new: 'Not saved yet',
    saved: 'Saved',
    unsaved: 'Changes not saved',
    saving: 'Saving…',
    failed: 'Not saved: see the message',
  };

  return (
    <div className="studio-music">
      <h1>Music</h1>
      <div className="music-toolbar" role="toolbar" aria-label="Song">
        <label>
          Song name{' '}
          <input
            value={app.song.song.name}
            maxLength={80}
            onChange={(event) => {
              if (event.target.value.trim()) app.edit({ op: 'song', name: event.target.value });
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => void save()}
          disabled={saveState === 'saving'}
          aria-keyshortcuts="Control+S"
        >
          Save
        </button>
        <span className={`music-save-state ${saveState}`} role="status" aria-live="polite">
          {status[saveState]}
        </span>
        <DawControls app={app} />
        <button type="button" onClick={() => replace({ app: open(setMessage), saved: null }, 'new')}>
          New song
        </button>
        <button
          type="button"
          onClick={() => replace({ app: open(setMessage, undefined, true), saved: null }, 'new')}
        >
          Open the demo
        </button>
        <MidiInput app={app} />
        <label>
          Mastering{' '}
          <select value={masterChoice} onChange={(event) => setMasterChoice(Number(event.target.value))}>
            <option value={-1}>None (measure only)</option>
            {MASTER_TARGETS.map(({ label }, index) => (
              <option key={label} value={index}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Format{' '}
          <select
            value={formatChoice}
            onChange={(event) => setFormatChoice(event.target.value as ExportFormat['id'])}
          >
            {EXPORT_FORMATS.map((format) => (
              <option key={format.id} value={format.id}>
                {format.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void exportAudio()} disabled={exporting !== null}>
          Export
        </button>
      </div>
      {exporting !== null && (
        <p>
          <label>
            Exporting… <progress max={1} value={exporting} aria-label="Export progress" />
          </label>
        </p>
      )}
      {download && (
        <p className="music-download">
          Exported:{' '}
          <a href={download.url} download={download.name}>
            {download.name}
          </a>
          {loudness && <span className="music-loudness"> {loudness}</span>}
        </p>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="music-canvas" ref={host} />
      <p className="music-help">
        Press <kbd>+ Track</kbd> for a drum kit, then a bass; click an empty slot for a clip, then the grid to
        set notes; the triangle launches a clip on the next bar. In Arrange, click a track&apos;s lane to
        place its clip on the song&apos;s timeline, drag it to move it or its right end to stretch it,
        double-click it to edit its notes. Keys: <kbd>Space</kbd> play or stop, <kbd>1</kbd> session,{' '}
        <kbd>2</kbd> arrange, <kbd>3</kbd> notes, <kbd>4</kbd> mixer, <kbd>5</kbd> devices (a track&apos;s
        pan, sends, instrument and effects as knobs: drag up or down, double-click to reset), <kbd>Ctrl</kbd>+
        <kbd>Z</kbd> undo, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd> redo, <kbd>Ctrl</kbd>+<kbd>S</kbd>{' '}
        save, <kbd>Ctrl</kbd>+<kbd>C</kbd>, <kbd>Ctrl</kbd>+<kbd>V</kbd>, <kbd>Ctrl</kbd>+<kbd>D</kbd> copy,
        paste and duplicate notes or a placed clip, <kbd>Ctrl</kbd>+<kbd>A</kbd> all notes, <kbd>Delete</kbd>.
        In a melodic clip&apos;s notes, drag a note to move it or its right end to lengthen it, double-click
        to take it away (shift-click chooses several); the keys <kbd>A</kbd> to <kbd>P</kbd> play and write
        notes like a piano (<kbd>Z</kbd>, <kbd>X</kbd>: octave), <kbd>←</kbd> <kbd>→</kbd> move the cursor. A
        MIDI keyboard (<strong>Connect MIDI</strong>) plays the chosen track, and in a clip&apos;s notes
        writes at the cursor: keys held together make a chord, and the cursor moves on when they are let go.
      </p>
      <TheoryHelp app={app} />
      <MySongs
        version={songsVersion}
        current={opened.saved?.id ?? null}
        onOpen={(song) => void openSaved(song)}
      />
    </div>
  );
}
