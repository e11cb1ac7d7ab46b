// A real Chromium, driven by playwright-core: Debian's /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // WebGL in software: SwiftShader ships inside Chromium.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Launches headless Chromium with a fresh, empty profile (playwright makes one per launch). */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

/** Flags for a camera that plays a .y4m film (and a page allowed to use it without asking). */
export const fakeCameraFlags = (film: string): string[] => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${film}`,
];

/** Flags for a page that plays sound without a click first (as if the visitor had clicked). */
export const SOUND_WITHOUT_CLICK = ['--autoplay-policy=no-user-gesture-required'];

/** Flags for a microphone that plays a WAV (16-bit PCM; looped), allowed without asking, and sound without a click. */
export const fakeMicrophoneFlags = (wav: string): string[] => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${wav}`,
  ...SOUND_WITHOUT_CLICK,
];
