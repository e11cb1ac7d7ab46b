// Sitting in the classroom: the visitor walks to a seat around the others and sits facing the board (in VR,
// is taken there); walking off stands them up. The seats are the classroom's (layout/classroom-seats.ts).
import { LAYOUTS } from '@prostudio/protocol';
import { classroomSeats, nearestFreeSeat, seatObstacles, type Seat } from '../layout/classroom-seats.ts';
import { routeAround } from '../movement/route.ts';
import { walkRoute } from '../movement/walk-request.ts';
import { setWorld, useWorld } from '../state/store.ts';
import { xrStore } from '../xr/xr-store.ts';
import { teleportTo } from '../xr/XRPlayer.tsx';

const { bounds, spawn } = LAYOUTS.classroom;
export const SEATS: readonly Seat[] = classroomSeats(bounds);

/** Walks the visitor to `seat` (around the other seats) to sit in it, facing the board. */
export function sitIn(seat: Seat): void {
  const around = seatObstacles(SEATS, seat.id);
  if (xrStore.getState().session) {
    teleportTo('classroom', seat, around);
    setWorld({ seat: { id: seat.id, seated: true } });
    return;
  }
  const from = useWorld.getState().selfPose ?? spawn;
  setWorld({ seat: { id: seat.id, seated: false } });
  walkRoute.current = { points: routeAround(from, seat, around, bounds), face: seat.yaw };
}

/** Sits the visitor in the nearest seat nobody is in; false when every seat is taken. */
export function takeASeat(): boolean {
  const { selfPose, people } = useWorld.getState();
  const seat = nearestFreeSeat(SEATS, selfPose ?? spawn, people);
  if (seat) sitIn(seat);
  return seat !== null;
}

/** Stands the visitor up (they stay where they are, and may walk off). */
export function standUp(): void {
  if (useWorld.getState().seat) setWorld({ seat: null });
}
