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

/** What a space has on now, or next: a gallery's exhibition, a stage's show, a classroom's workshop. */
export const onNowSchema = z.object({
  kind: z.enum(['exhibition', 'show', 'workshop']),
  title: z.string(),
  /** When a show or workshop starts and ends (ISO); null for an exhibition, which runs until the next. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
});
export type OnNow = z.infer<typeof onNowSchema>;

export const spaceSummarySchema = z.object({
  id: z.string(),
  slug: slugSchema,
  kind: spaceKindSchema,
  name: z.string(),
  description: z.string(),
  capacity: z.number().int().positive(),
  /** What is on there now or next (null: nothing planned). */
  onNow: onNowSchema.nullable(),
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
  /** A sculpture's model (binary glTF), shown on a plinth; null for a work that hangs on a wall. */
  modelUrl: z.string().nullable(),
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
  /** For a sculpture: an uploaded binary glTF model (the image is then a picture of it). */
  modelId: z.uuid('must be a media id').optional(),
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

// Education: courses of modules and lessons, enrollments, progress, submissions, certificates, mentors and
// community challenges.
const levelSchema = z.enum(['beginner', 'intermediate', 'advanced']);
const lessonKindSchema = z.enum(['video', 'text', 'exercise', 'workshop']);
const chapterSchema = z.object({ title: z.string().trim().min(1).max(200), at: z.number().int().min(0) });

export const newCourseSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(5000).default(''),
  discipline: z.string().trim().toLowerCase().min(1).max(60),
  level: levelSchema,
});
export type NewCourse = z.infer<typeof newCourseSchema>;

export const newModuleSchema = z.object({ title: z.string().trim().min(1).max(200) });

export const newLessonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('video'),
    title: z.string().trim().min(1).max(200),
    videoUrl: z.url({ protocol: /^https?$/ }).max(2000),
    durationSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600),
    chapters: z.array(chapterSchema).max(100).default([]),
    required: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('text'),
    title: z.string().trim().min(1).max(200),
    body: z.string().min(1).max(100_000),
    required: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('exercise'),
    title: z.string().trim().min(1).max(200),
    /** The brief (Markdown). */
    body: z.string().min(1).max(20_000),
    required: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('workshop'),
    title: z.string().trim().min(1).max(200),
    body: z.string().max(20_000).default(''),
    space: slugSchema,
    startsAt: z.iso.datetime({ offset: true, message: 'must be an ISO date and time' }),
    durationMinutes: z
      .number()
      .int()
      .min(10)
      .max(8 * 60),
    capacity: z.number().int().min(1).max(500),
    required: z.boolean().default(true),
  }),
]);
export type NewLesson = z.infer<typeof newLessonSchema>;

export const publishCourseSchema = z.object({ priceMinor: priceMinorSchema, currency: currencySchema });
export type PublishCourse = z.infer<typeof publishCourseSchema>;

export const outlineLessonSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: lessonKindSchema,
  required: z.boolean(),
  workshop: z
    .object({ space: z.string(), startsAt: z.string(), endsAt: z.string(), capacity: z.number() })
    .nullable(),
});

export const courseSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  discipline: z.string(),
  level: levelSchema,
  status: z.enum(['draft', 'published', 'archived']),
  instructor: z.object({ id: z.string(), name: z.string() }),
  /** Where to order a place (POST /api/orders); null until published. */
  listingId: z.string().nullable(),
  priceMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  modules: z.array(z.object({ id: z.string(), title: z.string(), lessons: z.array(outlineLessonSchema) })),
});
export type Course = z.infer<typeof courseSchema>;

