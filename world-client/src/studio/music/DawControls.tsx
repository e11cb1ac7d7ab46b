import type { DawApp } from '@prostudio/studio-tools/daw/editor';

/** The DAW's everyday controls for a keyboard and a screen reader: play or stop, undo, redo, the tempo. */
export function DawControls({ app }: { app: DawApp }) {
  return (
    <>
      <button type="button" onClick={() => void app.togglePlay()} aria-keyshortcuts="Space">
        {app.playing ? 'Stop' : 'Play'}
      </button>
      <button
        type="button"
        onClick={() => app.undo()}
        disabled={!app.history.canUndo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => app.redo()}
        disabled={!app.history.canRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
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
    </>
  );
}
