import { barBeats, chordNotes, harmonyOf, newId } from '@prostudio/studio-tools/daw';
import type { DawApp } from '@prostudio/studio-tools/daw/editor';

/**
 * Theory help for the clip being edited: its key, the chord of each bar with its roman numeral, and chords
 * that could come next, each a button that writes it into the clip's first empty bar (or a new one).
 */
export function TheoryHelp({ app }: { app: DawApp }) {
  const selected = app.selected;
  const track = app.song.tracks.find((t) => t.id === selected?.track);
  const clip = track?.clips.find((c) => c.id === selected?.clip);
  if (!track || !clip || track.instrument.type === 'drums') return null;
  const bar = barBeats(app.song.song);
  const harmony = harmonyOf(clip, bar);

  const add = (chord: string) => {
    const used = new Set(clip.notes.map((note) => Math.floor(note.start / bar)));
    let target = harmony.bars.find((b) => !used.has(b.bar))?.bar ?? null;
    const done = app.history.gesture();
    if (target === null) {
      target = harmony.bars.length;
      if (!app.edit({ op: 'setClip', track: track.id, clip: clip.id, length: (target + 1) * bar }))
        return done();
    }
    const notes = chordNotes(chord, target * bar, bar, newId);
    app.edit({ op: 'addNotes', track: track.id, clip: clip.id, notes });
    done();
  };

  return (
    <section className="music-theory" aria-label="Theory help">
      <h2>Theory help: {clip.name}</h2>
      <p>
        Key:{' '}
        {harmony.key ? (
          <strong>
            {harmony.key.name}
            {harmony.key.margin < 0.05 ? ' (unsure: add more notes)' : ''}
          </strong>
        ) : (
          'not enough notes yet to tell'
        )}
      </p>
      <p>
        Chords:{' '}
        {harmony.bars.map((b) => (
          <span key={b.bar} className="music-bar-chord">
            bar {b.bar + 1}: {b.chord ? `${b.chord}${b.numeral ? ` (${b.numeral})` : ''}` : '—'}
          </span>
        ))}
      </p>
      {harmony.next.length > 0 && (
        <p>
          What could come next:{' '}
          {harmony.next.map((idea) => (
            <button
              type="button"
              key={idea.chord}
              onClick={() => add(idea.chord)}
              title={`Add ${idea.chord} as the next bar`}
            >
              {idea.chord} ({idea.numeral})
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
