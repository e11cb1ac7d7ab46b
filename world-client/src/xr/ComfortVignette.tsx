// The comfort vignette: while the play area glides (thumbstick walking), a dark ring closes in around
// the view; walking for real or teleporting leaves it open. Off in the settings for those who prefer.
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { type Group, type Mesh, type MeshBasicMaterial, Vector3 } from 'three';
import { useSettings } from '../settings/settings.ts';
import { TELEPORT_JUMP, vignetteStrength } from './comfort.ts';

const DISTANCE = 0.3;
const OPEN = 0.5;
const CLOSED = 0.16;
const last = new Vector3();
const now = new Vector3();
const ahead = new Vector3();

export function ComfortVignette({ origin }: { origin: { current: Group | null } }) {
  const camera = useThree((state) => state.camera);
  const enabled = useSettings((state) => state.vignette);
  const ring = useRef<Mesh>(null);
  const strength = useRef(0);
  const started = useRef(false);

  useFrame((_, delta) => {
    const mesh = ring.current;
    const area = origin.current;
    if (!mesh || !area) return;
    area.getWorldPosition(now);
    const moved = started.current ? now.distanceTo(last) : 0;
    started.current = true;
    last.copy(now);
    const target = enabled ? vignetteStrength(moved / Math.max(delta, 1e-3), moved > TELEPORT_JUMP) : 0;
    // Ease in and out over about a sixth of a second: no flicker from one uneven frame.
    strength.current += (target - strength.current) * Math.min(1, delta * 6);
    const material = mesh.material as MeshBasicMaterial;
    material.opacity = strength.current * 0.92;
    mesh.visible = strength.current > 0.01;
    camera.getWorldPosition(mesh.position);
    camera.getWorldDirection(ahead);
    mesh.position.addScaledVector(ahead, DISTANCE);
    camera.getWorldQuaternion(mesh.quaternion);
    mesh.scale.setScalar(OPEN + (CLOSED - OPEN) * strength.current);
  });

  return (
    <mesh ref={ring} renderOrder={1000} visible={false} name="comfort-vignette">
      <ringGeometry args={[0.2, 4, 48]} />
      <meshBasicMaterial color="#000000" transparent opacity={0} depthTest={false} depthWrite={false} />
    </mesh>
  );
}
