import { type PointerEvent as ReactPointerEvent, useEffect, useRef } from 'react';
import { clearBoardPage, showBoardPage } from '../app/visit.ts';
import type { CanvasApp, PointerPhase } from '../panels/canvas-app.ts';
import { setWorld, useWorld } from '../state/store.ts';

const PENS = [
  { colour: '#1d3557', name: 'Ink' },
  { colour: '#c1121f', name: 'Red' },
  { colour: '#2a9d8f', name: 'Green' },
  { colour: '#f4a261', name: 'Orange' },
] as const;

/** The board's page and, for the instructor, its pens, pages and eraser; and the board shown large. */
export function BoardControls({ app }: { app: CanvasApp }) {
  const board = useWorld((state) => state.board);
  const role = useWorld((state) => state.selfRole);
  const pen = useWorld((state) => state.pen);
  const open = useWorld((state) => state.boardOpen);
  const page = board?.page ?? 0;
  const teaching = role === 'instructor';
  return (
    <>
      <section className="panel board-controls" aria-label="The board">
        <strong>Board</strong> · page {page + 1}
        {teaching && (
          <>
            <button
              type="button"
              className="secondary"
              disabled={page === 0}
              onClick={() => showBoardPage(page - 1)}
            >
              ← Page
            </button>
            <button type="button" className="secondary" onClick={() => showBoardPage(page + 1)}>
              Page →
            </button>
            <span role="radiogroup" aria-label="Pen">
              {PENS.map((choice) => (
                <button
                  key={choice.colour}
                  type="button"
                  role="radio"
                  aria-checked={pen.colour === choice.colour}
                  aria-label={choice.name}
                  className="pen"
                  style={{ background: choice.colour }}
                  onClick={() => setWorld({ pen: { ...pen, colour: choice.colour } })}
                />
              ))}
            </span>
            <button type="button" className="secondary" onClick={() => clearBoardPage(page)}>
              Clear page
            </button>
          </>
        )}
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          onClick={() => setWorld({ boardOpen: !open })}
        >
          {open ? 'Close the board' : teaching ? 'Draw on the board' : 'Look at the board'}
        </button>
      </section>
      {open && <BoardOverlay app={app} />}
    </>
  );
}

/** The board's own canvas on the page, large, taking mouse and touch directly. */
function BoardOverlay({ app }: { app: CanvasApp }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    element.appendChild(app.canvas);
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setWorld({ boardOpen: false });
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('keydown', close);
      if (app.canvas.parentElement === element) element.removeChild(app.canvas);
    };
  }, [app]);
  const forward = (phase: PointerPhase) => (event: ReactPointerEvent<HTMLDivElement>) => {
    if (phase === 'move' && event.buttons === 0) return;
    const rect = app.canvas.getBoundingClientRect();
    if (phase === 'down') event.currentTarget.setPointerCapture(event.pointerId);
    app.pointer(phase, (event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
  };
  return (
    <div
      className="board-overlay"
      ref={holder}
      data-testid="board-overlay"
      onPointerDown={forward('down')}
      onPointerMove={forward('move')}
      onPointerUp={forward('up')}
    />
  );
}
