// The numbers of the voice mix: per-person gain, which spaces place voices around the listener, and the
// distance curve of a placed voice (Web Audio's inverse model, tuned so a voice 2 m away is clearly louder
// than one 8 m away). Pure.
import type { SpaceKind } from '@prostudio/protocol';

/** A placed voice's PannerNode settings. */
export const SPATIAL_VOICE = {
  panningModel: 'HRTF',
  distanceModel: 'inverse',
  refDistance: 1,
  rolloffFactor: 1.5,
  maxDistance: 50,
} as const satisfies Partial<PannerOptions>;

/** Galleries and the lobby place voices where people stand; on stage and in class everyone is heard alike. */
export function isSpatial(kind: SpaceKind): boolean {
  return kind === 'gallery' || kind === 'lobby';
}

/** The gain a listener gives one talker: their volume (0..2, 1 as sent), or 0 when muted. */
export function talkerGain(volume: number, muted: boolean): number {
  if (muted || !Number.isFinite(volume)) return 0;
  return Math.min(2, Math.max(0, volume));
}

/** The gain of Web Audio's inverse distance model at `distance` metres with the voice settings. */
export function distanceGain(
  distance: number,
  settings: Pick<PannerOptions, 'refDistance' | 'rolloffFactor'> = SPATIAL_VOICE,
): number {
  const ref = settings.refDistance ?? 1;
  const rolloff = settings.rolloffFactor ?? 1;
  return ref / (ref + rolloff * (Math.max(distance, ref) - ref));
}
