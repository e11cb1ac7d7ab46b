// The venue answering artists' requests, for end-to-end tests whose subject is something else (buying in the
// gallery, a show on the stage): an admin of the venue approves everything waiting, through the API, as its
// staff would on /venue. (tests/e2e/venue.e2e.ts tests that page itself.)
import { randomUUID } from 'node:crypto';
import { callApi } from './api.ts';
import type { GrantRole } from './running-product.ts';

interface Waiting {
  exhibitions: { id: string }[];
  shows: { id: string }[];
}

/** Signs up a venue admin (given the role by `grantRole`) and approves every request waiting, on its dates. */
export async function approveEverything(base: string, grantRole: GrantRole): Promise<void> {
  const credentials = {
    email: `venue-${randomUUID().slice(0, 8)}@example.org`,
    password: 'a long enough password',
  };
  await callApi(base, 'POST', '/api/auth/sign-up', null, { ...credentials, displayName: 'Venue admin' });
  await grantRole(credentials.email, 'admin');
  // Signed in after the role is given, so that the token carries it.
  const { accessToken } = await callApi<{ accessToken: string }>(
    base,
    'POST',
    '/api/auth/sign-in',
    null,
    credentials,
  );
  const waiting = await callApi<Waiting>(base, 'GET', '/api/venue/requests', accessToken);
  for (const { id } of waiting.exhibitions) {
    await callApi(base, 'POST', `/api/venue/exhibitions/${id}/approve`, accessToken, {});
  }
  for (const { id } of waiting.shows)
    await callApi(base, 'POST', `/api/venue/shows/${id}/approve`, accessToken);
}
