import type { SpaceLayout } from '@prostudio/protocol';
import { useLiveSet } from '../live/live-set-session.ts';
import { Panel } from './Panel.tsx';

/**
 * The performer's DAW, while it is open, on the console in front of their spot: facing them (its back, which
 * the audience would see, is not drawn), at a hand's height, wide enough for a headset's rays to play.
 */
export function StageConsolePanel({ layout }: { layout: SpaceLayout }) {
  const app = useLiveSet((state) => state.console);
  const spot = layout.performerSpot;
  if (!app || !spot) return null;
  // The performer faces the audience (+z): the console is 0.9 m in front of them, turned to face them.
  return (
    <Panel
      app={app}
      name="stage-console-daw"
      width={1.4}
      position={[spot.x, 1.35, spot.z + 0.9]}
      rotationY={Math.PI}
    />
  );
}
