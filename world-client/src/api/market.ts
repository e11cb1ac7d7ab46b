// The marketplace as the venue shows it: what is for sale of a work, the artist, a stage's shows, buying.
import {
  artistSchema,
  listingSchema,
  orderSchema,
  showSchema,
  type ArtistProfile,
  type Listing,
  type Order,
  type Show,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { requestJson } from './api.ts';
import { authorization } from './session.ts';

/** What is for sale of one work (originals, prints, commissions). */
export async function fetchListingsFor(artworkId: string): Promise<Listing[]> {
  const all = await requestJson('/api/listings', z.array(listingSchema));
  return all.filter((listing) => listing.artwork?.id === artworkId && listing.available > 0);
}

export const fetchArtist = (id: string): Promise<ArtistProfile> =>
  requestJson(`/api/artists/${id}`, artistSchema);

/** The shows not over yet, soonest first: one stage's, or one artist's. */
export const fetchShows = (only: { space: string } | { artist: string }): Promise<Show[]> =>
  requestJson(`/api/shows?${new URLSearchParams(only).toString()}`, z.array(showSchema));

/** Orders one unit: settled at once when free; a paid one comes back with Stripe's checkout page. */
export async function buy(listingId: string): Promise<Order> {
  return requestJson('/api/orders', orderSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authorization()) },
    body: JSON.stringify({ listingId }),
  });
}

/** What a work's panel (on the page, or its card in VR) shows beyond its label: the artist and what is for sale. */
export interface WorkDetails {
  readonly bio: string;
  readonly links: readonly string[];
  readonly listings: Listing[];
}

export async function fetchWorkDetails(work: { id: string; artist: { id: string } }): Promise<WorkDetails> {
  const [artist, listings] = await Promise.all([fetchArtist(work.artist.id), fetchListingsFor(work.id)]);
  return { bio: artist.bio, links: artist.links, listings };
}

/** A price as people read it: "Free", "$45.00". */
export function formatPrice(amountMinor: number, currency: string): string {
  if (amountMinor === 0) return 'Free';
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() }).format(
    amountMinor / 100,
  );
}
