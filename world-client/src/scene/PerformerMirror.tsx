// A performer's mirror on the stage: a stage monitor facing the performer's spot in which they see their
// own avatar move as they do. Only the performer's own page draws it; the audience sees the stage clear.
import type { SpaceLayout } from '@prostudio/protocol';
import { useEffect, useMemo } from 'react';
import { PlaneGeometry } from 'three';
import { Reflector } from 'three/examples/jsm/objects/Reflector.js';
import { SELF_LAYER } from './SelfAvatar.tsx';

const WIDTH = 2;
const HEIGHT = 2.2;
/** How far in front of the performer's spot it stands, metres. */
const AHEAD = 2.4;

export function PerformerMirror({ layout }: { layout: SpaceLayout }) {
  const spot = layout.performerSpot;
  const mirror = useMemo(() => {
    const reflector = new Reflector(new PlaneGeometry(WIDTH, HEIGHT), {
      textureWidth: 512,
      textureHeight: 512,
      color: 0x9a9aa6,
    });
    // The mirror's camera is made from the main one on first use; let it see the performer's own avatar.
    const reflectionCamera = reflector.getReflectionCamera.bind(reflector);
    reflector.getReflectionCamera = (camera) => {
      const made = reflectionCamera(camera);
      made.layers.enable(SELF_LAYER);
      return made;
    };
    reflector.name = 'performer-mirror';
    return reflector;
  }, []);
  useEffect(() => () => mirror.dispose(), [mirror]);
  if (!spot) return null;
  // Heading 0 looks towards -z: ahead of the spot is (-sin, -cos) of its heading.
  const x = spot.x - Math.sin(spot.yaw) * AHEAD;
  const z = spot.z - Math.cos(spot.yaw) * AHEAD;
  const floor = layout.platform?.height ?? 0;
  return (
    <group position={[x, floor + HEIGHT / 2 + 0.1, z]} rotation-y={spot.yaw}>
      <primitive object={mirror} />
      <mesh position={[0, 0, -0.03]}>
        <boxGeometry args={[WIDTH + 0.12, HEIGHT + 0.12, 0.04]} />
        <meshStandardMaterial color="#222027" roughness={0.5} />
      </mesh>
    </group>
  );
}
