// Calls the product's HTTP API as a client would: JSON (or a form) in, JSON out, a clear error otherwise.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export async function callApi<T>(
  base: string,
  method: string,
  route: string,
  token: string | null,
  body?: object | FormData,
): Promise<T> {
  const response = await fetch(new URL(route, base), {
    method,
    headers: {
      ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: body instanceof FormData ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A new artist (signed up, with a profile) and one work of theirs, a sample picture. */
export async function artistWithWork(
  base: string,
  artist: { email: string; password: string; displayName: string; bio?: string },
  work: { image: string; title: string; year: number; medium?: string },
): Promise<{ token: string; workId: string }> {
  const { accessToken: token } = await callApi<{ accessToken: string }>(
    base,
    'POST',
    '/api/auth/sign-up',
    null,
    {
      email: artist.email,
      password: artist.password,
      displayName: artist.displayName,
    },
  );
  await callApi(base, 'PUT', '/api/artists/me', token, {
    name: artist.displayName,
    ...(artist.bio ? { bio: artist.bio } : {}),
  });
  const form = new FormData();
  const file = new Blob([await readFile(work.image)], { type: 'image/png' });
  form.append('file', file, path.basename(work.image));
  const media = await callApi<{ id: string }>(base, 'POST', '/api/media', token, form);
  const { id } = await callApi<{ id: string }>(base, 'POST', '/api/artworks', token, {
    mediaId: media.id,
    title: work.title,
    year: work.year,
    ...(work.medium ? { medium: work.medium } : {}),
  });
  return { token, workId: id };
}
