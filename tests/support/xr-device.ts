// The emulated headset and controllers (window.prostudioXRDevice, an IWER XRDevice) as tests move them, and
// the aim of a controller's ray.

export type Device = {
  position: { set(x: number, y: number, z: number): void };
  controllers: Record<
    string,
    {
      connected: boolean;
      position: { set(x: number, y: number, z: number): void };
      quaternion: { set(x: number, y: number, z: number, w: number): void };
      updateButtonValue(id: string, value: number): void;
      updateAxes(id: string, x: number, y: number): void;
    }
  >;
};

/** The quaternion (x, y, z, w) of a controller turned `yaw` (left, radians) and then pitched `pitch` (up). */
export function aim(yaw: number, pitch: number): [number, number, number, number] {
  const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)];
  return [cy * sp, sy * cp, -sy * sp, cy * cp];
}
