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

/** A work as its artist's page shows it: not yet placed in any exhibition. */
export const artworkSchema = hungArtworkSchema.omit({ position: true, text: true, placement: true });
export type Artwork = z.infer<typeof artworkSchema>;

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
  works: z.array(artworkSchema),
});
export type ArtistProfile = z.infer<typeof artistSchema>;
