import { sharedSong, useLiveSet } from '../live/live-set-session.ts';
import { useWorld } from '../state/store.ts';
import { SharedDaw } from './lazy-daw.ts';
import { SongToggle } from './SongToggle.tsx';

/**
 * A classroom's song, made together: everyone in the class edits the one song in the DAW (each their own
 * undo), and the instructor plays it for the room, which each page renders. The instructor may also put
 * another song in its place (a new one, the demo, one of theirs). It is kept between sessions.
 */
export function ClassSongConsole({ instructor }: { instructor: boolean }) {
  const doc = useLiveSet((state) => state.classSong);
  const others = useWorld((state) => state.people.length);
  if (!doc) return null;
  return (
    <SongToggle
      name="the class song"
      title={
        instructor
          ? 'Make music with the class: everyone edits, and your Play plays it for the room'
          : 'Make music with the class: everyone edits; the instructor plays it for the room'
      }
      onOpening={() => sharedSong()?.startIfEmpty()}
    >
      {(close) => (
        <SharedDaw
          doc={doc}
          playsForRoom={instructor}
          onOpen={instructor ? (next) => sharedSong()?.open(next) : undefined}
          title="The class song"
          status={`Editing together (${others} here)${instructor ? '; Play plays for everyone' : ''}`}
          onClose={close}
        />
      )}
    </SongToggle>
  );
}
