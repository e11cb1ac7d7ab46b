// Moderation: bans the venue keeps, and who a space admits.
import { z } from 'zod';
import { slugSchema } from './common.ts';

/** A ban as the venue's staff see it. */
export const banSchema = z.object({
  id: z.string(),
  /** A member (by account) or a guest (by their pass, and their address for a day). */
  who: z.enum(['member', 'guest']),
  name: z.string(),
  /** The space it holds for; null for the whole venue. */
  space: z.object({ slug: slugSchema, name: z.string() }).nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type Ban = z.infer<typeof banSchema>;

/** Whom a space admits: with membersOnly, guests get no join token. */
export const spaceDoorSchema = z.object({ slug: slugSchema, name: z.string(), membersOnly: z.boolean() });
export type SpaceDoor = z.infer<typeof spaceDoorSchema>;

export const spaceDoorChangeSchema = z.object({ membersOnly: z.boolean() });
export type SpaceDoorChange = z.infer<typeof spaceDoorChangeSchema>;
