// The venue: its spaces, what is on in them, and the works a gallery hangs.
import { z } from 'zod';
import { slugSchema } from './common.ts';

export const spaceKindSchema = z.enum(['lobby', 'gallery', 'stage', 'classroom']);
export type SpaceKind = z.infer<typeof spaceKindSchema>;

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
  /** Words the artist tags the work with, and its physical size as they write it (absent from older replies). */
  tags: z.array(z.string()).optional(),
  dimensions: z.string().optional(),
  /** The curator's label text for this work in this exhibition. */
  text: z.string(),
  /**
   * A wall (0 = facing the entrance, then clockwise), a place along it (0..1), and the curator's height for
   * its centre (metres) and size against the default (null: eye level, 1); null: the room decides.
   */
  placement: z
    .object({
      wall: z.number().int(),
      along: z.number(),
      height: z.number().nullable().optional(),
      scale: z.number().nullable().optional(),
    })
    .nullable(),
  /** A sculpture's plinth on the floor as its curator placed it (metres); absent or null: the room decides. */
  spot: z.object({ x: z.number(), z: z.number() }).nullable().optional(),
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
