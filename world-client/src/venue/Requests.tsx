import { fetchVenueRequests } from '../api/venue.ts';
import { useLoad } from '../learn/useLoad.ts';
import { ExhibitionRequestCard } from './ExhibitionRequestCard.tsx';
import { ScheduledExhibition } from './ScheduledExhibition.tsx';
import { ShowRequestCard } from './ShowRequestCard.tsx';

/** What artists asked of the venue's galleries and stages, and what the galleries have on. */
export function Requests() {
  const [requests, reload] = useLoad('venue-requests', fetchVenueRequests);
  return (
    <>
      <h1>Requests for the venue’s spaces</h1>
      {requests.state === 'loading' && <p aria-busy="true">Loading the requests…</p>}
      {requests.state === 'failed' && (
        <p className="error" role="alert">
          {requests.message}{' '}
          <button type="button" className="secondary" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {requests.state === 'ready' && (
        <>
          <section aria-labelledby="exhibition-requests-title">
            <h2 id="exhibition-requests-title">Exhibitions asked for</h2>
            {requests.value.exhibitions.length === 0 ? (
              <p className="empty">No exhibition is waiting for an answer.</p>
            ) : (
              <ul className="cards">
                {requests.value.exhibitions.map((request) => (
                  <ExhibitionRequestCard key={request.id} request={request} onAnswered={reload} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="show-requests-title">
            <h2 id="show-requests-title">Shows asked for</h2>
            {requests.value.shows.length === 0 ? (
              <p className="empty">No show is waiting for an answer.</p>
            ) : (
              <ul className="cards">
                {requests.value.shows.map((show) => (
                  <ShowRequestCard key={show.id} show={show} onAnswered={reload} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="scheduled-title">
            <h2 id="scheduled-title">In the galleries, now and to come</h2>
            {requests.value.scheduled.length === 0 ? (
              <p className="empty">Nothing is hung or approved.</p>
            ) : (
              <ul className="schedule" data-testid="scheduled">
                {requests.value.scheduled.map((exhibition) => (
                  <ScheduledExhibition key={exhibition.id} exhibition={exhibition} onChanged={reload} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
