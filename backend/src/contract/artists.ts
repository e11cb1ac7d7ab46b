// Artists, their works and their exhibitions.
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';
import { webLinkSchema } from './links.ts';
import { requestStatusSchema } from './requests.ts';
import { hungArtworkSchema } from './spaces.ts';

export const artistProfileSchema = z.object({
  name: z.string().trim().min(1).max(100),
  bio: z.string().max(5000).default(''),
  /** Shown as links on the artist's page, so only ones that open a web page (see links.ts). */
  links: z.array(webLinkSchema(500)).max(10).default([]),
  /** One of the artist's own uploaded images as their picture; null removes it, absent leaves it as it is. */
  pictureId: z.uuid('must be a media id').nullable().optional(),
});
export type ArtistProfileRequest = z.infer<typeof artistProfileSchema>;

/**
 * A work's tags: trimmed words or short phrases, at most 20, each named once (the first spelling is kept when
 * two differ only in case).
 */
export const artworkTagsSchema = z
  .array(z.string().trim().min(1, 'a tag cannot be empty').max(40, 'a tag is at most 40 characters'))
  .max(20, 'at most 20 tags')
  .transform((tags) =>
    tags.filter(
      (tag, index) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index,
    ),
  );

/** A work's physical size as the artist writes it ("60 × 80 cm", "30 × 20 × 15 in"); empty for none. */
export const artworkDimensionsSchema = z.string().trim().max(200);

export const newArtworkSchema = z.object({
  mediaId: z.uuid('must be a media id'),
  /** For a sculpture: an uploaded binary glTF model (the image is then a picture of it). */
  modelId: z.uuid('must be a media id').optional(),
  title: z.string().trim().min(1).max(200),
  year: z.number().int().min(-10000).max(3000),
  medium: z.string().trim().max(200).default(''),
  description: z.string().max(5000).default(''),
  tags: artworkTagsSchema.default([]),
  dimensions: artworkDimensionsSchema.default(''),
});
export type NewArtwork = z.infer<typeof newArtworkSchema>;

/** A work as its artist's page shows it: not yet placed in any exhibition. */
export const artworkSchema = hungArtworkSchema
  .omit({ position: true, text: true, placement: true })
  .extend({ tags: z.array(z.string()), dimensions: z.string() });
export type Artwork = z.infer<typeof artworkSchema>;

/** What the artist may change about one of their works (PATCH): one or more of these. */
export const artworkChangesSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'a work needs a title').max(200),
    year: z.number().int().min(-10000).max(3000),
    medium: z.string().trim().max(200),
    description: z.string().max(5000),
    tags: artworkTagsSchema,
    dimensions: artworkDimensionsSchema,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'nothing to change: send at least one field');
export type ArtworkChanges = z.infer<typeof artworkChangesSchema>;

/** A deleted work, and the storage freed by removing the uploads only it used. */
export const artworkDeletedSchema = z.object({ id: z.string(), freedBytes: z.number().int().nonnegative() });
export type ArtworkDeleted = z.infer<typeof artworkDeletedSchema>;

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
  /** The dates the artist asks for; the venue sets them when it approves (by default, these). */
  opensAt: dateTimeSchema.optional(),
  closesAt: dateTimeSchema.optional(),
});
export type NewExhibition = z.infer<typeof newExhibitionSchema>;

/** The exhibition just asked for, the gallery it is for, and where the request stands (pending). */
export const exhibitionCreatedSchema = z.object({
  id: z.string(),
  space: z.string(),
  status: requestStatusSchema,
});

/** An exhibition as a request to the venue: for its artist (their requests) and the venue's staff. */
export const exhibitionRequestSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  space: z.object({ slug: z.string(), name: z.string() }),
  /** Null for the venue's own exhibitions. */
  artist: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: requestStatusSchema,
  /** Asked for while pending; the dates it is on once approved (no closing date: until taken down). */
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  requestedAt: z.string(),
  works: z.array(z.object({ id: z.string(), title: z.string(), imageUrl: z.string() })),
});
export type ExhibitionRequest = z.infer<typeof exhibitionRequestSchema>;

export const artistSchema = z.object({
  id: z.string(),
  name: z.string(),
  bio: z.string(),
  links: z.array(z.string()),
  /** The artist's picture (an uploaded image), or null. */
  pictureUrl: z.string().nullable(),
  works: z.array(artworkSchema),
});
export type ArtistProfile = z.infer<typeof artistSchema>;
