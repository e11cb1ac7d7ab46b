import type { HungArtwork } from '@prostudio/backend/contract';
import { useEffect, useState } from 'react';
import { fetchWorkDetails, type WorkDetails } from '../api/market.ts';
import { setWorld } from '../state/store.ts';
import { BuyButton } from './BuyButton.tsx';

const KIND = {
  original: 'The original',
  print: 'A print',
  commission: 'A commission',
  ticket: 'A ticket',
  course: 'A place',
};

/** A work up close: its label, the curator's text, the artist, and what of it is for sale. */
export function ArtworkPanel({ work }: { work: HungArtwork }) {
  const [details, setDetails] = useState<WorkDetails | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    fetchWorkDetails(work).then(
      (found) => live && setDetails(found),
      () => live && setDetails('failed'),
    );
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setWorld({ selectedWork: null });
    window.addEventListener('keydown', close);
    return () => {
      live = false;
      window.removeEventListener('keydown', close);
    };
  }, [work]);
  return (
    <aside className="panel artwork-panel" aria-labelledby="artwork-title" data-testid="artwork-panel">
      <button
        type="button"
        className="secondary close"
        aria-label="Close"
        onClick={() => setWorld({ selectedWork: null })}
      >
        ×
      </button>
      <h2 id="artwork-title">{work.title}</h2>
      <p>
        <a href={`/artists/${work.artist.id}`} target="_blank" rel="noopener">
          {work.artist.name}
        </a>
        , {work.year}
        {work.medium ? ` · ${work.medium}` : ''}
      </p>
      {work.text && <p className="curator-text">{work.text}</p>}
      {work.description && <p>{work.description}</p>}
      {details === 'loading' && <p aria-busy="true">Loading…</p>}
      {details === 'failed' && <p className="error">The artist’s page could not be loaded.</p>}
      {typeof details === 'object' && (
        <>
          {details.bio && (
            <section aria-label="About the artist">
              <h3>About {work.artist.name}</h3>
              <p>{details.bio}</p>
              {details.links.map((link) => (
                <a key={link} href={link} target="_blank" rel="noopener noreferrer nofollow">
                  {new URL(link).hostname}
                </a>
              ))}
            </section>
          )}
          {details.listings.length === 0 ? (
            <p className="empty">Not for sale.</p>
          ) : (
            <ul className="listings">
              {details.listings.map((listing) => (
                <li key={listing.id}>
                  <BuyButton
                    listing={listing}
                    label={`${KIND[listing.kind]}${listing.kind === 'print' ? ` (${listing.available} of ${listing.edition} left)` : ''}`}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
