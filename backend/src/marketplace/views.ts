// Database rows as the API shows them.
import type { Listing, Order } from '../contract.ts';

export const listingInclude = {
  seller: { select: { id: true, displayName: true } },
  artwork: { select: { id: true, title: true, imagePath: true } },
} as const;

interface ListingRow {
  id: string;
  kind: Listing['kind'];
  title: string;
  showId: string | null;
  edition: number;
  sold: number;
  reserved: number;
  priceMinor: number;
  currency: string;
  premium: boolean;
  active: boolean;
  seller: { id: string; displayName: string };
  artwork: { id: string; title: string; imagePath: string } | null;
}

export const listingView = (row: ListingRow): Listing => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  seller: { id: row.seller.id, name: row.seller.displayName },
  artwork: row.artwork
    ? { id: row.artwork.id, title: row.artwork.title, imageUrl: row.artwork.imagePath }
    : null,
  showId: row.showId,
  edition: row.edition,
  available: row.active ? row.edition - row.sold - row.reserved : 0,
  priceMinor: row.priceMinor,
  currency: row.currency,
  premium: row.premium,
  active: row.active,
});

export const orderInclude = {
  listing: { select: { id: true, title: true, kind: true } },
  ticket: { select: { id: true } },
} as const;

interface OrderRow {
  id: string;
  status: Order['status'];
  amountMinor: number;
  currency: string;
  checkoutUrl: string | null;
  createdAt: Date;
  paidAt: Date | null;
  listing: { id: string; title: string; kind: string };
  ticket: { id: string } | null;
}

export const orderView = (row: OrderRow): Order => ({
  id: row.id,
  status: row.status,
  listing: row.listing,
  amountMinor: row.amountMinor,
  currency: row.currency,
  checkoutUrl: row.status === 'pending' ? row.checkoutUrl : null,
  ticketId: row.ticket?.id ?? null,
  createdAt: row.createdAt.toISOString(),
  paidAt: row.paidAt?.toISOString() ?? null,
});
