// The visitor's body as the headset and controllers place it, for the pose stream: read each XR frame
// (at most 30 times a second), solved by capture's headset IK and retargeter.
import { BodyRetargeter, toBodyArray, STANDARD_RIG, type TrackedPose, trackedBody } from '@prostudio/capture';
import { type Camera, type Object3D, Quaternion, Vector3 } from 'three';
import { bodyFromHeadset } from '../capture/body-source.ts';

const INTERVAL_MS = 1000 / 30;
const retargeter = new BodyRetargeter(STANDARD_RIG);
let lastAt = 0;

const position = new Vector3();
const rotation = new Quaternion();
const originRotation = new Quaternion();

function tracked(object: Object3D | Camera): TrackedPose {
  object.getWorldPosition(position);
  object.getWorldQuaternion(rotation);
  return { position: position.toArray(), rotation: rotation.toArray() as TrackedPose['rotation'] };
}

/** A grip pose from the XR frame, in the room (through the play area's origin). */
function grip(
  frame: XRFrame,
  space: XRSpace,
  reference: XRReferenceSpace,
  origin: Object3D,
): TrackedPose | undefined {
  const pose = frame.getPose(space, reference);
  if (!pose) return undefined;
  const { position: p, orientation: o } = pose.transform;
  origin.getWorldQuaternion(originRotation);
  const at = new Vector3(p.x, p.y, p.z).applyMatrix4(origin.matrixWorld);
  const turn = originRotation.clone().multiply(new Quaternion(o.x, o.y, o.z, o.w));
  return { position: at.toArray(), rotation: turn.toArray() as TrackedPose['rotation'] };
}

export function streamHeadsetBody(
  camera: Camera,
  origin: Object3D,
  frame: XRFrame | undefined,
  reference: XRReferenceSpace | null,
): void {
  const now = performance.now();
  if (now - lastAt < INTERVAL_MS) return;
  lastAt = now;
  const hands: { left?: TrackedPose; right?: TrackedPose } = {};
  if (frame && reference) {
    for (const source of frame.session.inputSources) {
      if (!source.gripSpace || (source.handedness !== 'left' && source.handedness !== 'right')) continue;
      const pose = grip(frame, source.gripSpace, reference, origin);
      if (pose) hands[source.handedness] = pose;
    }
  }
  const body = trackedBody({ head: tracked(camera), ...hands }, STANDARD_RIG);
  bodyFromHeadset({
    time: Date.now(),
    body: toBodyArray(retargeter.solve(body.points)),
    hands: null,
    face: null,
    hipsHeight: body.root.y,
  });
}

export function stopHeadsetBody(): void {
  bodyFromHeadset(null);
}
