// Shows on the stages, and the tickets to them.
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';
import { requestStatusSchema } from './requests.ts';
import { currencySchema, priceMinorSchema } from './money.ts';

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
