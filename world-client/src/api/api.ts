// The backend's API as the client sees it: every reply is validated against the shared contract, so a
// wrong or partial reply is a clear error here instead of a broken scene later.
import {
  joinTokenResponseSchema,
  spaceDetailSchema,
  spaceSummarySchema,
  type JoinTokenResponse,
  type SpaceDetail,
  type SpaceSummary,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { authorization } from './session.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fetches JSON from the API and checks it against `schema`; a failure is an ApiError with the API's message. */
export async function requestJson<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const signal = init.signal;
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('Cannot reach the venue’s server. Check your connection and try again.', 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message =
      typeof body === 'object' && body && 'message' in body ? String(body.message) : response.statusText;
    throw new ApiError(message, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(`The server sent an unexpected reply for ${path}.`, response.status);
  return parsed.data;
}

/** Calls the API as the signed-in account (JSON body, if any), the reply checked against `schema`. */
export async function callAsMember<T>(
  path: string,
  schema: z.ZodType<T>,
  method = 'GET',
  body?: object,
): Promise<T> {
  return requestJson(path, schema, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(await authorization()) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** Every space of the venue. */
export function fetchSpaces(signal?: AbortSignal): Promise<SpaceSummary[]> {
  return requestJson('/api/spaces', z.array(spaceSummarySchema), { signal });
}

/** One space, with the exhibition it shows. */
export function fetchSpace(slug: string, signal?: AbortSignal): Promise<SpaceDetail> {
  return requestJson(`/api/spaces/${encodeURIComponent(slug)}`, spaceDetailSchema, { signal });
}

/**
 * A short-lived token to join the room of `space` as `name`; signed in, as that account (so that its ticket,
 * its place on a course or its role counts).
 */
export async function fetchJoinToken(space: string, name: string): Promise<JoinTokenResponse> {
  const guest = readGuestPass();
  const reply = await requestJson('/api/world/join-token', joinTokenResponseSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authorization()) },
    body: JSON.stringify({ space, name, ...(guest ? { guest } : {}) }),
  });
  if (reply.guest && reply.guest !== guest) keepGuestPass(reply.guest);
  return reply;
}

// A guest's pass (their guest id, signed by the venue) is kept on this device, so the venue knows the same
// guest next time; storage may be off (private windows), and then each visit is a new guest.
const GUEST_PASS_KEY = 'prostudio.guest';

function readGuestPass(): string | null {
  try {
    return localStorage.getItem(GUEST_PASS_KEY);
  } catch {
    return null;
  }
}

function keepGuestPass(pass: string): void {
  try {
    localStorage.setItem(GUEST_PASS_KEY, pass);
  } catch {
    // Not kept: a new guest next time.
  }
}
