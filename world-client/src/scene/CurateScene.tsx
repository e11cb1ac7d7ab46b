// The gallery in curating mode: the room, the draft's works where the curator has them (the selected one
// outlined, one breaking a rule in red), a camera that walks (W A S D, Q E to turn, or a view button) and
// a pointer that drags a work along the walls or a sculpture's plinth across the floor.
import { LAYOUTS } from '@prostudio/protocol';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Raycaster, Vector2, Vector3 } from 'three';
import { type CurateLayout, type CurateWork, sizeOf } from '../curate/curate-layout.ts';
import { floorHit, wallHit, type WallPoint } from '../curate/rays.ts';
import { wallPointToRoom } from '../curate/rays.ts';
import { PLINTH } from '../layout/place-sculptures.ts';
import { isShortcut } from '../ui/keyboard.ts';
import { RoomShell } from './RoomShell.tsx';
import { loadedTexture } from './textures.ts';

const layout = LAYOUTS.gallery;
const FRAME = 0.05;

/** Where the camera stands and faces: yaw 0 looks at the back wall (-z). */
export interface CameraPose {
  readonly x: number;
  readonly z: number;
  readonly yaw: number;
}

/** Where a drag has got to: a point on a wall (a picture), or on the floor (a sculpture). */
export type DragPoint =
  { readonly kind: 'wall'; readonly point: WallPoint } | { readonly kind: 'floor'; x: number; z: number };

interface CurateSceneProps {
  readonly works: CurateLayout;
  readonly selected: string | null;
  readonly faulty: ReadonlySet<string>;
  /** The camera's pose to jump to (a view button); a new object each time it is asked for. */
  readonly view: CameraPose;
  readonly onSelect: (id: string | null) => void;
  readonly onDragStart: (id: string) => void;
  readonly onDrag: (id: string, to: DragPoint) => void;
  readonly onDragEnd: () => void;
}

/** Screen coordinates of a point in the room, for the tests (null until the scene is drawn). */
let projector: ((x: number, y: number, z: number) => { x: number; y: number }) | null = null;
export const projectToScreen = (x: number, y: number, z: number) => projector?.(x, y, z) ?? null;

export function CurateScene(props: CurateSceneProps) {
  return (
    <Canvas
      className="curate-scene"
      dpr={1}
      camera={{ fov: 70, near: 0.05, far: 80, position: [props.view.x, 1.6, props.view.z] }}
      aria-label="The gallery in curating mode"
    >
      <color attach="background" args={['#1a1820']} />
      <hemisphereLight args={['#fffaf0', '#6d6470', 1.2]} />
      <directionalLight position={[4, 8, 6]} intensity={1.4} />
      <ambientLight intensity={0.25} />
      <RoomShell kind="gallery" layout={layout} onFloorClick={() => props.onSelect(null)} />
      {props.works.map((work) =>
        work.spot ? (
          <CuratedPlinth key={work.id} work={work} {...props} />
        ) : (
          <CuratedPicture key={work.id} work={work} {...props} />
        ),
      )}
      <CurateCamera view={props.view} />
      <DragRays onDrag={props.onDrag} onDragEnd={props.onDragEnd} />
    </Canvas>
  );
}

/** Which work is being dragged (set on a press on it, cleared on release). */
const dragging = { current: null as string | null };

function startDrag(id: string, props: CurateSceneProps) {
  props.onSelect(id);
  props.onDragStart(id);
  dragging.current = id;
}

function CuratedPicture({ work, selected, faulty, ...props }: CurateSceneProps & { work: CurateWork }) {
  const { width, height } = sizeOf(work);
  const place = wallPointToRoom(layout.bounds, work.wall, work.centre, 0.02);
  const texture = loadedTexture(work.imageUrl);
  const outline = faulty.has(work.id) ? '#ff5a5a' : selected === work.id ? '#ffd24a' : null;
  return (
    <group
      position={[place.x, work.height, place.z]}
      rotation-y={place.yaw}
      name={`curate:${work.title}`}
      onPointerDown={(event) => {
        event.stopPropagation();
        startDrag(work.id, { ...props, works: [], selected, faulty });
      }}
    >
      {outline && (
        <mesh position={[0, 0, 0.005]}>
          <planeGeometry args={[width + 4 * FRAME, height + 4 * FRAME]} />
          <meshBasicMaterial color={outline} />
        </mesh>
      )}
      <mesh position={[0, 0, 0.01]}>
        <boxGeometry args={[width + 2 * FRAME, height + 2 * FRAME, 0.03]} />
        <meshStandardMaterial color="#1e1c22" roughness={0.5} />
      </mesh>
      <mesh position={[0, 0, 0.03]}>
        <planeGeometry args={[width, height]} />
        <meshStandardMaterial map={texture ?? null} color={texture ? '#ffffff' : '#999999'} roughness={0.9} />
      </mesh>
    </group>
  );
}

