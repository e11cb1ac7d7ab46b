import type { Show } from '@prostudio/backend/contract';
import { type ReactNode, useEffect, useState } from 'react';
import { fetchShows } from '../api/market.ts';
import { BuyButton } from './BuyButton.tsx';

/**
 * The shows to come of a stage (at its door) or of an artist (on their portfolio), each with a way to get a
 * ticket; nothing when there are none, under `heading` when there are.
 */
export function TicketOffer({
  space,
  artist,
  heading,
}: {
  space?: string;
  artist?: string;
  heading?: ReactNode;
}) {
  const [shows, setShows] = useState<Show[] | null>(null);
  useEffect(() => {
    let live = true;
    fetchShows(space ? { space } : { artist: artist ?? '' }).then(
      (found) => live && setShows(found),
      () => live && setShows([]),
    );
    return () => {
      live = false;
    };
  }, [space, artist]);
  if (!shows) return <p aria-busy="true">Looking for tickets…</p>;
  if (shows.length === 0) return null;
  return (
    <>
      {heading}
      <ul className="tickets" data-testid="ticket-offer">
        {shows.map((show) => (
          <li key={show.id}>
            <strong>{show.title}</strong> with {show.performer.name}, on {show.space.name},{' '}
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
    </>
  );
}
