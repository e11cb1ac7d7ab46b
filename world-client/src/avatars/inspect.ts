// The live avatars, by person, for anyone who wants to look at how they stand, how fresh their stream is
// and what shows by their name (the end-to-end tests and benchmarks read them here; a debugging view could too).
import type { VRM, VRMHumanBoneName } from '@pixiv/three-vrm';
import { type FrameAge, recentArrivals, recentSends, streamLatency } from '../net/remote-poses.ts';
import { badgeOf } from '../scene/activity.ts';
import { useWorld } from '../state/store.ts';

const live = new Map<string, VRM>();
const chosen = new Map<string, string>();

/** Makes `vrm` (the avatar `avatarId`) the one shown for `name`; returns the undoing. */
export function registerAvatar(name: string, vrm: VRM, avatarId: string): () => void {
  live.set(name, vrm);
  chosen.set(name, avatarId);
  return () => {
    if (live.get(name) !== vrm) return;
    live.delete(name);
    chosen.delete(name);
  };
}

/** A bone's rotation in the avatar's own space (x, y, z, w), or null. */
function boneRotation(name: string, bone: VRMHumanBoneName): number[] | null {
  const node = live.get(name)?.humanoid.getNormalizedBoneNode(bone);
  if (!node) return null;
  const root = live.get(name)?.humanoid.normalizedHumanBonesRoot;
  const rotation = node.getWorldQuaternion(node.quaternion.clone());
  if (root) rotation.premultiply(root.getWorldQuaternion(root.quaternion.clone()).invert());
  return rotation.toArray();
}

/** Where a bone is in the avatar's own space, or with `inRoom` in the room's (metres, x y z), or null. */
function bonePosition(name: string, bone: VRMHumanBoneName, inRoom = false): number[] | null {
  const node = live.get(name)?.humanoid.getNormalizedBoneNode(bone);
  const root = live.get(name)?.humanoid.normalizedHumanBonesRoot;
  if (!node || !root) return null;
  const position = node.getWorldPosition(node.position.clone());
  return (inRoom ? position : root.worldToLocal(position)).toArray();
}

declare global {
  interface Window {
    prostudioAvatars?: {
      names(): string[];
      /** Which of the venue's avatars is shown for `name`. */
      avatar(name: string): string | null;
      boneRotation(name: string, bone: VRMHumanBoneName): number[] | null;
      bonePosition(name: string, bone: VRMHumanBoneName, inRoom?: boolean): number[] | null;
      /** How far one of the avatar's expressions (a VRM name: aa, blink…) is on, 0..1, or null. */
      expression(name: string, expression: string): number | null;
      /** How old what we show of `name` is, ms: on arrival, and the playback delay added. */
      latency(name: string): { arrival: number; playback: number } | null;
      /** The last frames of `name` to arrive, each with its age then, ms (named by its time stamp). */
      arrivals(name: string): readonly FrameAge[];
      /** On a performer's page: the last captured frames sent, each with its age then, ms. */
      sends(): readonly FrameAge[];
      /** What `name` just did, shown by their name tag (a reaction's emoji, a speech bubble), or null. */
      badge(name: string): string | null;
    };
  }
}

const personNamed = (name: string) => useWorld.getState().people.find((someone) => someone.name === name);

window.prostudioAvatars = {
  names: () => [...live.keys()],
  avatar: (name) => chosen.get(name) ?? null,
  boneRotation,
  bonePosition,
  expression: (name, expression) => live.get(name)?.expressionManager?.getValue(expression) ?? null,
  latency: (name) => {
    const person = personNamed(name);
    return person ? streamLatency(person.slot) : null;
  },
  arrivals: (name) => {
    const person = personNamed(name);
    return person ? recentArrivals(person.slot) : [];
  },
  sends: recentSends,
  badge: (name) => {
    const person = personNamed(name);
    return person ? badgeOf(person.id, performance.now()) : null;
  },
};
