// The studio's Profile and Works tabs: your own profile, uploads with their progress, and your works.
import {
  artistSchema,
  artworkDeletedSchema,
  artworkSchema,
  mediaSchema,
  type ArtistProfile,
  type ArtistProfileRequest,
  type Artwork,
  type ArtworkChanges,
  type ArtworkDeleted,
} from '@prostudio/backend/contract';
import type { z } from 'zod';
import { ApiError, callAsMember } from './api.ts';
import { authorization } from './session.ts';

export type Upload = z.infer<typeof mediaSchema>;

/** Your own artist profile and works, or null when you have made no profile yet. */
export async function fetchMyArtist(): Promise<ArtistProfile | null> {
  try {
    return await callAsMember('/api/artists/me', artistSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const saveMyProfile = (
  profile: Partial<ArtistProfileRequest> & { name: string },
): Promise<ArtistProfile> => callAsMember('/api/artists/me', artistSchema, 'PUT', profile);

export const createArtwork = (work: {
  mediaId: string;
  modelId?: string;
  title: string;
  year: number;
}): Promise<Artwork> => callAsMember('/api/artworks', artworkSchema, 'POST', work);

export const updateArtwork = (id: string, changes: ArtworkChanges): Promise<Artwork> =>
  callAsMember(`/api/artworks/${id}`, artworkSchema, 'PATCH', changes);

export const deleteArtwork = (id: string): Promise<ArtworkDeleted> =>
  callAsMember(`/api/artworks/${id}`, artworkDeletedSchema, 'DELETE');

/**
 * Uploads one file as the signed-in account, reporting how much has been sent (0..1) as it goes: an
 * XMLHttpRequest, as fetch cannot report an upload's progress. A refusal is an ApiError with the API's
 * message (the wrong kind of file, too large, the plan's storage full).
 */
export async function uploadFile(
  file: Blob,
  name: string,
  onProgress: (sent: number) => void,
  signal?: AbortSignal,
): Promise<Upload> {
  const headers = await authorization();
  const body = new FormData();
  body.append('file', file, name);
  return new Promise<Upload>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/media');
    for (const [header, value] of Object.entries(headers)) request.setRequestHeader(header, value);
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const reply: unknown = request.response;
      if (request.status >= 200 && request.status < 300) {
        const parsed = mediaSchema.safeParse(reply);
        if (parsed.success) {
          onProgress(1);
          resolve(parsed.data);
        } else reject(new ApiError('The server sent an unexpected reply to the upload.', request.status));
        return;
      }
      const message =
        typeof reply === 'object' && reply && 'message' in reply
          ? String(reply.message)
          : request.status === 413
            ? 'The file is too large.'
            : `The upload failed (${request.status} ${request.statusText}).`;
      reject(new ApiError(message, request.status));
    };
    request.onerror = () =>
      reject(new ApiError('Cannot reach the venue’s server. Check your connection and try again.', 0));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}
