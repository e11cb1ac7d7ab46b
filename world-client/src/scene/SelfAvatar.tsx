// The visitor's own avatar, where they stand and as they move (camera or headset body). The main camera
// never draws it (first person); only a mirror does, through its own camera's layers.
import { type VRM, VRMUtils } from '@pixiv/three-vrm';
import { floorHeight, type SpaceLayout } from '@prostudio/protocol';
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type { Group } from 'three';
import { applyPlayback } from '../avatars/apply-pose.ts';
import { registerAvatar } from '../avatars/inspect.ts';
import { avatarCatalogue, avatarFor, loadVrm } from '../avatars/load-vrm.ts';
import { localBody } from '../capture/body-source.ts';
import type { Playback } from '../net/jitter-buffer.ts';
import { useWorld } from '../state/store.ts';

/** The layer only mirrors look at. */
export const SELF_LAYER = 5;

export function SelfAvatar({ layout }: { layout: SpaceLayout }) {
  const avatar = useWorld((state) => state.avatar);
  const name = useWorld((state) => state.name);
  const [vrm, setVrm] = useState<VRM | null>(null);
  const group = useRef<Group>(null);
  const restHips = useRef(0.93);
  const pose = useRef<Playback>({
    position: [0, 0, 0],
    rotation: new Float32Array([0, 0, 0, 1]),
    body: new Float32Array(0),
    hands: null,
    face: null,
  });

  useEffect(() => {
    let cancelled = false;
    let shown: VRM | null = null;
    let unregister = () => {};
    void avatarCatalogue().then(async (choices) => {
      const choice = avatarFor(choices, avatar);
      if (!choice) return;
      const loaded = await loadVrm(choice.file);
      if (cancelled) return VRMUtils.deepDispose(loaded.scene);
      loaded.scene.traverse((object) => object.layers.set(SELF_LAYER));
      const hips = loaded.humanoid.getNormalizedBoneNode('hips');
      if (hips) restHips.current = hips.getWorldPosition(loaded.scene.position.clone()).y;
      shown = loaded;
      unregister = registerAvatar(name, loaded, choice.id);
      setVrm(loaded);
    });
    return () => {
      cancelled = true;
      unregister();
      if (shown) VRMUtils.deepDispose(shown.scene);
    };
  }, [avatar, name]);

  useFrame((_, dt) => {
    const self = useWorld.getState().selfPose ?? useWorld.getState().selfFromServer;
    if (!vrm || !group.current || !self) return;
    const body = localBody();
    const lift = body ? body.hipsHeight - restHips.current : 0;
    group.current.position.set(self.x, floorHeight(layout, self.x, self.z) + Math.max(-0.8, lift), self.z);
    group.current.rotation.set(0, self.yaw + Math.PI, 0);
    if (body) {
      pose.current.body = body.body;
      pose.current.hands = body.hands;
      pose.current.face = body.face;
    }
    applyPlayback(vrm, body ? pose.current : undefined);
    vrm.update(dt);
  });

  return <group ref={group}>{vrm && <primitive object={vrm.scene} />}</group>;
}
