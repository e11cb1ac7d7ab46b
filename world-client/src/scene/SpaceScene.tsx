import type { SpaceDetail, SpaceSummary } from '@prostudio/backend/contract';
import { LAYOUTS, type FloorPose } from '@prostudio/protocol';
import { PerformanceMonitor } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { xrStore } from '../xr/xr-store.ts';
import { teleportTo, XRPlayer, XRReady } from '../xr/XRPlayer.tsx';
import { XRTourButtons } from '../xr/XRTourButtons.tsx';
import { useEffect, useMemo, useState } from 'react';
import { Artworks } from './Artworks.tsx';
import { FrameStats } from './FrameStats.tsx';
import { People } from './People.tsx';
import { PerformerMonitor } from './PerformerMonitor.tsx';
import { SEATS, standUp } from '../app/seats.ts';
import { seatObstacles, type Seat } from '../layout/classroom-seats.ts';
import { galleryPlan } from '../layout/gallery-plan.ts';
import { useWorld } from '../state/store.ts';
import { walkRoute } from '../movement/walk-request.ts';
import { PlayerController } from './PlayerController.tsx';
import { SoundListener } from './SoundListener.tsx';
import type { CanvasApp } from '../panels/canvas-app.ts';
import { Panel } from './Panel.tsx';
import { Portals } from './Portals.tsx';
import { dprForFactor } from './resolution.ts';
import { ReactionBursts } from './ReactionBursts.tsx';
import { RoomShell } from './RoomShell.tsx';
import { Sculptures } from './Sculptures.tsx';
import { Seats } from './Seats.tsx';
import { watchActivity } from './activity.ts';
import { TourPath } from './TourPath.tsx';
import { WorkCard } from './WorkCard.tsx';
import { StageSet } from './StageSet.tsx';
import { StageConsolePanel } from './StageConsolePanel.tsx';

const NO_SEATS: readonly Seat[] = [];

interface SpaceSceneProps {
  readonly space: SpaceDetail;
  /** The classroom's board app (null elsewhere). */
  readonly board: CanvasApp | null;
  readonly destinations: readonly SpaceSummary[];
  readonly onMove: (pose: FloorPose) => void;
  readonly onEnter: (slug: string) => void;
}

/** The 3D view of one space: its room, what it shows, the people in it, and the visitor's own camera. */
export function SpaceScene({ space, board, destinations, onMove, onEnter }: SpaceSceneProps) {
  const layout = LAYOUTS[space.kind];
  const isStage = space.kind === 'stage';
  const works = space.exhibition?.works;
  const plan = useMemo(() => galleryPlan(works, layout), [works, layout]);
  // What stands on the floor, which walking goes around: plinths, and seats (but the one being sat in).
  const sittingIn = useWorld((state) => state.seat?.id ?? null);
  const seats = space.kind === 'classroom' ? SEATS : NO_SEATS;
  const obstacles = useMemo(
    () => [...plan.obstacles, ...seatObstacles(seats, sittingIn)],
    [plan, seats, sittingIn],
  );
  useEffect(() => watchActivity(), []);
  // Resolution follows the frame rate: sharper on a fast machine, lighter where frames drop (drei's monitor
  // moves `factor` between 0 and 1, from 0.5, as the average frame rate leaves its bounds).
  const [dpr, setDpr] = useState(() => dprForFactor(0.5, window.devicePixelRatio));
  return (
    <Canvas
      className="scene"
      dpr={dpr}
      camera={{ fov: 70, near: 0.05, far: 120, position: [layout.spawn.x, 1.6, layout.spawn.z] }}
      aria-label={`3D view of ${space.name}`}
    >
      <XR store={xrStore}>
        <XRReady />
        <PerformanceMonitor
          onChange={({ factor }) => setDpr(dprForFactor(factor, window.devicePixelRatio))}
        />
        <color attach="background" args={[isStage ? '#0d0c11' : '#1a1820']} />
        <hemisphereLight args={['#fffaf0', '#6d6470', isStage ? 0.5 : 1.2]} />
        <directionalLight position={[4, 8, 6]} intensity={isStage ? 0.6 : 1.4} />
        <ambientLight intensity={0.25} />
        <RoomShell
          kind={space.kind}
          layout={layout}
          onFloorClick={(point, event) => {
            // In VR a controller's ray on the floor teleports there; on a screen, a click walks there.
            // Either way, a visitor sitting down stands up.
            const session = xrStore.getState().session;
            if (!session && event.delta > 6) return;
            standUp();
            if (session) teleportTo(space.kind, point, obstacles);
            else walkRoute.current = { points: [point], face: null };
          }}
        />
        {works && <Artworks works={works} hangings={plan.hangings} />}
        {works && <Sculptures works={works} plinths={plan.plinths} />}
        {works && <WorkCard works={works} />}
        {plan.stops.length > 0 && <TourPath plan={plan} />}
        {plan.stops.length > 0 && <XRTourButtons />}
        {isStage && <StageSet layout={layout} />}
        {isStage && <PerformerMonitor layout={layout} />}
        {isStage && <StageConsolePanel layout={layout} />}
        {seats.length > 0 && <Seats seats={seats} />}
        {board && (
          // The board on the front wall, facing the seats, its foot above the instructor's head.
          <Panel
            app={board}
            name="classroom-board"
            width={5}
            position={[0, 2.1, layout.bounds.minZ + 0.05]}
          />
        )}
        {space.kind === 'lobby' && <Portals spaces={destinations} bounds={layout.bounds} onEnter={onEnter} />}
        <People layout={layout} seats={seats} />
        <ReactionBursts layout={layout} />
        <SoundListener />
        <FrameStats />
        <PlayerController kind={space.kind} obstacles={obstacles} onMove={onMove} />
        <XRPlayer kind={space.kind} obstacles={obstacles} onMove={onMove} />
      </XR>
    </Canvas>
  );
}
