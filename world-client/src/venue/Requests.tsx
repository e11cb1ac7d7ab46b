import { type ReactNode, useId } from 'react';
import { fetchDeskSpaces, fetchVenueRequests } from '../api/venue.ts';
import { useLoad } from '../learn/useLoad.ts';
import { ExhibitionRequestCard } from './ExhibitionRequestCard.tsx';
import { ScheduledExhibition } from './ScheduledExhibition.tsx';
import { ShowRequestCard } from './ShowRequestCard.tsx';
import { LoadProblem } from '../ui/LoadProblem.tsx';

/** What artists asked of the venue's galleries and stages, and what the galleries have on. */
export function Requests() {
  const [requests, reload] = useLoad('venue-requests', fetchVenueRequests);
  // Where a curator may put a request instead; without it, the cards offer the space asked for only.
  const [spaces] = useLoad('venue-spaces', fetchDeskSpaces);
  const all = spaces.state === 'ready' ? spaces.value : [];
  const galleries = all.filter((space) => space.kind === 'gallery');
  const stages = all.filter((space) => space.kind === 'stage');
  return (
    <>
      <h1>Requests for the venue’s spaces</h1>
      {requests.state === 'loading' && <p aria-busy="true">Loading the requests…</p>}
      {requests.state === 'failed' && <LoadProblem message={requests.message} retry={reload} />}
      {requests.state === 'ready' && (
        <>
          <ListSection title="Exhibitions asked for" empty="No exhibition is waiting for an answer.">
            {requests.value.exhibitions.map((request) => (
              <ExhibitionRequestCard
                key={request.id}
                request={request}
                galleries={galleries}
                onAnswered={reload}
              />
            ))}
          </ListSection>
          <ListSection title="Shows asked for" empty="No show is waiting for an answer.">
            {requests.value.shows.map((show) => (
              <ShowRequestCard key={show.id} show={show} stages={stages} onAnswered={reload} />
            ))}
          </ListSection>
          <ListSection
            title="In the galleries, now and to come"
            empty="Nothing is hung or approved."
            listClass="schedule"
            testId="scheduled"
          >
            {requests.value.scheduled.map((exhibition) => (
              <ScheduledExhibition key={exhibition.id} exhibition={exhibition} onChanged={reload} />
            ))}
          </ListSection>
        </>
      )}
    </>
  );
}

/** A titled list of the page's, or what to say when it is empty. */
function ListSection({
  title,
  empty,
  listClass = 'cards',
  testId,
  children,
}: {
  title: string;
  empty: string;
  listClass?: string;
  testId?: string;
  children: ReactNode[];
}) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className={listClass} data-testid={testId}>
          {children}
        </ul>
      )}
    </section>
  );
}
