import type { SongSummary } from '@prostudio/backend/contract';
import { useState } from 'react';
import { deleteSong, fetchSongs } from '../../api/music.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { formatBytes } from '../plan/usage.ts';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The songs the artist has saved, the last saved first: open one, or delete it (asked first). */
export function MySongs(props: {
  version: number;
  current: string | null;
  onOpen: (song: SongSummary) => void;
}) {
  const [songs, reload] = useLoad(`songs-${props.version}`, fetchSongs);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = async (song: SongSummary) => {
    if (!window.confirm(`Delete “${song.name}”? This cannot be undone.`)) return;
    try {
      await deleteSong(song.id);
      reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="music-songs" aria-label="My songs">
      <h2>My songs</h2>
      {songs.state === 'loading' && <p aria-busy="true">Loading your songs…</p>}
      {songs.state === 'failed' && (
        <p className="error" role="alert">
          {songs.message}
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {songs.state === 'ready' && songs.value.length === 0 && (
        <p>No saved songs yet: make one above and save it.</p>
      )}
      {songs.state === 'ready' && songs.value.length > 0 && (
        <ul>
          {songs.value.map((song) => (
            <li key={song.id}>
              <strong>{song.name}</strong> · {when.format(new Date(song.updatedAt))} ·{' '}
              {formatBytes(song.bytes)}
              {song.id === props.current ? (
                <em> (open)</em>
              ) : (
                <button type="button" onClick={() => props.onOpen(song)}>
                  Open
                </button>
              )}
              <button type="button" onClick={() => void remove(song)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
