// The comfort vignette: while the play area glides (thumbstick walking), a dark ring closes in around
// the view; walking for real or teleporting leaves it open. Off in the settings for those who prefer.
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { type Group, type Mesh, type MeshBasicMaterial, Vector3 } from 'three';
import { useSettings } from '../settings/settings.ts';
import { jumped, teleportCount, vignetteStrength } from './comfort.ts';

// The ring's hole is 0.2 m across at scale 1, 0.3 m ahead: open, it is out at the edge of sight (about 50°
// off centre); closed, about 53° of view stays clear around the centre.
const DISTANCE = 0.3;
const OPEN = 1.6;
const CLOSED = 0.75;
const last = new Vector3();
const now = new Vector3();
const ahead = new Vector3();

export function ComfortVignette({ origin }: { origin: { current: Group | null } }) {
  const camera = useThree((state) => state.camera);
  const enabled = useSettings((state) => state.vignette);
  const ring = useRef<Mesh>(null);
  const strength = useRef(0);
  const started = useRef(false);
  const teleportsSeen = useRef(teleportCount());

  useFrame((_, delta) => {
    const mesh = ring.current;
    const area = origin.current;
    if (!mesh || !area) return;
    area.getWorldPosition(now);
    const moved = started.current ? now.distanceTo(last) : 0;
    started.current = true;
    last.copy(now);
    const speed = moved / Math.max(delta, 1e-3);
    const teleported = teleportCount() !== teleportsSeen.current;
    teleportsSeen.current = teleportCount();
    const target = enabled ? vignetteStrength(speed, jumped(speed, teleported)) : 0;
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
    // It is in front of the eyes but never in the way: controllers' rays pass through it.
    <mesh ref={ring} renderOrder={1000} visible={false} name="comfort-vignette" raycast={() => null}>
      <ringGeometry args={[0.2, 4, 48]} />
      <meshBasicMaterial color="#000000" transparent opacity={0} depthTest={false} depthWrite={false} />
    </mesh>
  );
}
