// What a room knows of each connected person beyond the synced state: who they are (their join token's
// claims), their pose-stream slot, how fast they may send, and where they may be.
import type { JoinClaims } from '@prostudio/protocol';
import { Pace } from '../rules/pace.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';

// Chat and reactions: generous for people, useless for floods (beyond it, messages are ignored).
const CHAT_RATE = { perSecond: 1, burst: 5, dropAfter: 60, windowMs: 10_000 };
const REACT_RATE = { perSecond: 5, burst: 10, dropAfter: 200, windowMs: 10_000 };
// Pose frames: 30 Hz sustained (mocap rate) with bursts; a client far over that for seconds is dropped.
const POSE_RATE = { perSecond: 35, burst: 15, dropAfter: 100, windowMs: 5000 };
// Audio frames: 50 a second (20 ms each), with a second's worth let through at once (a talker's network or
// page that stalled sends its backlog together); a flood for seconds is dropped.
const AUDIO_RATE = { perSecond: 55, burst: 50, dropAfter: 150, windowMs: 5000 };

export interface Session {
  readonly slot: number;
  readonly claims: JoinClaims;
  /** Wall-clock time of joining, for the visit reported on leaving. */
  readonly joinedAt: Date;
  readonly chatLimit: RateLimiter;
  readonly reactLimit: RateLimiter;
  readonly poseLimit: RateLimiter;
  readonly audioLimit: RateLimiter;
  /** Where the room lets them be, from their moves and pose roots. */
  readonly pace: Pace;
  lastPresenceAt: number;
  /** Undecodable pose frames so far. */
  badFrames: number;
  /** Audio frames that were not audio frames, so far. */
  badAudio: number;
  /** When they were last told why nobody hears them (the room's clock), so the telling is not a flood. */
  toldUnheardAt: number;
}

/** A session for someone who joined at `now` (the room's clock) at `place`. */
export function newSession(
  claims: JoinClaims,
  slot: number,
  place: { x: number; z: number },
  now: number,
): Session {
  return {
    slot,
    claims,
    joinedAt: new Date(),
    chatLimit: createRateLimiter(CHAT_RATE, now),
    reactLimit: createRateLimiter(REACT_RATE, now),
    poseLimit: createRateLimiter(POSE_RATE, now),
    audioLimit: createRateLimiter(AUDIO_RATE, now),
    pace: new Pace(place, now),
    lastPresenceAt: now,
    badFrames: 0,
    badAudio: 0,
    toldUnheardAt: -Infinity,
  };
}
