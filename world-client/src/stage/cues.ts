// A performer's running order on stage: which show is theirs now, what loading its acts onto the stage sends,
// and what stepping to an act sends (its cue, and its lights and screen caption where the act sets them).
// Pure, so it is tested in Node.
import { DOORS_OPEN_MINUTES, type Show, type ShowAct } from '@prostudio/backend/contract';
import type { StageMessage } from '@prostudio/protocol';

/** The show whose doors are open or which is on now, of the stage's upcoming shows (soonest first). */
export function showOnNow(shows: readonly Show[], now: Date): Show | undefined {
  const t = now.getTime();
  return shows.find(
    (show) =>
      show.status === 'approved' &&
      Date.parse(show.startsAt) - DOORS_OPEN_MINUTES * 60_000 <= t &&
      t < Date.parse(show.endsAt),
  );
}

/** Whether the stage already plays this running order (so entering again does not reset the cue). */
export function stagePlays(runningOrder: readonly string[], acts: readonly ShowAct[]): boolean {
  return runningOrder.length === acts.length && acts.every((act, i) => act.title === runningOrder[i]);
}

/** The message that sets the stage for act `index`: its cue, and its lights and screen if it sets them. */
export function cueAct(acts: readonly ShowAct[], index: number): StageMessage | null {
  const act = acts[index];
  if (!act) return null;
  return {
    cue: index,
    ...(act.lights ? { lights: act.lights } : {}),
    ...(act.screen !== undefined ? { screen: act.screen } : {}),
  };
}

/** The message that loads a show's running order onto the stage at its first act. */
export function loadRunningOrder(acts: readonly ShowAct[]): StageMessage | null {
  if (acts.length === 0) return null;
  return { runningOrder: acts.map((act) => act.title), ...cueAct(acts, 0) };
}
