// A show as the API sends it: what Prisma loads for one (`showInclude`) and its view (`showView`), shared by
// the shows' own routes and the venue's list of requests.
import { type Show, type ShowAct, showActsSchema } from '../contract.ts';
import type { VenueRequestStatus } from '../generated/prisma/client.ts';

export const showInclude = {
  space: { select: { slug: true, name: true } },
  performer: { select: { id: true, displayName: true } },
  listing: {
    select: { id: true, priceMinor: true, currency: true, edition: true, sold: true, reserved: true },
  },
} as const;

export type ShowRow = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  status: VenueRequestStatus;
  declineReason: string | null;
  /** JSON in the database, checked by the contract when read. */
  acts: unknown;
  space: { slug: string; name: string };
  performer: { id: string; displayName: string };
  listing: {
    id: string;
    priceMinor: number;
    currency: string;
    edition: number;
    sold: number;
    reserved: number;
  } | null;
};

export function showView(show: ShowRow): Show {
  const listing = show.listing;
  if (!listing) throw new Error(`show ${show.id} has no ticket listing`);
  return {
    id: show.id,
    title: show.title,
    description: show.description,
    space: show.space,
    performer: { id: show.performer.id, name: show.performer.displayName },
    startsAt: show.startsAt.toISOString(),
    endsAt: show.endsAt.toISOString(),
    listingId: listing.id,
    priceMinor: listing.priceMinor,
    currency: listing.currency,
    capacity: listing.edition,
    // Nothing is for sale until the venue approves the show (its listing is off sale until then).
    available: show.status === 'approved' ? listing.edition - listing.sold - listing.reserved : 0,
    status: show.status,
    declineReason: show.declineReason,
    acts: actsOf(show.acts),
  };
}

/** A running order as stored; one that no longer fits the contract reads as none rather than failing the show. */
export function actsOf(value: unknown): ShowAct[] {
  const parsed = showActsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
