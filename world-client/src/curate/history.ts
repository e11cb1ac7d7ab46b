// Undo and redo for the curating mode: every finished edit is a step; a drag shows as it goes and becomes
// one step when it ends.

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** A history with nothing to undo. */
export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** A finished edit: the present becomes a step to undo, and what was undone cannot be redone any more. */
export function commit<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-200), present: next, future: [] };
}

/** Shows `next` without making a step (a drag under way); `settle` makes the step at its end. */
export const preview = <T>(history: History<T>, next: T): History<T> => ({ ...history, present: next });

/** Ends a drag begun at `before`: one step back to where it began (none if nothing moved). */
export function settle<T>(history: History<T>, before: T): History<T> {
  if (before === history.present) return history;
  return { past: [...history.past, before].slice(-200), present: history.present, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
