import type { SpaceKind, SpaceLayout } from '@prostudio/protocol';
import type { ThreeEvent } from '@react-three/fiber';
import { DoubleSide } from 'three';

const PALETTES: Record<SpaceKind, { floor: string; wall: string; ceiling: string }> = {
  lobby: { floor: '#5d5048', wall: '#d9d2c5', ceiling: '#bdb6aa' },
  gallery: { floor: '#8a7560', wall: '#f4f1ec', ceiling: '#cfcac2' },
  stage: { floor: '#26222c', wall: '#35303d', ceiling: '#1a1820' },
  classroom: { floor: '#7c8a73', wall: '#e6e2d6', ceiling: '#c4c1b8' },
};

interface RoomShellProps {
  readonly kind: SpaceKind;
  readonly layout: SpaceLayout;
  /** A click on the floor, at the point clicked. */
  readonly onFloorClick: (point: { x: number; z: number }, event: ThreeEvent<MouseEvent>) => void;
}

/** Floor, four walls and a ceiling, sized from the shared layout (the same bounds the server enforces). */
export function RoomShell({ kind, layout, onFloorClick }: RoomShellProps) {
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const width = maxX - minX;
  const depth = maxZ - minZ;
  const height = layout.wallHeight;
  const cx = (minX + maxX) / 2;
  const cz = (minZ + maxZ) / 2;
  const palette = PALETTES[kind];
  const walls: Array<{ position: [number, number, number]; rotation: number; length: number }> = [
    { position: [cx, height / 2, minZ], rotation: 0, length: width },
    { position: [cx, height / 2, maxZ], rotation: Math.PI, length: width },
    { position: [minX, height / 2, cz], rotation: Math.PI / 2, length: depth },
    { position: [maxX, height / 2, cz], rotation: -Math.PI / 2, length: depth },
  ];
  return (
    <group>
      <mesh
        name="floor"
        rotation-x={-Math.PI / 2}
        position={[cx, 0, cz]}
        onClick={(event) => onFloorClick({ x: event.point.x, z: event.point.z }, event)}
      >
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial color={palette.floor} roughness={0.85} />
      </mesh>
      <mesh rotation-x={Math.PI / 2} position={[cx, height, cz]}>
        <planeGeometry args={[width, depth]} />
        {/* Unlit: a ceiling lit from below reads as a dark lid; a soft flat tone reads as light. */}
        <meshBasicMaterial color={palette.ceiling} side={DoubleSide} />
      </mesh>
      {walls.map((wall, index) => (
        <mesh key={index} position={wall.position} rotation-y={wall.rotation}>
          <planeGeometry args={[wall.length, height]} />
          <meshStandardMaterial color={palette.wall} roughness={0.95} />
        </mesh>
      ))}
      {/* A skirting strip where walls meet the floor reads as depth in flat light. */}
      {walls.map((wall, index) => (
        <mesh
          key={`skirt-${index}`}
          position={[wall.position[0], 0.06, wall.position[2]]}
          rotation-y={wall.rotation}
        >
          <planeGeometry args={[wall.length, 0.12]} />
          <meshStandardMaterial color="#2b2730" roughness={0.6} />
        </mesh>
      ))}
    </group>
  );
}
