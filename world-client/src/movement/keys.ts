import type { MoveIntent } from './walker.ts';

/** Keyboard bindings for desktop walking; listed in the help panel. */
export const KEY_BINDINGS = [
  { keys: ['W', '↑'], action: 'Walk forward' },
  { keys: ['S', '↓'], action: 'Walk back' },
  { keys: ['A'], action: 'Step left' },
  { keys: ['D'], action: 'Step right' },
  { keys: ['Q', '←'], action: 'Turn left' },
  { keys: ['E', '→'], action: 'Turn right' },
  { keys: ['Shift'], action: 'Run' },
  { keys: ['Drag'], action: 'Look around' },
  { keys: ['Click floor'], action: 'Walk there' },
  { keys: ['Click a work'], action: 'Open its panel: the artist, what is for sale' },
  { keys: ['Click a seat'], action: 'In a classroom: sit there (walk off to stand up)' },
  { keys: ['Esc'], action: 'Close the work’s panel' },
  { keys: ['T'], action: 'In a gallery: start or end the guided tour' },
  { keys: ['N', 'P'], action: 'On the tour: next work, previous work' },
  { keys: ['VR: A, B'], action: 'In a gallery: the tour’s next work, previous work' },
  { keys: ['1–6'], action: 'React (applause, cheer, heart, laugh, wow, fire)' },
  { keys: ['H'], action: 'Raise or lower your hand' },
  { keys: ['?'], action: 'Show or hide this help' },
  { keys: ['F8'], action: 'Show or hide frame statistics' },
  { keys: ['Touch: the stick'], action: 'Walk (push it the way to go)' },
  { keys: ['Touch: drag the view'], action: 'Look around' },
  { keys: ['Touch: tap the floor'], action: 'Walk there' },
] as const;

const TURN_SPEED = 1.8;

/** Turns the set of held keys (KeyboardEvent.code values) into a walking intent for a frame of `dt` seconds. */
export function intentFromKeys(held: ReadonlySet<string>, dt: number): MoveIntent {
  const has = (...codes: string[]) => codes.some((code) => held.has(code));
  const forward = (has('KeyW', 'ArrowUp') ? 1 : 0) - (has('KeyS', 'ArrowDown') ? 1 : 0);
  const strafe = (has('KeyD') ? 1 : 0) - (has('KeyA') ? 1 : 0);
  const turn = ((has('KeyQ', 'ArrowLeft') ? 1 : 0) - (has('KeyE', 'ArrowRight') ? 1 : 0)) * TURN_SPEED * dt;
  return { forward, strafe, turn, run: has('ShiftLeft', 'ShiftRight') };
}
