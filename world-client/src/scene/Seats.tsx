import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { type InstancedMesh, Object3D } from 'three';
import { sitIn } from '../app/seats.ts';
import { SEAT, type Seat } from '../layout/classroom-seats.ts';

/** The parts of a seat, each drawn for every seat at once: [width, height, depth] and its centre. */
const PARTS = [
  { name: 'seat-top', size: [SEAT.width, 0.05, SEAT.width], at: [0, SEAT.height, 0], colour: '#b7794a' },
  // The back stands behind the sitter, who faces -z.
  {
    name: 'seat-back',
    size: [SEAT.width, SEAT.back - SEAT.height, 0.04],
    at: [0, (SEAT.back + SEAT.height) / 2, SEAT.width / 2 - 0.02],
    colour: '#b7794a',
  },
  { name: 'seat-leg', size: [0.06, SEAT.height, 0.06], at: [0, SEAT.height / 2, 0], colour: '#3b3a40' },
] as const;

function Part({ seats, part }: { seats: readonly Seat[]; part: (typeof PARTS)[number] }) {
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const instances = mesh.current;
    if (!instances) return;
    const place = new Object3D();
    const [x, y, z] = part.at;
    seats.forEach((seat, index) => {
      // The part's place in the seat, turned with the seat.
      place.position.set(seat.x, 0, seat.z);
      place.rotation.set(0, seat.yaw, 0);
      place.translateX(x);
      place.translateY(y);
      place.translateZ(z);
      place.updateMatrix();
      instances.setMatrixAt(index, place.matrix);
    });
    instances.instanceMatrix.needsUpdate = true;
    instances.computeBoundingSphere();
  }, [seats, part]);
  return (
    <instancedMesh
      ref={mesh}
      args={[undefined, undefined, seats.length]}
      name={part.name}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        // A click (or a ray) on a seat sits there, rather than walking into it.
        event.stopPropagation();
        const seat = event.instanceId === undefined ? undefined : seats[event.instanceId];
        if (seat) sitIn(seat);
      }}
    >
      <boxGeometry args={part.size} />
      <meshStandardMaterial color={part.colour} roughness={0.7} />
    </instancedMesh>
  );
}

/** The classroom's seats, facing the board: three draw calls for all of them. */
export function Seats({ seats }: { seats: readonly Seat[] }) {
  return (
    <group name="seats">
      {PARTS.map((part) => (
        <Part key={part.name} seats={seats} part={part} />
      ))}
    </group>
  );
}
