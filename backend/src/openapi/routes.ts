// The API's routes as its OpenAPI document describes them, with the same zod schemas the routes validate
// with. A test checks this list against the routes the server really has, both ways.
import { z } from 'zod';
import {
  artistProfileSchema,
  artistSchema,
  healthSchema,
  joinTokenRequestSchema,
  joinTokenResponseSchema,
  newArtworkSchema,
  newExhibitionSchema,
  refreshSchema,
  resetConfirmSchema,
  resetRequestSchema,
  sessionResponseSchema,
  signInSchema,
  signUpSchema,
  spaceDetailSchema,
  spaceSummarySchema,
  userSchema,
  hungArtworkSchema,
} from '../contract.ts';

export interface RouteDoc {
  readonly method: 'get' | 'post' | 'put';
  /** OpenAPI path, with {parameters}. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  /** Needs `Authorization: Bearer <access token>`. */
  readonly auth?: boolean;
  readonly body?: z.ZodType;
  /** multipart/form-data with one file field. */
  readonly upload?: boolean;
  readonly status: number;
  readonly response?: z.ZodType;
}

const mediaSchema = z.object({
  id: z.string(),
  kind: z.enum(['image', 'model']),
  contentType: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
});

export const ROUTES: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'venue',
    summary: 'Whether the API can reach its database',
    status: 200,
    response: healthSchema,
  },
  {
    method: 'get',
    path: '/api/spaces',
    tag: 'venue',
    summary: 'Every space of the venue, lobby first',
    status: 200,
    response: z.array(spaceSummarySchema),
  },
  {
    method: 'get',
    path: '/api/spaces/{slug}',
    tag: 'venue',
    summary: 'A space with the exhibition it shows',
    status: 200,
    response: spaceDetailSchema,
  },
  {
    method: 'post',
    path: '/api/auth/sign-up',
    tag: 'accounts',
    summary: 'Create an account and sign in',
    body: signUpSchema,
    status: 201,
    response: sessionResponseSchema,
  },
  {
    method: 'post',
    path: '/api/auth/sign-in',
    tag: 'accounts',
    summary: 'Sign in',
    body: signInSchema,
    status: 200,
    response: sessionResponseSchema,
  },
  {
    method: 'post',
    path: '/api/auth/refresh',
    tag: 'accounts',
    summary: 'Trade a refresh token for new tokens',
    body: refreshSchema,
    status: 200,
    response: sessionResponseSchema,
  },
  {
    method: 'post',
    path: '/api/auth/sign-out',
    tag: 'accounts',
    summary: 'End a session',
    body: refreshSchema,
    status: 204,
  },
  {
    method: 'post',
    path: '/api/auth/password-reset',
    tag: 'accounts',
    summary: 'Mail a password reset link',
    body: resetRequestSchema,
    status: 202,
  },
  {
    method: 'post',
    path: '/api/auth/password-reset/confirm',
    tag: 'accounts',
    summary: 'Set a new password with a reset token',
    body: resetConfirmSchema,
    status: 204,
  },
  {
    method: 'get',
    path: '/api/me',
    tag: 'accounts',
    summary: 'The signed-in user',
    auth: true,
    status: 200,
    response: userSchema,
  },
  {
    method: 'post',
    path: '/api/media',
    tag: 'media',
    summary: 'Upload an image or a glTF model (checked by content)',
    auth: true,
    upload: true,
    status: 201,
    response: mediaSchema,
  },
  { method: 'get', path: '/api/media/{id}', tag: 'media', summary: 'An uploaded file', status: 200 },
  {
    method: 'get',
    path: '/api/media/{id}/thumbnail',
    tag: 'media',
    summary: "An uploaded image's thumbnail (WebP)",
    status: 200,
  },
  {
    method: 'put',
    path: '/api/artists/me',
    tag: 'artists',
    summary: 'Create or update your artist profile',
    auth: true,
    body: artistProfileSchema,
    status: 200,
    response: artistSchema,
  },
  {
    method: 'get',
    path: '/api/artists/{id}',
    tag: 'artists',
    summary: "An artist's profile and works",
    status: 200,
    response: artistSchema,
  },
  {
    method: 'post',
    path: '/api/artworks',
    tag: 'artists',
    summary: 'Make a work of one of your uploaded images',
    auth: true,
    body: newArtworkSchema,
    status: 201,
    response: hungArtworkSchema.omit({ position: true }),
  },
  {
    method: 'post',
    path: '/api/exhibitions',
    tag: 'artists',
    summary: 'Hang your works in a gallery',
    auth: true,
    body: newExhibitionSchema,
    status: 201,
    response: z.object({ id: z.string(), space: z.string() }),
  },
  {
    method: 'post',
    path: '/api/world/join-token',
    tag: 'world',
    summary: "A short-lived token to join a space's room",
    body: joinTokenRequestSchema,
    status: 201,
    response: joinTokenResponseSchema,
  },
];
