import { useEffect, useMemo } from 'react';
import { drawOnBoard } from '../app/visit.ts';
import { useWorld } from '../state/store.ts';
import { type BoardView, createBoardApp } from './board-app.ts';
import type { CanvasApp } from './canvas-app.ts';

/** The classroom board's app while the visitor is in a classroom (the instructor draws; everyone sees). */
export function useClassroomBoard(kind: string): CanvasApp | null {
  const app = useMemo(
    () =>
      kind === 'classroom'
        ? createBoardApp({
            read: (): BoardView | null => useWorld.getState().board,
            subscribe: (listener) =>
              useWorld.subscribe((state, previous) => {
                if (state.board !== previous.board || state.pen !== previous.pen) listener();
              }),
            canDraw: () => useWorld.getState().selfRole === 'instructor',
            pen: () => useWorld.getState().pen,
            send: drawOnBoard,
          })
        : null,
    [kind],
  );
  useEffect(() => app?.start(), [app]);
  return app;
}
