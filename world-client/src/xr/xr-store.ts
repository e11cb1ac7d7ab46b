// The WebXR session of the venue (@react-three/xr): headset and controllers, teleport and smooth
// locomotion. Nothing is fetched from outside: the controller profiles (layouts and models) come from the
// venue itself (@webxr-input-profiles/assets, served at /assets/xr-profiles/).
import { createXRStore } from '@react-three/xr';

export const xrStore = createXRStore({
  // Emulation is ours to install (xr/emulate.ts), not the library's: Chromium already has navigator.xr.
  emulate: false,
  offerSession: false,
  // An absolute address: the profile loader resolves file names against it with new URL().
  baseAssetPath: new URL('/assets/xr-profiles/', window.location.origin).href,
  // One pointer per hand, the straight ray: it draws on panels, opens works, and on the floor teleports
  // (scene/RoomShell). Of several pointers only the one with the nearest hit is live, so a grab pointer
  // (touching the controller's own model) or a teleport arc (landing on the floor a few metres ahead)
  // would keep the ray from ever reaching a board across the room.
  // A trigger pulled and let go within 1.5 s is a click. The press and the release are seen on frames, so
  // the library's default (300 ms) misses clicks whenever frames come slowly; nothing here needs a long
  // press told from a click.
  controller: { grabPointer: false, rayPointer: { clickThresholdMs: 1500 } },
  hand: { grabPointer: false, rayPointer: { clickThresholdMs: 1500 } },
});

/** Whether this browser can enter VR (a headset, or the emulator); false when it cannot say. */
export async function canEnterVR(): Promise<boolean> {
  try {
    return (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false;
  } catch {
    return false;
  }
}
