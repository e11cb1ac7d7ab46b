import type { Show } from '@prostudio/backend/contract';
import { useEffect, useState } from 'react';
import { fetchShows } from '../api/market.ts';
import { BuyButton } from './BuyButton.tsx';

/** The shows of a stage that still have tickets, each with a way to get one. */
export function TicketOffer({ space }: { space: string }) {
  const [shows, setShows] = useState<Show[] | null>(null);
  useEffect(() => {
    let live = true;
    fetchShows(space).then(
      (found) => live && setShows(found),
      () => live && setShows([]),
    );
    return () => {
      live = false;
    };
  }, [space]);
  if (!shows) return <p aria-busy="true">Looking for tickets…</p>;
  if (shows.length === 0) return null;
  return (
    <ul className="tickets" data-testid="ticket-offer">
      {shows.map((show) => (
        <li key={show.id}>
          <strong>{show.title}</strong> with {show.performer.name},{' '}
          {new Date(show.startsAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
          {show.available > 0 ? (
            <BuyButton
              listing={{ id: show.listingId, priceMinor: show.priceMinor, currency: show.currency }}
              label="Get a ticket"
            />
          ) : (
            <span className="empty"> Sold out.</span>
          )}
        </li>
      ))}
    </ul>
  );
}
