// Exhibitions an artist curates in the studio: a draft they edit and place in 3D, then send to the venue.
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';
import { hungArtworkSchema } from './spaces.ts';

/** A draft (its artist still curating it), then the venue's answer: pending, approved or declined. */
export const studioExhibitionStatusSchema = z.enum(['draft', 'pending', 'approved', 'declined']);
export type StudioExhibitionStatus = z.infer<typeof studioExhibitionStatusSchema>;

/** An exhibition as its artist sees it in the studio: everything, its works in tour order with their places. */
export const studioExhibitionSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  space: z.object({ slug: z.string(), name: z.string() }),
  status: studioExhibitionStatusSchema,
  /** The dates asked for (a draft, a pending one) or given (approved); null when none. */
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  works: z.array(hungArtworkSchema),
});
export type StudioExhibition = z.infer<typeof studioExhibitionSchema>;

const workIdsSchema = z
  .array(z.uuid('must be an artwork id'))
  .min(1, 'choose at least one work')
  .max(60, 'at most 60 works')
  .refine((ids) => new Set(ids).size === ids.length, 'a work is chosen twice');

/** A new draft: a title, the gallery, the works chosen, perhaps a text and the dates asked for. */
export const newDraftSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1, 'an exhibition needs a title').max(200),
  text: z.string().max(10000).default(''),
  works: workIdsSchema,
  opensAt: dateTimeSchema.nullable().optional(),
  closesAt: dateTimeSchema.nullable().optional(),
});
export type NewDraft = z.infer<typeof newDraftSchema>;

/** Changes to a draft (PATCH): one or more of these. Works kept keep their places; new ones go to the end of the tour. */
export const draftChangesSchema = z
  .strictObject({
    space: slugSchema,
    title: z.string().trim().min(1, 'an exhibition needs a title').max(200),
    text: z.string().max(10000),
    works: workIdsSchema,
    opensAt: dateTimeSchema.nullable(),
    closesAt: dateTimeSchema.nullable(),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'nothing to change: send at least one field');
export type DraftChanges = z.infer<typeof draftChangesSchema>;

/** One work's place in a saved layout: on a wall (pictures) or on a plinth (sculptures), or left to the room. */
export const curatedPlaceSchema = z.object({
  id: z.uuid('must be an artwork id'),
  /** Its wall text (the label's curator's text). */
  text: z.string().max(2000, 'a wall text is at most 2000 characters'),
  placement: z
    .object({
      wall: z.number().int().min(0).max(3),
      along: z.number().min(0).max(1),
      height: z.number().min(0).max(20).nullable(),
      scale: z.number().positive().max(10).nullable(),
    })
    .nullable(),
  spot: z.object({ x: z.number().min(-100).max(100), z: z.number().min(-100).max(100) }).nullable(),
});
export type CuratedPlace = z.infer<typeof curatedPlaceSchema>;

/** A draft's layout (PUT): every one of its works, in tour order, with its place and wall text. */
export const draftLayoutSchema = z.object({
  works: z
    .array(curatedPlaceSchema)
    .min(1)
    .max(60)
    .refine((works) => new Set(works.map((work) => work.id)).size === works.length, 'a work is listed twice'),
});
export type DraftLayout = z.infer<typeof draftLayoutSchema>;