export const lessonSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  title: z.string(),
  kind: lessonKindSchema,
  required: z.boolean(),
  /** Text lessons and briefs, rendered to safe HTML. */
  html: z.string(),
  videoUrl: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  chapters: z.array(chapterSchema),
  workshop: outlineLessonSchema.shape.workshop,
  /** The caller's progress (students). */
  progress: z.object({ completion: z.number(), positionSeconds: z.number().int().nullable() }).nullable(),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const progressUpdateSchema = z.object({
  /** Where a video was left, seconds. */
  positionSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .optional(),
  /** "I have read it": marks a text lesson done. */
  done: z.literal(true).optional(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

export const newSubmissionSchema = z
  .object({
    kind: z.enum(['image', 'audio', 'link']),
    mediaId: z.uuid('must be a media id').optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    note: z.string().max(5000).default(''),
  })
  .refine((s) => (s.kind === 'link' ? s.url !== undefined : s.mediaId !== undefined), {
    message: 'a link needs a url; an image or audio file needs a mediaId',
    path: ['kind'],
  });
export type NewSubmission = z.infer<typeof newSubmissionSchema>;

export const reviewSchema = z.object({
  critique: z.string().trim().min(1).max(20_000),
  /** 0..1; 0.5 or more passes the exercise. */
  score: z.number().min(0).max(1),
});
export type Review = z.infer<typeof reviewSchema>;

export const submissionSchema = z.object({
  id: z.string(),
  lessonId: z.string(),
  student: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(['image', 'audio', 'link']),
  url: z.string(),
  note: z.string(),
  critique: z.string().nullable(),
  score: z.number().nullable(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const learningSchema = z.array(
  z.object({
    course: z.object({ id: z.string(), title: z.string() }),
    progress: z.number(),
    next: z.object({ id: z.string(), title: z.string(), kind: lessonKindSchema }).nullable(),
    upcomingWorkshops: z.array(
      z.object({ lessonId: z.string(), title: z.string(), space: z.string(), startsAt: z.string() }),
    ),
    certificate: z.object({ code: z.string(), valid: z.boolean() }).nullable(),
  }),
);
export type Learning = z.infer<typeof learningSchema>;

export const certificateSchema = z.object({
  code: z.string(),
  valid: z.boolean(),
  student: z.string(),
  course: z.string(),
  instructor: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const revokeSchema = z.object({ reason: z.string().trim().min(1).max(500) });

export const mentorProfileSchema = z.object({
  bio: z.string().max(5000).default(''),
  disciplines: z.array(z.string().trim().toLowerCase().min(1).max(60)).min(1).max(10),
  levels: z.array(levelSchema).min(1),
  hoursPerWeek: z.number().int().min(1).max(40),
  accepting: z.boolean().default(true),
});
export type MentorProfile = z.infer<typeof mentorProfileSchema>;

export const mentorSchema = z.object({
  id: z.string(),
  name: z.string(),
  bio: z.string(),
  disciplines: z.array(z.string()),
  levels: z.array(levelSchema),
  hoursPerWeek: z.number().int(),
  /** Hours a week not yet taken by accepted mentees (one hour each). */
  hoursFree: z.number().int(),
});
export type Mentor = z.infer<typeof mentorSchema>;

export const mentorshipRequestSchema = z.object({
  discipline: z.string().trim().toLowerCase().min(1).max(60),
  message: z.string().max(2000).default(''),
});
export const mentorshipSchema = z.object({
  id: z.string(),
  student: z.object({ id: z.string(), name: z.string() }),
  mentor: z.object({ id: z.string(), name: z.string() }),
  discipline: z.string(),
  message: z.string(),
  status: z.enum(['requested', 'accepted', 'declined']),
  createdAt: z.string(),
});
export type Mentorship = z.infer<typeof mentorshipSchema>;

export const newChallengeSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1).max(200),
  brief: z.string().trim().min(1).max(10_000),
  deadline: z.iso.datetime({ offset: true, message: 'must be an ISO date and time' }),
});
export type NewChallenge = z.infer<typeof newChallengeSchema>;

export const challengeSchema = z.object({
  id: z.string(),
  title: z.string(),
  brief: z.string(),
  deadline: z.string(),
  space: z.string(),
  host: z.object({ id: z.string(), name: z.string() }),
  open: z.boolean(),
  entries: z.array(
    z.object({
      id: z.string(),
      artwork: z.object({ id: z.string(), title: z.string(), imageUrl: z.string() }),
      artist: z.object({ id: z.string(), name: z.string() }),
      votes: z.number().int(),
    }),
  ),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const challengeEntrySchema = z.object({ artworkId: z.uuid('must be an artwork id') });
export const voteSchema = z.object({ entryId: z.uuid('must be an entry id') });
