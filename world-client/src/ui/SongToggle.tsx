import { type ReactNode, Suspense, useState } from 'react';
import { startAudio } from '../audio/venue-audio.ts';

/**
 * The ♪ button that opens a room's song in the DAW (`name`: "the DAW", "the class song"), starting the
 * venue's sound with the press; what it opens is `children`, given how to close it.
 */
export function SongToggle({
  name,
  title,
  onOpening,
  children,
}: {
  name: string;
  title: string;
  onOpening?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="live-set-toggle"
        aria-expanded={open}
        aria-label={`${open ? 'Close' : 'Open'} ${name}`}
        title={title}
        onClick={() => {
          startAudio();
          if (!open) onOpening?.();
          setOpen(!open);
        }}
      >
        ♪
      </button>
      {open && (
        <Suspense
          fallback={
            <p className="live-daw" role="status">
              Opening the DAW…
            </p>
          }
        >
          {children(() => setOpen(false))}
        </Suspense>
      )}
    </>
  );
}
