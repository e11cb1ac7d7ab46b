// Where the performer's streamed body comes from: the camera, the headset, or both (the headset's head
// and arms with the camera's legs and face). Whatever is live goes out on the pose stream.
import { type BodyParts, headsetWithCamera } from '@prostudio/capture';
import { streamBody } from '../app/visit.ts';

let camera: BodyParts | null = null;
let headset: BodyParts | null = null;

/** The body the visitor streams now (camera, headset, or both merged), or null. */
export function localBody(): BodyParts | null {
  return headset && camera ? headsetWithCamera(headset, camera) : (headset ?? camera);
}

function publish(): void {
  streamBody(localBody());
}

/** The camera's latest body, or null when it stopped or lost the performer. */
export function bodyFromCamera(body: BodyParts | null): void {
  camera = body;
  publish();
}

/** The headset's latest body, or null outside VR. */
export function bodyFromHeadset(body: BodyParts | null): void {
  headset = body;
  publish();
}
