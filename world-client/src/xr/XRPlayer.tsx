import { type FloorPose, LAYOUTS, type SpaceKind, clampToBounds } from '@prostudio/protocol';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR, useXRControllerLocomotion, XROrigin } from '@react-three/xr';
import { useEffect, useRef, useState } from 'react';
import { type Group, type Object3D, Vector3 } from 'three';
import { keepClear, type Obstacle } from '../movement/obstacles.ts';
import { standable } from '../movement/walker.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { useSettings } from '../settings/settings.ts';
import { noteTeleport } from './comfort.ts';
import { ComfortVignette } from './ComfortVignette.tsx';
import { stopHeadsetBody, streamHeadsetBody } from './headset-body.ts';

/** The play area's origin while in VR; teleporting moves it. */
export const xrOrigin: { current: Group | null } = { current: null };

const head = new Vector3();
const facing = new Vector3();
/** Report the head's place when it moved this much (metres) or turned this much (radians). */
const MOVE_EPSILON = 0.02;
const TURN_EPSILON = 0.02;

/** The headset (the XR camera, a child of the play area), for placing and turning the play area about it. */
const xrHead: { current: Object3D | null } = { current: null };
const headAt = new Vector3();
const headLook = new Vector3();

/**
 * Moves the play area so that the point of a teleport is where the visitor now stands, inside the walls and
 * off the plinths; with `facing` (a heading, yaw 0 along -z), also turns it so that they look that way.
 */
export function teleportTo(
  kind: SpaceKind,
  point: { x: number; z: number },
  obstacles: readonly Obstacle[] = [],
  facing?: number,
): void {
  const target = standable(LAYOUTS[kind].bounds, obstacles, point.x, point.z);
  const area = xrOrigin.current;
  if (!area) return;
  noteTeleport();
  const head = xrHead.current;
  if (facing !== undefined && head) {
    // Turn the area by how far the head's heading is from the one wanted.
    head.getWorldDirection(headLook);
    area.rotation.y += facing - Math.atan2(-headLook.x, -headLook.z);
  }
  area.position.set(target.x, 0, target.z);
  if (head) {
    // Put the head, not the area's origin, on the point (the visitor may stand off the area's centre).
    area.updateMatrixWorld(true);
    head.updateMatrixWorld(true);
    head.getWorldPosition(headAt);
    area.position.x += target.x - headAt.x;
    area.position.z += target.z - headAt.z;
  }
}

/**
 * The visitor in VR: the play area starts where they stood, the thumbstick walks them (snap turns on the
 * other), a trigger on the floor teleports them, and the headset's place is what the room sees.
 */
export function XRPlayer(props: XRPlayerProps) {
  const session = useXR((state) => state.session);
  return session ? <PlayArea {...props} /> : null;
}

interface XRPlayerProps {
  readonly kind: SpaceKind;
  /** What stands on the floor (a gallery's plinths): gliding stops at it, and walking into it is undone. */
  readonly obstacles: readonly Obstacle[];
  readonly onMove: (pose: FloorPose) => void;
}

/** The play area during a session: it starts where the visitor stood when they entered VR. */
function PlayArea({ kind, obstacles, onMove }: XRPlayerProps) {
  const camera = useThree((state) => state.camera);
  const headset = useThree((state) => state.gl.xr.getCamera());
  const origin = useRef<Group>(null);
  const [start] = useState(() => {
    const { selfPose, selfFromServer } = useWorld.getState();
    return selfPose ?? selfFromServer ?? LAYOUTS[kind].spawn;
  });
  const last = useRef<FloorPose | null>(null);
  const snapDegrees = useSettings((state) => state.snapDegrees);
  useXRControllerLocomotion(origin, { speed: 2 }, { type: 'snap', degrees: snapDegrees });
  useEffect(() => {
    xrOrigin.current = origin.current;
    xrHead.current = headset;
    return () => {
      xrOrigin.current = null;
      xrHead.current = null;
      stopHeadsetBody();
    };
  }, [headset]);
  useFrame((state, _delta, frame: XRFrame | undefined) => {
    const area = origin.current;
    if (!area) return;
    streamHeadsetBody(camera, area, frame, state.gl.xr.getReferenceSpace());
    const inside = clampToBounds(LAYOUTS[kind].bounds, area.position.x, area.position.z);
    area.position.set(inside.x, 0, inside.z);
    camera.getWorldPosition(head);
    // The head may not go into a plinth, by the stick or on foot: the room slides back around it.
    const clear = keepClear(head, obstacles);
    if (clear.x !== head.x || clear.z !== head.z) {
      area.position.x += clear.x - head.x;
      area.position.z += clear.z - head.z;
      head.x = clear.x;
      head.z = clear.z;
    }
    camera.getWorldDirection(facing);
    const pose = {
      ...clampToBounds(LAYOUTS[kind].bounds, head.x, head.z),
      yaw: Math.atan2(-facing.x, -facing.z),
    };
    const previous = last.current;
    if (
      !previous ||
      Math.hypot(pose.x - previous.x, pose.z - previous.z) > MOVE_EPSILON ||
      Math.abs(pose.yaw - previous.yaw) > TURN_EPSILON
    ) {
      last.current = pose;
      onMove(pose);
      setWorld({ selfPose: pose });
    }
  });
  return (
    <>
      <XROrigin ref={origin} position={[start.x, 0, start.z]} rotation-y={start.yaw} />
      <ComfortVignette origin={origin} />
    </>
  );
}

/**
 * Says when VR can be entered: from the first frame on, <XR> has joined the renderer (entering before
 * that fails with "not connected to three.js").
 */
export function XRReady() {
  const ready = useRef(false);
  useFrame(() => {
    if (ready.current) return;
    ready.current = true;
    setWorld({ xrReady: true });
  });
  useEffect(() => () => setWorld({ xrReady: false }), []);
  return null;
}
