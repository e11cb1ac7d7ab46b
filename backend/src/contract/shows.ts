// Shows on the stages, and the tickets to them.
import { LIGHTING } from '@prostudio/protocol';
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';
import { requestStatusSchema } from './requests.ts';
import { currencySchema, priceMinorSchema } from './money.ts';

/** Ticket holders (and the performer, to get ready) may come in this long before a show starts. */
export const DOORS_OPEN_MINUTES = 30;

/** One act of a show's running order, with how the stage looks for it (each optional: left as it was). */
export const showActSchema = z.object({
  title: z.string().trim().min(1).max(100),
  lights: z.enum(LIGHTING).optional(),
  /** The caption on the stage's screen during the act. */
  screen: z.string().trim().max(200).optional(),
});
export type ShowAct = z.infer<typeof showActSchema>;
/** A running order as long as the stage takes (protocol's stage message). */
export const showActsSchema = z.array(showActSchema).max(50);

export const newShowSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  startsAt: dateTimeSchema,
  durationMinutes: z
    .number()
    .int()
    .min(10)
    .max(12 * 60),
  capacity: z.number().int().min(1).max(5000),
  priceMinor: priceMinorSchema,
  currency: currencySchema,
  acts: showActsSchema.default([]),
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
  /** A booking is a request: tickets are sold once the venue approves it. */
  status: requestStatusSchema,
  /** Why the venue declined it (for its performer). */
  declineReason: z.string().nullable(),
  /** The running order, loaded onto the stage when the performer goes live. */
  acts: showActsSchema,
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

/** What a performer may change of their show at any time: its words and its running order. */
export const showEditSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(5000).optional(),
    acts: showActsSchema.optional(),
  })
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), 'nothing to change');
export type ShowEdit = z.infer<typeof showEditSchema>;

/** A show's figures for its performer and the venue: tickets, who came, and the money. */
export const showReportSchema = z.object({
  show: z.object({ id: z.string(), title: z.string(), startsAt: z.string(), endsAt: z.string() }),
  capacity: z.number().int(),
  /** Tickets held now (paid and not refunded). */
  ticketsSold: z.number().int(),
  refunded: z.number().int(),
  /** Ticket holders who came in. */
  attended: z.number().int(),
  currency: z.string(),
  /** Paid for the tickets held, in minor units; the venue's share and the performer's. */
  grossMinor: z.number().int(),
  venueShareMinor: z.number().int(),
  performerShareMinor: z.number().int(),
});
export type ShowReport = z.infer<typeof showReportSchema>;
