// Draws the detected skeleton over the performer's mirrored preview, so they see what the camera sees.
import { type Detection, POSE } from '@prostudio/capture';

const BONES: readonly (readonly [number, number])[] = [
  [POSE.leftShoulder, POSE.rightShoulder],
  [POSE.leftHip, POSE.rightHip],
  [POSE.leftShoulder, POSE.leftHip],
  [POSE.rightShoulder, POSE.rightHip],
  [POSE.leftShoulder, POSE.leftElbow],
  [POSE.leftElbow, POSE.leftWrist],
  [POSE.rightShoulder, POSE.rightElbow],
  [POSE.rightElbow, POSE.rightWrist],
  [POSE.leftHip, POSE.leftKnee],
  [POSE.leftKnee, POSE.leftAnkle],
  [POSE.rightHip, POSE.rightKnee],
  [POSE.rightKnee, POSE.rightAnkle],
  [POSE.leftAnkle, POSE.leftFootIndex],
  [POSE.rightAnkle, POSE.rightFootIndex],
];

export function drawSkeleton(canvas: HTMLCanvasElement, detection: Detection | null): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, canvas.width, canvas.height);
  const image = detection?.pose?.image;
  if (!image) return;
  // Mirrored, like the preview: the performer's left hand on their left of the screen.
  const at = (i: number) =>
    [(1 - (image[i]?.x ?? 0)) * canvas.width, (image[i]?.y ?? 0) * canvas.height] as const;
  const seen = (i: number) => (image[i]?.visibility ?? 0) > 0.5;
  context.lineWidth = 3;
  context.strokeStyle = '#7cf2c4';
  for (const [a, b] of BONES) {
    if (!seen(a) || !seen(b)) continue;
    context.beginPath();
    context.moveTo(...at(a));
    context.lineTo(...at(b));
    context.stroke();
  }
  context.fillStyle = '#ffd166';
  for (const hand of detection.hands) {
    for (const point of hand.image) {
      context.fillRect((1 - point.x) * canvas.width - 1.5, point.y * canvas.height - 1.5, 3, 3);
    }
  }
}
