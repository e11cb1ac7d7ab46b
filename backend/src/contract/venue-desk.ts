// The venue's desk (/venue): the calendar of its spaces, the log of moderator and venue acts, visitors'
// reports, the default commission shares and the money the ledger holds.
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';

/** Where a show goes when it is approved: by default the stage it asked for, else another stage. */
export const approveShowSchema = z.object({ space: slugSchema.optional() });
export type ApproveShow = z.infer<typeof approveShowSchema>;

/** A space the venue programmes (its galleries and stages). */
export const deskSpaceSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  kind: z.enum(['gallery', 'stage']),
});
export type DeskSpace = z.infer<typeof deskSpaceSchema>;

/** The stretch of time the calendar shows; at most 100 days. */
export const calendarQuerySchema = z
  .object({ from: dateTimeSchema, to: dateTimeSchema })
  .refine((range) => Date.parse(range.to) > Date.parse(range.from), {
    message: 'must be after from',
    path: ['to'],
  })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 100 * 86_400_000, {
    message: 'may be at most 100 days after from',
    path: ['to'],
  });
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

/** An exhibition or show on a space's calendar: approved, or a request waiting for an answer. */
export const calendarEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['exhibition', 'show']),
  title: z.string(),
  /** The artist or performer; null for the venue's own. */
  by: z.string().nullable(),
  space: slugSchema,
  status: z.enum(['pending', 'approved']),
  /** Null for a request that asked for no dates. */
  startsAt: z.string().nullable(),
  /** Null: standing (the venue's own collection), or no dates asked for. */
  endsAt: z.string().nullable(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const venueCalendarSchema = z.object({
  spaces: z.array(deskSpaceSchema),
  entries: z.array(calendarEntrySchema),
});
export type VenueCalendar = z.infer<typeof venueCalendarSchema>;

export const moderatorActionKindSchema = z.enum([
  'ban_given',
  'ban_lifted',
  'role_granted',
  'role_revoked',
  'exhibition_approved',
  'exhibition_declined',
  'exhibition_taken_down',
  'show_approved',
  'show_declined',
  'commission_changed',
  'space_door_changed',
  'report_resolved',
]);
export type ModeratorActionKind = z.infer<typeof moderatorActionKindSchema>;

/** One act in the log: who did what to whom, when, and why. */
export const moderatorActionSchema = z.object({
  id: z.string(),
  kind: moderatorActionKindSchema,
  actor: z.string(),
  target: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type ModeratorAction = z.infer<typeof moderatorActionSchema>;

export const LOG_PAGE_SIZE = 20;

export const logQuerySchema = z.object({
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000).default(1),
});

/** A page of the log, newest first. */
export const moderatorLogSchema = z.object({
  actions: z.array(moderatorActionSchema),
  page: z.number().int(),
  pages: z.number().int(),
  total: z.number().int(),
});
export type ModeratorLog = z.infer<typeof moderatorLogSchema>;

/** A visitor reporting someone in a space (signed in or a guest). */
export const newReportSchema = z.object({
  space: slugSchema,
  /** The name the person goes by in the room. */
  name: z.string().trim().min(1, 'say whom you report').max(80),
  /** Their place in the room (the world's session id), when the report comes from the people list. */
  sessionId: z.string().max(64).optional(),
  reason: z.string().trim().min(1, 'say what happened: the moderators read it').max(500),
  /** A guest's name in the room, so the moderators know who wrote. */
  reporterName: z.string().trim().min(1).max(80).optional(),
});
export type NewReport = z.infer<typeof newReportSchema>;

export const reportSchema = z.object({
  id: z.string(),
  reporterName: z.string(),
  name: z.string(),
  space: z.object({ slug: slugSchema, name: z.string() }),
  reason: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const resolveReportSchema = z.object({
  resolution: z.string().trim().min(1, 'say what was done: it goes in the log').max(500),
});
export type ResolveReport = z.infer<typeof resolveReportSchema>;

const bpsSchema = z
  .number({ message: 'must be a number of basis points' })
  .int('must be whole basis points (1 % is 100)')
  .min(0, 'may not be below 0 %')
  .max(5000, 'may not be above 50 % (the artist keeps at least half)');

/** The venue's share of each kind of sale, in basis points (1 % is 100). */
export const commissionSharesSchema = z.object({
  original: bpsSchema,
  print: bpsSchema,
  commission: bpsSchema,
  ticket: bpsSchema,
  course: bpsSchema,
});
export type CommissionShares = z.infer<typeof commissionSharesSchema>;

export const commissionSettingsSchema = z.object({
  shares: commissionSharesSchema,
  /** What a premium listing adds to its kind's share. */
  premiumExtraBps: z.number().int(),
  /** Null: never changed, the venue's defaults. */
  updatedAt: z.string().nullable(),
});
export type CommissionSettings = z.infer<typeof commissionSettingsSchema>;

/** The money in the ledger, by currency (minor units): sales, refunds, and who got what. */
export const venueMoneySchema = z.object({
  currencies: z.array(
    z.object({
      currency: z.string(),
      orders: z.number().int(),
      sales: z.number().int(),
      refunds: z.number().int(),
      venueShare: z.number().int(),
      artistsShare: z.number().int(),
    }),
  ),
});
export type VenueMoney = z.infer<typeof venueMoneySchema>;
