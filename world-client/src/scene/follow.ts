// Where a remote person's avatar stands this frame: their pose stream played back smoothly when it flows,
// else an easing towards where the room last said they were.
import { yawOf } from '@prostudio/protocol';
import type { Playback } from '../net/jitter-buffer.ts';
import { remotePose } from '../net/remote-poses.ts';
import type { RemotePerson } from '../state/store.ts';

// Higher is snappier; at 12/s an avatar closes 90% of the gap to a new position in about 0.2 s.
const FOLLOW_RATE = 12;

export interface Track {
  x: number;
  z: number;
  yaw: number;
  playback: Playback | undefined;
}

/** A new track, where the room says the person is (avatars appear there, then follow). */
export const trackOf = (person: RemotePerson): Track => ({
  x: person.x,
  z: person.z,
  yaw: person.yaw,
  playback: undefined,
});

/** Moves `track` on by `dt` seconds towards `person`. */
export function follow(track: Track, person: RemotePerson, now: number, dt: number): void {
  const stream = remotePose(person.slot);
  if (stream?.ready && !stream.stalled(now)) {
    track.playback = stream.sample(now, track.playback) ?? undefined;
    const pose = track.playback;
    if (pose) {
      track.x = pose.position[0];
      track.z = pose.position[2];
      track.yaw = yawOf(pose.rotation);
      return;
    }
  }
  const k = 1 - Math.exp(-FOLLOW_RATE * dt);
  track.x += (person.x - track.x) * k;
  track.z += (person.z - track.z) * k;
  track.yaw += Math.atan2(Math.sin(person.yaw - track.yaw), Math.cos(person.yaw - track.yaw)) * k;
}

/** A stable, pleasant colour per person. */
export function colourFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360}, 55%, 58%)`;
}

/** The ids of the `most` people nearest to (x, z) within `range` metres, nearest first. */
export function nearest(
  tracks: ReadonlyMap<string, Track>,
  x: number,
  z: number,
  range: number,
  most: number,
): string[] {
  const near: Array<[string, number]> = [];
  for (const [id, track] of tracks) {
    const distance = Math.hypot(track.x - x, track.z - z);
    if (distance <= range) near.push([id, distance]);
  }
  return near
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, most)
    .map(([id]) => id);
}
