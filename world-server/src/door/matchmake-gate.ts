// The door before Colyseus's matchmaking door. A seat reservation (`POST /matchmake/<method>/<room>`) is the
// one HTTP request the world server answers, and Colyseus reads any body whole, answers any origin with
// credentials allowed, and serves any caller as fast as it asks. This judges each such request first, from
// its head alone: a foreign origin, a body that is missing its length or is over a few kB, and an address
// reserving seats faster than people do are refused before a byte of the body is read.
import { createRateLimiter, type RateLimiter } from '../rooms/rate-limit.ts';

/** The largest matchmaking body accepted (join options: a space slug, a token of at most 2 kB, an avatar). */
export const MAX_MATCHMAKE_BODY_BYTES = 4096;

/** How fast one address may reserve seats: a burst for a household behind one router, then one a second. */
export interface SeatRate {
  readonly perSecond: number;
  readonly burst: number;
}
export const DEFAULT_SEAT_RATE: SeatRate = { perSecond: 1, burst: 30 };

/** Addresses remembered at once; the longest-quiet is forgotten first (it has refilled by then anyway). */
const MAX_TRACKED_ADDRESSES = 10_000;

export interface GateRequest {
  readonly method: string;
  readonly path: string;
  /** Lower-case header names, as node gives them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The peer's address (the socket's, not a header a client can write). */
  readonly address: string;
}

export type GateVerdict =
  | { readonly pass: true; readonly cors: Record<string, string> }
  | {
      readonly pass: false;
      readonly status: number;
      readonly message: string;
      readonly headers: Record<string, string>;
    };

export interface GateSettings {
  /** Origins allowed besides the request's own (scheme://host[:port], as a browser sends them). */
  readonly allowedOrigins: readonly string[];
  readonly seatRate: SeatRate;
}

export interface MatchmakeGate {
  judge(request: GateRequest, now: number): GateVerdict;
}

const header = (request: GateRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Whether `origin` is the page's own (same scheme-less host as the request) or one the operator allowed. */
export function originAllowed(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The CORS answer for an allowed origin: the SDK sends JSON, so the preflight must allow Content-Type. */
function corsFor(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** Creates the gate, with its per-address memory of reservations. */
export function createMatchmakeGate(settings: GateSettings): MatchmakeGate {
  const seats = new Map<string, RateLimiter>();
  const refuse = (status: number, message: string, headers: Record<string, string> = {}): GateVerdict => ({
    pass: false,
    status,
    message,
    headers,
  });
  const seatFor = (address: string, now: number): RateLimiter => {
    let limiter = seats.get(address);
    if (limiter) {
      seats.delete(address); // re-inserted below: the map's order is then least recently seen first
    } else {
      limiter = createRateLimiter({ ...settings.seatRate, dropAfter: Infinity, windowMs: 1000 }, now);
      if (seats.size >= MAX_TRACKED_ADDRESSES) seats.delete(seats.keys().next().value ?? '');
    }
    seats.set(address, limiter);
    return limiter;
  };
  return {
    judge(request, now) {
      const origin = header(request, 'origin');
      if (origin !== undefined && !originAllowed(origin, header(request, 'host'), settings.allowedOrigins)) {
        return refuse(403, 'This venue does not take seat reservations from pages of another site.');
      }
      const cors = corsFor(origin);
      // A preflight reserves nothing: it is answered by whoever passes it on (Colyseus, with our headers).
      if (request.method === 'OPTIONS') return { pass: true, cors };
      if (request.method !== 'POST') return refuse(405, 'Seats are reserved with POST.', { Allow: 'POST' });
      const length = header(request, 'content-length');
      if (length === undefined || !/^\d+$/.test(length)) {
        return refuse(411, 'A seat reservation must say its length (Content-Length).', cors);
      }
      if (Number(length) > MAX_MATCHMAKE_BODY_BYTES) {
        return refuse(413, `Join options are at most ${MAX_MATCHMAKE_BODY_BYTES} bytes.`, cors);
      }
      if (seatFor(request.address, now).take(now) !== 'accept') {
        return refuse(429, 'Too many seats reserved from your address; try again in a moment.', {
          ...cors,
          'Retry-After': String(Math.ceil(1 / settings.seatRate.perSecond)),
        });
      }
      return { pass: true, cors };
    },
  };
}
