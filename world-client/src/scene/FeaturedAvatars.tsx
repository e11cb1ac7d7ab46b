// The people drawn as full VRM avatars (performers, and the nearest few: see featured.ts), each the
// avatar they chose, driven by their pose stream (motion capture or headset: every bone, finger and
// expression, through the jitter buffer), or standing at ease when they stream none.
import { type VRM, VRMUtils } from '@pixiv/three-vrm';
import { floorHeight, type SpaceLayout } from '@prostudio/protocol';
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type { Group } from 'three';
import { applyPlayback, hasBody, SEATED_HIPS } from '../avatars/apply-pose.ts';
import { seatAt, type Seat } from '../layout/classroom-seats.ts';
import { registerAvatar } from '../avatars/inspect.ts';
import { avatarCatalogue, avatarFor, loadVrm } from '../avatars/load-vrm.ts';
import { type RemotePerson, useWorld } from '../state/store.ts';
import { follow, type Track, trackOf } from './follow.ts';
import { NameTag } from './NameTag.tsx';

export function FeaturedAvatars({
  layout,
  featured,
  seats,
}: {
  layout: SpaceLayout;
  featured: ReadonlySet<string>;
  /** The room's seats, where someone may be sitting. */
  seats: readonly Seat[];
}) {
  const people = useWorld((state) => state.people);
  return (
    <>
      {people
        .filter((person) => featured.has(person.id))
        .map((person) => (
          <FeaturedAvatar
            key={`${person.id}:${person.avatar}`}
            person={person}
            layout={layout}
            seats={seats}
          />
        ))}
    </>
  );
}

function FeaturedAvatar({
  person,
  layout,
  seats,
}: {
  person: RemotePerson;
  layout: SpaceLayout;
  seats: readonly Seat[];
}) {
  const [vrm, setVrm] = useState<VRM | null>(null);
  const group = useRef<Group>(null);
  const track = useRef<Track>(trackOf(person));
  const restHips = useRef(0);

  useEffect(() => {
    let cancelled = false;
    let unregister = () => {};
    let shown: VRM | null = null;
    void avatarCatalogue()
      .then((choices) => {
        const choice = avatarFor(choices, person.avatar);
        if (!choice) throw new Error('No avatars are installed.');
        return loadVrm(choice.file).then((loaded) => ({ loaded, id: choice.id }));
      })
      .then(({ loaded, id }) => {
        if (cancelled) return VRMUtils.deepDispose(loaded.scene);
        restHips.current =
          loaded.humanoid.getNormalizedBoneNode('hips')?.getWorldPosition(loaded.scene.position.clone()).y ??
          0.95;
        unregister = registerAvatar(person.name, loaded, id);
        shown = loaded;
        setVrm(loaded);
      })
      .catch((error: unknown) => console.warn('Avatar could not load:', error));
    return () => {
      cancelled = true;
      unregister();
      // Each avatar has its own geometry and materials: free them when the person leaves the few.
      if (shown) VRMUtils.deepDispose(shown.scene);
    };
  }, [person.name, person.avatar]);

  useFrame((_, dt) => {
    if (!vrm || !group.current) return;
    follow(track.current, person, performance.now(), dt);
    const pose = track.current.playback;
    const { x, z } = track.current;
    // Someone just walking who stands at a seat's centre is sitting in it.
    const seated = !hasBody(pose) && seatAt(seats, track.current) !== null;
    const lift = seated ? SEATED_HIPS - restHips.current : pose ? pose.position[1] - restHips.current : 0;
    group.current.position.set(x, floorHeight(layout, x, z) + lift, z);
    // The room's heading 0 looks down -Z; a VRM faces +Z.
    group.current.rotation.set(0, track.current.yaw + Math.PI, 0);
    applyPlayback(vrm, pose, seated);
    vrm.update(dt);
  });

  return (
    <group ref={group}>
      {vrm && <primitive object={vrm.scene} />}
      <NameTag name={person.name} personId={person.id} handUp={person.handRaisedAt > 0} height={1.95} />
    </group>
  );
}
