// The guided tour of a gallery: walks the visitor from work to work in the curator's order (in VR, teleports
// them, by the controller's A and B buttons: xr/XRTourButtons.tsx), facing each one. The plan of stops and paths is the gallery's (layout/gallery-plan.ts).
import { LAYOUTS } from '@prostudio/protocol';
import { galleryPlan, type GalleryPlan } from '../layout/gallery-plan.ts';
import type { TourStop } from '../layout/gallery-tour.ts';
import { routeAround } from '../movement/route.ts';
import { walkRoute } from '../movement/walk-request.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { xrStore } from '../xr/xr-store.ts';
import { teleportTo } from '../xr/XRPlayer.tsx';

/** The plan of the gallery the visitor is in, or null elsewhere. */
export function currentGalleryPlan(): GalleryPlan | null {
  const { phase } = useWorld.getState();
  if (phase.kind !== 'inside' || phase.space.kind !== 'gallery') return null;
  return galleryPlan(phase.space.exhibition?.works, LAYOUTS.gallery);
}

/** Takes the visitor to stop `index` of the tour (starting the tour if it was off); past the last, ends it. */
export function goToStop(index: number): void {
  const plan = currentGalleryPlan();
  const stop: TourStop | undefined = plan?.stops[index];
  if (!plan || !stop) {
    endTour();
    return;
  }
  setWorld({ tour: index });
  if (xrStore.getState().session) {
    teleportTo('gallery', stop, plan.obstacles, stop.yaw);
    return;
  }
  const from = useWorld.getState().selfPose ?? LAYOUTS.gallery.spawn;
  walkRoute.current = {
    points: routeAround(from, stop, plan.obstacles, LAYOUTS.gallery.bounds),
    face: stop.yaw,
  };
}

/** Moves the tour on by `step` stops (1 next, -1 back), or starts it at the first. */
export function stepTour(step: number): void {
  const { tour } = useWorld.getState();
  goToStop(tour === null ? 0 : Math.max(0, tour + step));
}

export function endTour(): void {
  if (useWorld.getState().tour !== null) walkRoute.current = null;
  setWorld({ tour: null });
}
