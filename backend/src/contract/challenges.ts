// Education, community challenges: a brief, entries of artworks, votes, and the hang of the entries.
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';

export const newChallengeSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1).max(200),
  brief: z.string().trim().min(1).max(10_000),
  deadline: dateTimeSchema,
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

/** The exhibition a challenge's entries were hung as, and its gallery. */
export const challengeHangSchema = z.object({ exhibitionId: z.string(), space: z.string() });
