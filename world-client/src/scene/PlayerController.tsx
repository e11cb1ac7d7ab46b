import { floorHeight, LAYOUTS, type FloorPose, type SpaceKind } from '@prostudio/protocol';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { touchStick, withStick } from '../movement/joystick.ts';
import { intentFromKeys } from '../movement/keys.ts';
import type { Obstacle } from '../movement/obstacles.ts';
import { SEAT } from '../layout/classroom-seats.ts';
import { walkRoute } from '../movement/walk-request.ts';
import { IDLE, movedEnough, stepRoute, stepWalk } from '../movement/walker.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { isShortcut } from '../ui/keyboard.ts';
import { xrStore } from '../xr/xr-store.ts';

export const EYE_HEIGHT = 1.6;
const LOOK_SPEED = 0.005;
const MAX_PITCH = 1.2;
/**
 * Farther than this from where the room has us, we trust the room (it refused a move). The room's copy of
 * our place is presence, updated about once a second, so it trails a runner by up to ~4.5 m.
 */
const RECONCILE_DISTANCE = 5;

interface PlayerControllerProps {
  readonly kind: SpaceKind;
  /** What stands on the floor (a gallery's plinths), which walking goes around. */
  readonly obstacles: readonly Obstacle[];
  readonly onMove: (pose: FloorPose) => void;
}

/**
 * First-person desktop control: WASD/arrow keys to walk and turn, drag to look, click the floor to walk
 * there. The pose is applied to the camera each frame and reported to the room when it changes.
 */
export function PlayerController({ kind, obstacles, onMove }: PlayerControllerProps) {
  const camera = useThree((state) => state.camera);
  const dom = useThree((state) => state.gl.domElement);
  const layout = LAYOUTS[kind];
  const pose = useRef<FloorPose>({ ...layout.spawn });
  const pitch = useRef(0);
  const held = useRef(new Set<string>());
  const lastSent = useRef<FloorPose>({ ...layout.spawn });

  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      held.current.add(event.code);
      if (event.code.startsWith('Arrow')) event.preventDefault();
    };
    const up = (event: KeyboardEvent) => held.current.delete(event.code);
    const blur = () => held.current.clear();
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, []);

  useEffect(() => {
    let active: number | null = null;
    const start = (event: PointerEvent) => {
      active = event.pointerId;
    };
    const move = (event: PointerEvent) => {
      if (active !== event.pointerId) return;
      pose.current = { ...pose.current, yaw: pose.current.yaw - event.movementX * LOOK_SPEED };
      pitch.current = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch.current - event.movementY * LOOK_SPEED));
    };
    const end = (event: PointerEvent) => {
      if (active === event.pointerId) active = null;
    };
    dom.addEventListener('pointerdown', start);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    return () => {
      dom.removeEventListener('pointerdown', start);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
    };
  }, [dom]);

  useEffect(() => {
    walkRoute.current = null;
    // The room places newcomers (along the entrance, performers on the stage): take the place it gives us,
    // facing the way it says, whether it said so already or says so next.
    pose.current = { ...(useWorld.getState().selfFromServer ?? layout.spawn) };
    return useWorld.subscribe((state, previous) => {
      const server = state.selfFromServer;
      if (!server || server === previous.selfFromServer) return;
      const first = previous.selfFromServer === null;
      if (first) pose.current = { ...server };
      else if (Math.hypot(server.x - pose.current.x, server.z - pose.current.z) > RECONCILE_DISTANCE) {
        pose.current = { ...pose.current, x: server.x, z: server.z };
        walkRoute.current = null;
      }
    });
  }, [layout]);

  useFrame((_, delta) => {
    // In VR the headset moves the camera (xr/XRPlayer.tsx); keep the desktop pose where VR found it.
    if (xrStore.getState().session) {
      const self = useWorld.getState().selfPose;
      if (self) pose.current = self;
      return;
    }
    const dt = Math.min(delta, 0.1);
    const keys = held.current.size > 0 ? intentFromKeys(held.current, dt) : IDLE;
    const intent = withStick(keys, touchStick.get());
    const walking = intent.forward !== 0 || intent.strafe !== 0;
    const { seat } = useWorld.getState();
    if (walking) {
      walkRoute.current = null;
      // Walking off stands the visitor up.
      if (seat) setWorld({ seat: null });
    }
    if (walkRoute.current && !walking) {
      const step = stepRoute(pose.current, walkRoute.current, dt, layout.bounds, obstacles);
      pose.current = { ...step.pose, yaw: intent.turn ? pose.current.yaw + intent.turn : step.pose.yaw };
      walkRoute.current = step.route;
      // At the end of the walk to a seat, they sit.
      if (!step.route && seat && !seat.seated) setWorld({ seat: { id: seat.id, seated: true } });
    } else {
      pose.current = stepWalk(pose.current, intent, dt, layout.bounds, obstacles);
    }
    const eyes = seat?.seated ? SEAT.eyes : EYE_HEIGHT;
    camera.position.set(
      pose.current.x,
      eyes + floorHeight(layout, pose.current.x, pose.current.z),
      pose.current.z,
    );
    camera.rotation.set(pitch.current, pose.current.yaw, 0, 'YXZ');
    if (movedEnough(pose.current, lastSent.current)) {
      lastSent.current = pose.current;
      onMove(pose.current);
      setWorld({ selfPose: pose.current });
    }
  });

  return null;
}
