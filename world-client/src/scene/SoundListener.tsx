// Hears from where the visitor's head is: each frame, the camera's place and heading become the sound
// listener's, so a voice on the left is heard on the left, in VR as the head turns.
import { useFrame } from '@react-three/fiber';
import { Quaternion, Vector3 } from 'three';
import { placeListener } from '../voice/sound-session.ts';

const position = new Vector3();
const forward = new Vector3();
const up = new Vector3();
const turn = new Quaternion();

export function SoundListener() {
  useFrame(({ camera }) => {
    camera.getWorldPosition(position);
    camera.getWorldDirection(forward);
    up.set(0, 1, 0).applyQuaternion(camera.getWorldQuaternion(turn));
    placeListener(position, forward, up);
  });
  return null;
}
