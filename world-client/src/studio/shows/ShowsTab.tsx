import { fetchMyShows } from '../../api/shows.ts';
import { useLoad } from '../../learn/useLoad.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { RequestShowForm } from './RequestShowForm.tsx';
import { ShowCard } from './ShowCard.tsx';
import './shows.css';

/**
 * A performer's shows: ask the venue for a stage (with tickets and a running order), see where each request
 * stands, edit the running order, go live when the doors open, and read the figures afterwards.
 */
export function ShowsTab(_props: StudioTabProps) {
  const [shows, reload] = useLoad('my-shows', fetchMyShows);
  return (
    <>
      <h1>Shows</h1>
      <section aria-labelledby="my-shows-title">
        <h2 id="my-shows-title">Your shows</h2>
        {shows.state === 'loading' && <p aria-busy="true">Loading your shows…</p>}
        {shows.state === 'failed' && (
          <p className="error" role="alert">
            {shows.message}
          </p>
        )}
        {shows.state === 'ready' && shows.value.length === 0 && (
          <p className="empty">No shows yet: request a stage below, and the venue will answer here.</p>
        )}
        {shows.state === 'ready' && shows.value.length > 0 && (
          <ul className="cards shows">
            {shows.value.map((show) => (
              <ShowCard key={show.id} show={show} onChanged={reload} />
            ))}
          </ul>
        )}
      </section>
      <RequestShowForm onRequested={reload} />
    </>
  );
}
