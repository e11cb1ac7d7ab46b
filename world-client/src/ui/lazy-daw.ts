import { lazy } from 'react';

/**
 * The DAW over a room's song, loaded when first opened: it brings Tone.js, which makes an AudioContext of its
 * own as it loads, and a visit that never opens the DAW needs neither.
 */
export const SharedDaw = lazy(() =>
  import('./SharedDaw.tsx').then((module) => ({ default: module.SharedDaw })),
);
