import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Group, MathUtils } from 'three';
import { yawOf } from '@prostudio/world-server/pose';
import type { Playback } from '../net/jitter-buffer.ts';
import { remotePose } from '../net/remote-poses.ts';
import type { RemotePerson } from '../state/store.ts';
import { textTexture } from './canvas-text.ts';

/** A stable, pleasant colour per person. */
export function colourFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360}, 55%, 58%)`;
}

// Higher is snappier; at 12/s an avatar closes 90% of the gap to a new position in about 0.2 s.
const FOLLOW_RATE = 12;

/** Someone else in the room: a simple body with a facing nose and a name tag, following their pose stream. */
export function Avatar({ person }: { person: RemotePerson }) {
  const group = useRef<Group>(null);
  const colour = useMemo(() => colourFor(person.id), [person.id]);
  const tag = useMemo(
    () =>
      textTexture({
        width: 256,
        height: 56,
        padding: 12,
        align: 'center',
        background: 'rgba(20,18,26,0.78)',
        lines: [{ text: person.name, size: 28, weight: 600, color: '#ffffff' }],
      }),
    [person.name],
  );
  useEffect(() => () => tag.dispose(), [tag]);
  const playback = useRef<Playback | undefined>(undefined);
  const placed = useRef(false);
  useFrame((_, dt) => {
    const g = group.current;
    if (!g) return;
    if (!placed.current) {
      // Appear where the room says they are; from then on, follow (props would snap back on every update).
      g.position.set(person.x, 0, person.z);
      g.rotation.y = person.yaw;
      placed.current = true;
    }
    // Their pose stream, played back smoothly; without one (or while it is silent), their room presence.
    const stream = remotePose(person.slot);
    const now = performance.now();
    if (stream?.ready && !stream.stalled(now)) {
      playback.current = stream.sample(now, playback.current) ?? undefined;
      const pose = playback.current;
      if (pose) {
        g.position.set(pose.position[0], 0, pose.position[2]);
        g.rotation.y = yawOf(pose.rotation);
        return;
      }
    }
    const k = 1 - Math.exp(-FOLLOW_RATE * dt);
    g.position.x = MathUtils.lerp(g.position.x, person.x, k);
    g.position.z = MathUtils.lerp(g.position.z, person.z, k);
    const turn = Math.atan2(Math.sin(person.yaw - g.rotation.y), Math.cos(person.yaw - g.rotation.y));
    g.rotation.y += turn * k;
  });
  return (
    <group
      ref={group}
      position={[person.x, 0, person.z]}
      rotation-y={person.yaw}
      name={`avatar:${person.name}`}
    >
      <mesh position={[0, 0.8, 0]}>
        <capsuleGeometry args={[0.26, 0.9, 4, 12]} />
        <meshStandardMaterial color={colour} roughness={0.6} />
      </mesh>
      <mesh position={[0, 1.55, 0]}>
        <sphereGeometry args={[0.2, 20, 14]} />
        <meshStandardMaterial color="#f1d9c6" roughness={0.7} />
      </mesh>
      <mesh position={[0, 1.56, -0.19]}>
        <boxGeometry args={[0.22, 0.07, 0.06]} />
        <meshStandardMaterial color="#1e1c22" />
      </mesh>
      <sprite position={[0, 2.05, 0]} scale={[0.9, 0.2, 1]}>
        <spriteMaterial map={tag} depthWrite={false} toneMapped={false} />
      </sprite>
    </group>
  );
}
