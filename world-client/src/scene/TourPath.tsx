import { useLayoutEffect, useMemo, useRef } from 'react';
import { type InstancedMesh, Object3D } from 'three';
import type { GalleryPlan } from '../layout/gallery-plan.ts';
import { useWorld } from '../state/store.ts';

/** Dots along the guided path every so often (metres). */
const DOT_SPACING = 0.45;
const LIFT = 0.012;

/** Evenly spaced points along a polyline on the floor. */
function dotsAlong(path: GalleryPlan['path']): { x: number; z: number }[] {
  const dots: { x: number; z: number }[] = [];
  let carry = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.z - a.z);
    for (let t = carry; t < length; t += DOT_SPACING) {
      dots.push({ x: a.x + ((b.x - a.x) * t) / length, z: a.z + ((b.z - a.z) * t) / length });
    }
    carry = (carry - length) % DOT_SPACING;
    if (carry < 0) carry += DOT_SPACING;
  }
  return dots;
}

/**
 * While the guided tour is on, its path as a line of dots on the floor (one draw call) and a ring where the
 * next stop is.
 */
export function TourPath({ plan }: { plan: GalleryPlan }) {
  const tour = useWorld((state) => state.tour);
  const dots = useMemo(() => dotsAlong(plan.path), [plan]);
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const instances = mesh.current;
    if (!instances) return;
    const place = new Object3D();
    place.rotation.x = -Math.PI / 2;
    dots.forEach((dot, index) => {
      place.position.set(dot.x, LIFT, dot.z);
      place.updateMatrix();
      instances.setMatrixAt(index, place.matrix);
    });
    instances.instanceMatrix.needsUpdate = true;
  }, [dots, tour]);
  const stop = tour === null ? undefined : plan.stops[tour];
  if (!stop) return null;
  return (
    <group name="tour-path">
      {/* Painted on the floor: a click or a ray on it is a click on the floor. */}
      <instancedMesh
        ref={mesh}
        args={[undefined, undefined, dots.length]}
        frustumCulled={false}
        raycast={() => null}
      >
        <circleGeometry args={[0.06, 12]} />
        <meshBasicMaterial color="#f2c14e" transparent opacity={0.8} />
      </instancedMesh>
      <mesh position={[stop.x, LIFT, stop.z]} rotation-x={-Math.PI / 2} name="tour-stop" raycast={() => null}>
        <ringGeometry args={[0.3, 0.38, 32]} />
        <meshBasicMaterial color="#f2c14e" />
      </mesh>
    </group>
  );
}
