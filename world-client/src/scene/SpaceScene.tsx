import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import { LAYOUTS, type FloorPose } from '@prostudio/world-server/shared';
import { Canvas } from '@react-three/fiber';
import { useWorld } from '../state/store.ts';
import { Artworks } from './Artworks.tsx';
import { Avatar } from './Avatar.tsx';
import { PlayerController, walkTarget } from './PlayerController.tsx';
import { Portals } from './Portals.tsx';
import { RoomShell } from './RoomShell.tsx';

interface SpaceSceneProps {
  readonly space: SpaceDetail;
  readonly destinations: readonly SpaceSummary[];
  readonly onMove: (pose: FloorPose) => void;
  readonly onEnter: (slug: string) => void;
}

function People() {
  const people = useWorld((state) => state.people);
  return (
    <>
      {people.map((person) => (
        <Avatar key={person.id} person={person} />
      ))}
    </>
  );
}

/** The 3D view of one space: its room, what it shows, the people in it, and the visitor's own camera. */
export function SpaceScene({ space, destinations, onMove, onEnter }: SpaceSceneProps) {
  const layout = LAYOUTS[space.kind];
  const isStage = space.kind === 'stage';
  return (
    <Canvas
      className="scene"
      dpr={[1, 1.5]}
      camera={{ fov: 70, near: 0.05, far: 120, position: [layout.spawn.x, 1.6, layout.spawn.z] }}
      aria-label={`3D view of ${space.name}`}
    >
      <color attach="background" args={[isStage ? '#0d0c11' : '#1a1820']} />
      <hemisphereLight args={['#fffaf0', '#6d6470', isStage ? 0.5 : 1.2]} />
      <directionalLight position={[4, 8, 6]} intensity={isStage ? 0.6 : 1.4} />
      <ambientLight intensity={0.25} />
      <RoomShell
        kind={space.kind}
        layout={layout}
        onFloorClick={(point, event) => {
          if (event.delta <= 6) walkTarget.current = point;
        }}
      />
      {space.exhibition && <Artworks works={space.exhibition.works} bounds={layout.bounds} />}
      {space.kind === 'lobby' && <Portals spaces={destinations} bounds={layout.bounds} onEnter={onEnter} />}
      <People />
      <PlayerController kind={space.kind} onMove={onMove} />
    </Canvas>
  );
}
