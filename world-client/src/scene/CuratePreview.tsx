// A draft exhibition in the gallery exactly as visitors will see it once approved: the same plan, works,
// sculptures, labels, cards and guided path the gallery draws, for its artist alone (no room is joined).
import type { HungArtwork } from '@prostudio/backend/contract';
import { LAYOUTS } from '@prostudio/protocol';
import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { useMemo } from 'react';
import { galleryPlan } from '../layout/gallery-plan.ts';
import { walkRoute } from '../movement/walk-request.ts';
import { xrStore } from '../xr/xr-store.ts';
import { Artworks } from './Artworks.tsx';
import { PlayerController } from './PlayerController.tsx';
import { RoomShell } from './RoomShell.tsx';
import { Sculptures } from './Sculptures.tsx';
import { TourPath } from './TourPath.tsx';
import { WorkCard } from './WorkCard.tsx';

const layout = LAYOUTS.gallery;

export function CuratePreview({ works }: { works: readonly HungArtwork[] }) {
  const plan = useMemo(() => galleryPlan(works, layout), [works]);
  return (
    <Canvas
      className="curate-scene"
      dpr={1}
      camera={{ fov: 70, near: 0.05, far: 120, position: [layout.spawn.x, 1.6, layout.spawn.z] }}
      aria-label="Preview of the exhibition in the gallery"
    >
      {/* The gallery's parts (a work's card) are made for the XR session too, so they live inside one. */}
      <XR store={xrStore}>
        <color attach="background" args={['#1a1820']} />
        <hemisphereLight args={['#fffaf0', '#6d6470', 1.2]} />
        <directionalLight position={[4, 8, 6]} intensity={1.4} />
        <ambientLight intensity={0.25} />
        <RoomShell
          kind="gallery"
          layout={layout}
          onFloorClick={(point, event) => {
            if (event.delta <= 6) walkRoute.current = { points: [point], face: null };
          }}
        />
        <Artworks works={works} hangings={plan.hangings} />
        <Sculptures works={works} plinths={plan.plinths} />
        <WorkCard works={works} />
        {plan.stops.length > 0 && <TourPath plan={plan} />}
        <PlayerController kind="gallery" obstacles={plan.obstacles} onMove={() => undefined} />
      </XR>
    </Canvas>
  );
}
