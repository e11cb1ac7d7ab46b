// The API's public contract: the shapes the world client reads. Pure zod, shared by the API (which builds
// these objects) and the client (which validates what it receives).
import { z } from 'zod';
import { CURRENCIES, MAX_PRICE_MINOR, MIN_PAID_PRICE_MINOR } from './marketplace/pricing.ts';

export const spaceKindSchema = z.enum(['lobby', 'gallery', 'stage', 'classroom']);
export type SpaceKind = z.infer<typeof spaceKindSchema>;

/** Slugs are lower-case words joined by dashes; anything else is refused before it reaches a query. */
export const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes');

export const spaceSummarySchema = z.object({
  id: z.string(),
  slug: slugSchema,
  kind: spaceKindSchema,
  name: z.string(),
  description: z.string(),
  capacity: z.number().int().positive(),
});
export type SpaceSummary = z.infer<typeof spaceSummarySchema>;

export const hungArtworkSchema = z.object({
  id: z.string(),
  position: z.number().int().nonnegative(),
  title: z.string(),
  artist: z.object({ id: z.string(), name: z.string() }),
  year: z.number().int(),
  medium: z.string(),
  description: z.string(),
  imageUrl: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The curator's label text for this work in this exhibition. */
  text: z.string(),
  /** A wall (0 = facing the entrance, then clockwise) and a place along it (0..1); null: the room decides. */
  placement: z.object({ wall: z.number().int(), along: z.number() }).nullable(),
});
export type HungArtwork = z.infer<typeof hungArtworkSchema>;

export const exhibitionSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  works: z.array(hungArtworkSchema),
});
export type Exhibition = z.infer<typeof exhibitionSchema>;

export const spaceDetailSchema = spaceSummarySchema.extend({ exhibition: exhibitionSchema.nullable() });
export type SpaceDetail = z.infer<typeof spaceDetailSchema>;

export const healthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok') });

/** Asking for a join token: which space, under what name. */
export const joinTokenRequestSchema = z.object({
  space: slugSchema,
  name: z.string().max(200),
});
export type JoinTokenRequest = z.infer<typeof joinTokenRequestSchema>;

export const joinTokenResponseSchema = z.object({
  token: z.string(),
  space: slugSchema,
  kind: spaceKindSchema,
  role: z.string(),
  name: z.string(),
  expiresAt: z.string(),
});
export type JoinTokenResponse = z.infer<typeof joinTokenResponseSchema>;

// Accounts.
const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an email address'))
  .transform((email) => email.toLowerCase());
const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().max(200),
});
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: z.string().max(200) });
export type SignIn = z.infer<typeof signInSchema>;

export const refreshSchema = z.object({ refreshToken: z.string().min(1).max(200) });
export const resetRequestSchema = z.object({ email: emailSchema });
export const resetConfirmSchema = z.object({ token: z.string().min(1).max(200), password: passwordSchema });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(['member', 'artist', 'instructor', 'moderator', 'admin'])),
});
export type PublicUser = z.infer<typeof userSchema>;

export const sessionResponseSchema = z.object({
  user: userSchema,
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

// Artists, their works and their exhibitions.
export const artistProfileSchema = z.object({
  name: z.string().trim().min(1).max(100),
  bio: z.string().max(5000).default(''),
  links: z.array(z.url().max(500)).max(10).default([]),
});
export type ArtistProfileRequest = z.infer<typeof artistProfileSchema>;

export const newArtworkSchema = z.object({
  mediaId: z.uuid('must be a media id'),
  title: z.string().trim().min(1).max(200),
  year: z.number().int().min(-10000).max(3000),
  medium: z.string().trim().max(200).default(''),
  description: z.string().max(5000).default(''),
});
export type NewArtwork = z.infer<typeof newArtworkSchema>;

export const newExhibitionSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1).max(200),
  text: z.string().max(10000).default(''),
  works: z
    .array(
      z.union([
        z.uuid('must be an artwork id'),
        z.object({
          id: z.uuid('must be an artwork id'),
          text: z.string().max(2000).default(''),
          wall: z.number().int().min(0).max(3).optional(),
          along: z.number().min(0).max(1).optional(),
        }),
      ]),
    )
    .min(1)
    .max(60),
});
export type NewExhibition = z.infer<typeof newExhibitionSchema>;

export const artistSchema = z.object({
  id: z.string(),
  name: z.string(),
  bio: z.string(),
  links: z.array(z.string()),
  works: z.array(hungArtworkSchema.omit({ position: true, text: true, placement: true })),
});
export type ArtistProfile = z.infer<typeof artistSchema>;

// The marketplace: listings, orders, shows and tickets. Money is integer minor units (cents) with an
// ISO 4217 currency, lower-case as Stripe writes it.
const currencySchema = z.enum(CURRENCIES);
const priceMinorSchema = z
  .number()
  .int('must be whole cents')
  .min(0)
  .max(MAX_PRICE_MINOR)
  .refine(
    (price) => price === 0 || price >= MIN_PAID_PRICE_MINOR,
    `must be 0 (free) or at least ${MIN_PAID_PRICE_MINOR} cents`,
  );

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
  kind: z.enum(['original', 'print', 'commission', 'ticket']),
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

export const newShowSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  startsAt: z.iso.datetime({ offset: true, message: 'must be an ISO date and time' }),
  durationMinutes: z
    .number()
    .int()
    .min(10)
    .max(12 * 60),
  capacity: z.number().int().min(1).max(5000),
  priceMinor: priceMinorSchema,
  currency: currencySchema,
});
export type NewShow = z.infer<typeof newShowSchema>;

export const showSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  space: z.object({ slug: z.string(), name: z.string() }),
  performer: z.object({ id: z.string(), name: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The listing to order a ticket from. */
  listingId: z.string(),
  priceMinor: z.number().int(),
  currency: z.string(),
  capacity: z.number().int(),
  available: z.number().int(),
});
export type Show = z.infer<typeof showSchema>;

export const ticketSchema = z.object({
  id: z.string(),
  show: showSchema.pick({ id: true, title: true, startsAt: true, endsAt: true, space: true }),
  orderId: z.string(),
  valid: z.boolean(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const showSplitSchema = z.object({ platformShareBps: z.number().int().min(0).max(5000) });

// Payouts (Stripe Connect) and the ledger.
export const payoutStatusSchema = z.object({
  account: z
    .object({ chargesEnabled: z.boolean(), payoutsEnabled: z.boolean(), detailsSubmitted: z.boolean() })
    .nullable(),
  /** The artist's earnings so far, per currency, from the ledger. */
  balances: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
  sales: z.number().int(),
});
export type PayoutStatus = z.infer<typeof payoutStatusSchema>;

export const redirectSchema = z.object({ url: z.string() });

export const reconciliationSchema = z.object({
  orders: z.number().int(),
  balanced: z.boolean(),
  problems: z.array(z.object({ orderId: z.string(), problem: z.string() })),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

// Subscriptions.
export const subscribeSchema = z.object({ tier: z.enum(['pro', 'studio', 'enterprise']) });
export const planSchema = z.object({
  tier: z.enum(['free', 'pro', 'studio', 'enterprise']),
  name: z.string(),
  status: z.string(),
  features: z.array(z.string()),
  storage: z.object({ usedBytes: z.number().int(), limitBytes: z.number().int().nullable() }),
  currentPeriodEnd: z.string().nullable(),
  cancelAtPeriodEnd: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

// API keys (the Enterprise plan's API access).
export const newApiKeySchema = z.object({ name: z.string().trim().min(1).max(100) });
export type NewApiKey = z.infer<typeof newApiKeySchema>;
export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, to tell it apart. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
