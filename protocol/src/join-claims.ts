// What a join token says: who (user and display name), where (space and kind), as what (role) and by what
// right (a ticket, an enrollment). Pure: the client and the backend read it; signing is in join-token.ts.
import { z } from 'zod';

export const ROLES = ['visitor', 'audience', 'performer', 'student', 'instructor', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

/** The claims of a join token, checked (a signer bug must not let odd claims in). */
export const joinClaimsSchema = z.object({
  v: z.literal(1),
  /** The user's id, or a guest id. */
  sub: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  space: z.string().min(1).max(64),
  kind: z.enum(['lobby', 'gallery', 'stage', 'classroom']),
  role: z.enum(ROLES),
  /** What entitles them: a show's ticket, a workshop's enrollment. */
  entitlement: z.object({ type: z.enum(['ticket', 'enrollment']), id: z.string().min(1).max(64) }).nullable(),
  /** Expiry, seconds since the epoch. */
  exp: z.number().int().positive(),
  /** A keyed hash of the address the token was asked from (not the address), so a ban can hold it. */
  net: z
    .string()
    .regex(/^[0-9a-f]{16,64}$/)
    .optional(),
  /** The token's own id: a token reserves one seat, once (the world server's token ledger remembers it). */
  jti: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
});
export type JoinClaims = z.infer<typeof joinClaimsSchema>;

/** How long a join token is good for: it is fetched just before joining. */
export const JOIN_TOKEN_SECONDS = 60;
