// Artists, their works and their exhibitions.
import { z } from 'zod';
import { slugSchema } from './common.ts';
import { webLinkSchema } from './links.ts';
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
});
export type NewExhibition = z.infer<typeof newExhibitionSchema>;

/** The exhibition just hung, and the gallery it hangs in. */
export const exhibitionCreatedSchema = z.object({ id: z.string(), space: z.string() });

export const artistSchema = z.object({
  id: z.string(),
  name: z.string(),
  bio: z.string(),
  links: z.array(z.string()),
  works: z.array(artworkSchema),
});
export type ArtistProfile = z.infer<typeof artistSchema>;
