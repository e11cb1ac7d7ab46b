// The API's public contract: the shapes the world client reads. Pure zod, shared by the API (which builds
// these objects) and the client (which validates what it receives).
import { z } from 'zod';

export const spaceKindSchema = z.enum(['lobby', 'gallery', 'stage', 'classroom']);
export type SpaceKind = z.infer<typeof spaceKindSchema>;

/** Slugs are lower-case words joined by dashes; anything else is refused before it reaches a query. */
export const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and dashes');

export const spaceSummarySchema = z.object({
  id: z.string(),
  slug: slugSchema,
  kind: spaceKindSchema,
  name: z.string(),
  description: z.string(),
  capacity: z.number().int().positive(),
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

/** Asking for a join token: which space, under what name. */
export const joinTokenRequestSchema = z.object({
  space: slugSchema,
  name: z.string().max(200),
});
export type JoinTokenRequest = z.infer<typeof joinTokenRequestSchema>;

export const joinTokenResponseSchema = z.object({
  token: z.string(),
  space: slugSchema,
  kind: spaceKindSchema,
  role: z.string(),
  name: z.string(),
  expiresAt: z.string(),
});
export type JoinTokenResponse = z.infer<typeof joinTokenResponseSchema>;

// Accounts.
const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an email address'))
  .transform((email) => email.toLowerCase());
const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().max(200),
});
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: z.string().max(200) });
export type SignIn = z.infer<typeof signInSchema>;

export const refreshSchema = z.object({ refreshToken: z.string().min(1).max(200) });
export const resetRequestSchema = z.object({ email: emailSchema });
export const resetConfirmSchema = z.object({ token: z.string().min(1).max(200), password: passwordSchema });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(['member', 'artist', 'instructor', 'moderator', 'admin'])),
});
export type PublicUser = z.infer<typeof userSchema>;

export const sessionResponseSchema = z.object({
  user: userSchema,
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  refreshToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

// Artists, their works and their exhibitions.
export const artistProfileSchema = z.object({
  name: z.string().trim().min(1).max(100),
  bio: z.string().max(5000).default(''),
  links: z.array(z.url().max(500)).max(10).default([]),
});
export type ArtistProfileRequest = z.infer<typeof artistProfileSchema>;

export const newArtworkSchema = z.object({
  mediaId: z.uuid('must be a media id'),
  title: z.string().trim().min(1).max(200),
  year: z.number().int().min(-10000).max(3000),
  medium: z.string().trim().max(200).default(''),
  description: z.string().max(5000).default(''),
});
export type NewArtwork = z.infer<typeof newArtworkSchema>;

export const newExhibitionSchema = z.object({
  space: slugSchema,
  title: z.string().trim().min(1).max(200),
  text: z.string().max(10000).default(''),
  works: z.array(z.uuid('must be an artwork id')).min(1).max(60),
});
export type NewExhibition = z.infer<typeof newExhibitionSchema>;

export const artistSchema = z.object({
  id: z.string(),
  name: z.string(),
  bio: z.string(),
  links: z.array(z.string()),
  works: z.array(hungArtworkSchema.omit({ position: true })),
});
export type ArtistProfile = z.infer<typeof artistSchema>;
