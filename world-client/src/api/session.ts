// The signed-in account, if any. The access token lives in memory only; the refresh token in localStorage,
// so that a reload keeps you signed in (it rotates on every use, and a stolen copy is found out on reuse).
import { type PublicUser, sessionResponseSchema, type SessionResponse } from '@prostudio/backend/contract';
import { create } from 'zustand';

const REFRESH_KEY = 'prostudio.refreshToken';
/** Refresh this long before the access token runs out. */
const EARLY_MS = 30_000;

interface AccountState {
  /** unknown: not yet checked; guest: not signed in. */
  readonly status: 'unknown' | 'guest' | 'signed-in';
  readonly user: PublicUser | null;
}

export const useAccount = create<AccountState>(() => ({ status: 'unknown', user: null }));

let access: { token: string; expiresAt: number } | null = null;
let refreshing: Promise<void> | null = null;

function storedRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function adopt(session: SessionResponse): void {
  access = { token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000 };
  try {
    localStorage.setItem(REFRESH_KEY, session.refreshToken);
  } catch {
    // Private browsing: the session lasts as long as the page.
  }
  useAccount.setState({ status: 'signed-in', user: session.user });
}

function forget(): void {
  access = null;
  try {
    localStorage.removeItem(REFRESH_KEY);
  } catch {
    // Nothing stored.
  }
  useAccount.setState({ status: 'guest', user: null });
}

async function post(path: string, body: object): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

async function sessionFrom(response: Response): Promise<SessionResponse> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = typeof body === 'object' && body && 'message' in body ? String(body.message) : '';
    throw new Error(message || `The server answered ${response.status}.`);
  }
  return sessionResponseSchema.parse(body);
}

/** Uses the stored refresh token, if any, for a new access token; signs out when it is no longer good. */
async function refresh(): Promise<void> {
  const refreshToken = storedRefreshToken();
  if (!refreshToken) return forget();
  const response = await post('/api/auth/refresh', { refreshToken }).catch(() => null);
  if (!response) return; // offline: keep what we have and try later
  if (!response.ok) return forget();
  adopt(await sessionFrom(response));
}

/** Signs back in from a stored session, once per page. */
export function restoreSession(): Promise<void> {
  if (useAccount.getState().status !== 'unknown') return Promise.resolve();
  refreshing ??= refresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export async function signIn(email: string, password: string): Promise<void> {
  adopt(await sessionFrom(await post('/api/auth/sign-in', { email, password })));
}

export async function signUp(email: string, password: string, displayName: string): Promise<void> {
  adopt(await sessionFrom(await post('/api/auth/sign-up', { email, password, displayName })));
}

export async function signOut(): Promise<void> {
  const refreshToken = storedRefreshToken();
  forget();
  if (refreshToken) await post('/api/auth/sign-out', { refreshToken }).catch(() => undefined);
}

/** The Authorization header of the signed-in account (refreshed when due), or none for a guest. */
export async function authorization(): Promise<Record<string, string>> {
  await restoreSession();
  if (access && access.expiresAt - EARLY_MS < Date.now()) {
    refreshing ??= refresh().finally(() => {
      refreshing = null;
    });
    await refreshing;
  }
  return access ? { authorization: `Bearer ${access.token}` } : {};
}
