// A headset without a headset: with `?xr-emulate` in the address, an emulated Meta Quest 3 (IWER) stands in
// for WebXR, for developers and for the tests, which move it through `window.prostudioXRDevice`.
export async function emulateXRIfAsked(): Promise<void> {
  if (!new URLSearchParams(window.location.search).has('xr-emulate')) return;
  const { XRDevice, metaQuest3 } = await import('iwer');
  const device = new XRDevice(metaQuest3);
  // Chromium exposes navigator.xr even without a headset; the emulator must replace it.
  device.installRuntime({ forceInstall: true });
  device.primaryInputMode = 'controller';
  (window as unknown as { prostudioXRDevice: unknown }).prostudioXRDevice = device;
}
