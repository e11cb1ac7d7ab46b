// The live avatars, by person, for anyone who wants to look at how they stand (the end-to-end tests read
// the performer's arm here; a moderation or debugging view could too).
import type { VRM, VRMHumanBoneName } from '@pixiv/three-vrm';

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
    };
  }
}

window.prostudioAvatars = {
  names: () => [...live.keys()],
  avatar: (name) => chosen.get(name) ?? null,
  boneRotation,
  bonePosition,
};
