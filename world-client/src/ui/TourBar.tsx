import type { HungArtwork } from '@prostudio/backend/contract';
import { useEffect } from 'react';
import { endTour, goToStop, stepTour } from '../app/tour.ts';
import type { TourStop } from '../layout/gallery-tour.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { isShortcut } from './keyboard.ts';

/**
 * The guided tour: a button that starts it (T), then where you are on it, with back (P), next (N), the work's
 * panel and the way out (T or the button). The walk itself is the scene's; this only asks for it.
 */
export function TourBar({ works, stops }: { works: readonly HungArtwork[]; stops: readonly TourStop[] }) {
  const tour = useWorld((state) => state.tour);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const on = useWorld.getState().tour !== null;
      if (event.code === 'KeyT') {
        if (on) endTour();
        else goToStop(0);
      } else if (on && event.code === 'KeyN') stepTour(1);
      else if (on && event.code === 'KeyP') stepTour(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const stop = tour === null ? undefined : stops[tour];
  const work = stop && works.find((candidate) => candidate.id === stop.workId);
  if (!stop || !work || tour === null) {
    return (
      <button
        type="button"
        className="panel tour-start"
        onClick={() => goToStop(0)}
        title="Walk from work to work in the curator’s order (T)"
      >
        Guided tour <kbd>T</kbd>
      </button>
    );
  }
  const last = tour === stops.length - 1;
  return (
    <section className="panel tour" aria-label="Guided tour" aria-live="polite" data-testid="tour">
      <span className="tour-where" title={`Stop ${tour + 1} of ${stops.length}`}>
        {tour + 1}/{stops.length}
      </span>
      <p className="tour-work">
        <button type="button" className="link" onClick={() => setWorld({ selectedWork: work.id })}>
          {work.title}
        </button>
        <span>
          {work.artist.name}
          {work.modelUrl ? ' · sculpture' : ''}
        </span>
      </p>
      <button
        type="button"
        onClick={() => stepTour(-1)}
        disabled={tour === 0}
        aria-label="Back"
        aria-keyshortcuts="P"
        title="Back (P)"
      >
        ‹
      </button>
      {last ? (
        <button type="button" onClick={endTour} aria-keyshortcuts="T">
          Finish
        </button>
      ) : (
        <button
          type="button"
          onClick={() => stepTour(1)}
          aria-label="Next"
          aria-keyshortcuts="N"
          title="Next (N)"
        >
          ›
        </button>
      )}
      <button
        type="button"
        className="link"
        onClick={endTour}
        aria-label="End the tour"
        title="End the tour (T)"
      >
        ✕
      </button>
    </section>
  );
}
