import type { SpaceLayout } from '@prostudio/protocol';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, type SpotLight, Object3D } from 'three';
import { useWorld } from '../state/store.ts';
import { textTexture } from './canvas-text.ts';
import { partyHue, stageLook } from './stage-lighting.ts';

/** A stage without a platform in its layout still gets this one. */
const DEFAULT_PLATFORM = { minX: -9.8, maxX: 9.8, minZ: -12, maxZ: -6, height: 0.6 };

/** The performers' platform at the back of a stage room, its lights, and the screen above it. */
export function StageSet({ layout }: { layout: SpaceLayout }) {
  const lights = useWorld((state) => state.stage?.lights ?? 'warm');
  const screen = useWorld((state) => state.stage?.screen ?? '');
  const look = stageLook(lights);
  const { minZ } = layout.bounds;
  const platform = layout.platform ?? DEFAULT_PLATFORM;
  const width = platform.maxX - platform.minX;
  const depth = platform.maxZ - platform.minZ;
  const height = platform.height;
  const centreZ = (platform.minZ + platform.maxZ) / 2;
  const spot = useRef<SpotLight>(null);
  const target = useMemo(() => new Object3D(), []);
  const colour = useMemo(() => new Color(), []);
  useEffect(() => {
    target.position.set(0, height, centreZ);
    if (spot.current) spot.current.target = target;
  }, [target, centreZ, height]);
  useFrame(({ clock }) => {
    const light = spot.current;
    if (!light) return;
    if (look.cycles) light.color.copy(colour.setHSL(partyHue(clock.elapsedTime), 0.9, 0.6));
    else light.color.set(look.colour);
  });
  const caption = useMemo(
    () =>
      textTexture({
        width: 640,
        height: 200,
        padding: 40,
        align: 'center',
        background: '#0b0a0f',
        lines: [{ text: screen || 'ProStudio Live', size: 72, weight: 800, color: '#f3f0ea' }],
      }),
    [screen],
  );
  useEffect(() => () => caption.dispose(), [caption]);
  return (
    <group name="stage-set">
      <mesh position={[(platform.minX + platform.maxX) / 2, height / 2, centreZ]}>
        <boxGeometry args={[width, height, depth]} />
        <meshStandardMaterial color="#3b3142" roughness={0.4} />
      </mesh>
      <mesh position={[0, layout.wallHeight - 2.2, minZ + 0.05]} name="stage-screen">
        <planeGeometry args={[6.4, 2]} />
        <meshBasicMaterial map={caption} toneMapped={false} />
      </mesh>
      <primitive object={target} />
      <spotLight
        ref={spot}
        position={[0, layout.wallHeight - 0.3, centreZ + 5]}
        intensity={look.intensity}
        angle={look.angle}
        penumbra={0.5}
        decay={1.5}
        distance={30}
      />
      <ambientLight intensity={look.houseLights} />
    </group>
  );
}
