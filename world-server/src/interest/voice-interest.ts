// Whose voices each listener gets in a space where voices are heard by those near them (galleries, the
// lobby): the nearest talkers within earshot, at most a handful, so what a listener receives stays bounded
// however many talk at once (as interest.ts bounds the poses they receive).
import { VOICE_NEAR } from '@prostudio/protocol';

export interface Place {
  readonly slot: number;
  readonly x: number;
  readonly z: number;
}

export interface VoiceRules {
  /** At most this many talkers per listener. */
  readonly most: number;
  /** Farther than this (m), a talker is not heard. */
  readonly radius: number;
}

/**
 * For each talker, the listeners who hear them: every listener takes the `most` nearest talkers within
 * `radius`, never themselves. O(listeners × talkers), and talkers are few.
 */
export function voiceAudiences(
  talkers: readonly Place[],
  listeners: readonly Place[],
  rules: VoiceRules = VOICE_NEAR,
): Map<number, Set<number>> {
  const audiences = new Map<number, Set<number>>(talkers.map((talker) => [talker.slot, new Set<number>()]));
  const near: Array<{ slot: number; distance: number }> = [];
  for (const listener of listeners) {
    near.length = 0;
    for (const talker of talkers) {
      if (talker.slot === listener.slot) continue;
      const distance = Math.hypot(talker.x - listener.x, talker.z - listener.z);
      if (distance <= rules.radius) near.push({ slot: talker.slot, distance });
    }
    if (near.length > rules.most) near.sort((a, b) => a.distance - b.distance);
    for (let i = 0; i < Math.min(rules.most, near.length); i++)
      audiences.get(near[i]!.slot)?.add(listener.slot);
  }
  return audiences;
}