function CuratedPlinth({ work, selected, faulty, ...props }: CurateSceneProps & { work: CurateWork }) {
  const texture = loadedTexture(work.imageUrl);
  const aspect = work.pixels.width / work.pixels.height;
  const colour = faulty.has(work.id) ? '#ff8080' : selected === work.id ? '#ffe08a' : '#eeebe5';
  return (
    <group
      position={[work.spot?.x ?? 0, 0, work.spot?.z ?? 0]}
      name={`curate:${work.title}`}
      onPointerDown={(event) => {
        event.stopPropagation();
        startDrag(work.id, { ...props, works: [], selected, faulty });
      }}
    >
      <mesh position={[0, PLINTH.height / 2, 0]}>
        <boxGeometry args={[PLINTH.width, PLINTH.height, PLINTH.width]} />
        <meshStandardMaterial color={colour} roughness={0.85} />
      </mesh>
      {/* The sculpture's picture stands in for it while curating: lighter than its model. */}
      <mesh position={[0, PLINTH.height + 0.35, 0]}>
        <planeGeometry args={[0.7 * Math.min(aspect, 1), 0.7 / Math.max(aspect, 1)]} />
        <meshStandardMaterial map={texture ?? null} color={texture ? '#ffffff' : '#999999'} side={2} />
      </mesh>
    </group>
  );
}

/** Turns pointer moves during a drag into points on the walls or the floor, and ends the drag on release. */
function DragRays({ onDrag, onDragEnd }: Pick<CurateSceneProps, 'onDrag' | 'onDragEnd'>) {
  const camera = useThree((state) => state.camera);
  const dom = useThree((state) => state.gl.domElement);
  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const move = (event: PointerEvent) => {
      const id = dragging.current;
      if (!id) return;
      // Ours alone while dragging: the camera does not look around.
      event.stopImmediatePropagation();
      const box = dom.getBoundingClientRect();
      ndc.set(
        ((event.clientX - box.left) / box.width) * 2 - 1,
        -((event.clientY - box.top) / box.height) * 2 + 1,
      );
      raycaster.setFromCamera(ndc, camera);
      const origin = raycaster.ray.origin.toArray();
      const direction = raycaster.ray.direction.toArray();
      const wall = wallHit(origin, direction, layout.bounds, layout.wallHeight);
      const floor = floorHit(origin, direction);
      if (wall) onDrag(id, { kind: 'wall', point: wall });
      if (floor) onDrag(id, { kind: 'floor', ...floor });
    };
    const up = () => {
      if (!dragging.current) return;
      dragging.current = null;
      onDragEnd();
    };
    projector = (x, y, z) => {
      const point = new Vector3(x, y, z).project(camera);
      const box = dom.getBoundingClientRect();
      return { x: box.left + ((point.x + 1) / 2) * box.width, y: box.top + ((1 - point.y) / 2) * box.height };
    };
    window.addEventListener('pointermove', move, { capture: true });
    window.addEventListener('pointerup', up, { capture: true });
    return () => {
      window.removeEventListener('pointermove', move, { capture: true });
      window.removeEventListener('pointerup', up, { capture: true });
      projector = null;
    };
  }, [camera, dom, onDrag, onDragEnd]);
  return null;
}

const WALK_SPEED = 2.5;
const TURN_SPEED = 1.6;
const LOOK_SPEED = 0.005;

/** The curator's camera: W A S D walk, Q E turn, dragging the empty room looks around; a view jumps. */
function CurateCamera({ view }: { view: CameraPose }) {
  const camera = useThree((state) => state.camera);
  const dom = useThree((state) => state.gl.domElement);
  const pose = useRef({ ...view, pitch: 0 });
  const held = useRef(new Set<string>());
  useEffect(() => {
    pose.current = { ...view, pitch: 0 };
  }, [view]);
  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (isShortcut(event)) held.current.add(event.code);
    };
    const up = (event: KeyboardEvent) => held.current.delete(event.code);
    let looking: number | null = null;
    const press = (event: PointerEvent) => {
      looking = event.pointerId;
    };
    const look = (event: PointerEvent) => {
      if (looking !== event.pointerId || dragging.current) return;
      pose.current.yaw -= event.movementX * LOOK_SPEED;
      pose.current.pitch = Math.max(-1.2, Math.min(1.2, pose.current.pitch - event.movementY * LOOK_SPEED));
    };
    const release = () => {
      looking = null;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    dom.addEventListener('pointerdown', press);
    window.addEventListener('pointermove', look);
    window.addEventListener('pointerup', release);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      dom.removeEventListener('pointerdown', press);
      window.removeEventListener('pointermove', look);
      window.removeEventListener('pointerup', release);
    };
  }, [dom]);
  useFrame((_, delta) => {
    const dt = Math.min(delta, 0.1);
    const keys = held.current;
    const forward = (keys.has('KeyW') ? 1 : 0) - (keys.has('KeyS') ? 1 : 0);
    const strafe = (keys.has('KeyD') ? 1 : 0) - (keys.has('KeyA') ? 1 : 0);
    const turn = (keys.has('KeyQ') ? 1 : 0) - (keys.has('KeyE') ? 1 : 0);
    const p = pose.current;
    p.yaw += turn * TURN_SPEED * dt;
    const { bounds } = layout;
    const x = p.x + (-Math.sin(p.yaw) * forward + Math.cos(p.yaw) * strafe) * WALK_SPEED * dt;
    const z = p.z + (-Math.cos(p.yaw) * forward - Math.sin(p.yaw) * strafe) * WALK_SPEED * dt;
    p.x = Math.min(Math.max(x, bounds.minX + 0.4), bounds.maxX - 0.4);
    p.z = Math.min(Math.max(z, bounds.minZ + 0.4), bounds.maxZ - 0.4);
    camera.position.set(p.x, 1.6, p.z);
    camera.rotation.set(p.pitch, p.yaw, 0, 'YXZ');
  });
  return null;
}
