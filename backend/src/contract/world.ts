// Join tokens: what a client presents to the world server to enter a space's room.
import { z } from 'zod';
import { slugSchema } from './common.ts';
import { spaceKindSchema } from './spaces.ts';

/** Asking for a join token: which space, under what name. */
export const joinTokenRequestSchema = z.object({
  space: slugSchema,
  name: z.string().max(200),
  /** A guest's pass from an earlier join token, so the venue knows them again (bans hold it). */
  guest: z.string().max(200).optional(),
});
export type JoinTokenRequest = z.infer<typeof joinTokenRequestSchema>;

export const joinTokenResponseSchema = z.object({
  token: z.string(),
  space: slugSchema,
  kind: spaceKindSchema,
  role: z.string(),
  name: z.string(),
  expiresAt: z.string(),
  /** For a guest: their pass, to keep and send with the next request; null for a member. */
  guest: z.string().nullable(),
});
export type JoinTokenResponse = z.infer<typeof joinTokenResponseSchema>;
