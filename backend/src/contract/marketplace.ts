// The marketplace: listings (originals, prints, commissions; tickets and course places are listed by their
// shows and courses) and orders.
import { z } from 'zod';
import { currencySchema, priceMinorSchema } from './money.ts';

export const newListingSchema = z
  .object({
    kind: z.enum(['original', 'print', 'commission']),
    /** The work sold (originals and prints); a commission may show one as an example. */
    artworkId: z.uuid('must be an artwork id').optional(),
    /** Required for a commission; an artwork's own title otherwise. */
    title: z.string().trim().min(1).max(200).optional(),
    edition: z.number().int().min(1).max(10_000),
    priceMinor: priceMinorSchema,
    currency: currencySchema,
    premium: z.boolean().default(false),
  })
  .refine((listing) => listing.kind !== 'original' || listing.edition === 1, {
    message: 'an original is an edition of 1',
    path: ['edition'],
  })
  .refine((listing) => listing.kind === 'commission' || listing.artworkId !== undefined, {
    message: 'originals and prints sell an artwork',
    path: ['artworkId'],
  })
  .refine((listing) => listing.kind !== 'commission' || listing.title !== undefined, {
    message: 'a commission needs a title',
    path: ['title'],
  });
export type NewListing = z.infer<typeof newListingSchema>;

export const listingSchema = z.object({
  id: z.string(),
  kind: z.enum(['original', 'print', 'commission', 'ticket', 'course']),
  title: z.string(),
  seller: z.object({ id: z.string(), name: z.string() }),
  artwork: z.object({ id: z.string(), title: z.string(), imageUrl: z.string() }).nullable(),
  showId: z.string().nullable(),
  edition: z.number().int(),
  /** Units left to buy (not sold, not held by a checkout in progress). */
  available: z.number().int(),
  priceMinor: z.number().int(),
  currency: z.string(),
  premium: z.boolean(),
  active: z.boolean(),
});
export type Listing = z.infer<typeof listingSchema>;

export const newOrderSchema = z.object({ listingId: z.uuid('must be a listing id') });
export type NewOrder = z.infer<typeof newOrderSchema>;

export const orderSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'paid', 'cancelled', 'refunded']),
  listing: z.object({ id: z.string(), title: z.string(), kind: z.string() }),
  amountMinor: z.number().int(),
  currency: z.string(),
  /** Where the buyer pays (Stripe Checkout) while the order is pending; null for free orders. */
  checkoutUrl: z.string().nullable(),
  ticketId: z.string().nullable(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
});
export type Order = z.infer<typeof orderSchema>;
