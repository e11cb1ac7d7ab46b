import type { LayoutProblem } from '@prostudio/protocol';
import { useId } from 'react';
import type { CurateLayout, CurateWork } from '../../curate/curate-layout.ts';

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

interface CuratePanelProps {
  readonly title: string;
  readonly layout: CurateLayout;
  readonly selected: string | null;
  readonly problems: readonly LayoutProblem[];
  readonly saveState: SaveState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly wallNames: readonly string[];
  readonly wallLength: (wall: number) => number;
  readonly onSelect: (id: string | null) => void;
  readonly onEdit: (change: (now: CurateLayout) => CurateLayout) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onSave: () => void;
  readonly onView: (wall: number) => void;
  readonly onBack: () => void;
  readonly moveOnWall: (id: string, place: { wall: number; centre: number; height?: number }) => void;
  readonly moveSpot: (id: string, x: number, z: number) => void;
  readonly resize: (id: string, scale: number) => void;
  readonly setText: (id: string, text: string) => void;
  readonly moveInTour: (id: string, by: number) => void;
}

const metres = (value: number) => value.toFixed(2);
const SAVE_LABEL: Record<SaveState['kind'], string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** Where a work is, in words (for the tour list). */
function placeOf(work: CurateWork, wallNames: readonly string[]): string {
  if (work.spot) return `on a plinth at ${metres(work.spot.x)}, ${metres(work.spot.z)} m`;
  return `${wallNames[work.wall] ?? ''} wall, ${metres(work.centre)} m along, ${metres(work.height)} m high, ${Math.round(work.scale * 100)}%`;
}

/** The curating panel: save and undo, views, the selected work's place and wall text, the tour's order. */
export function CuratePanel(props: CuratePanelProps) {
  const id = useId();
  const { layout, selected, saveState } = props;
  const work = layout.find((one) => one.id === selected) ?? null;
  return (
    <aside className="curate-panel" aria-label="Curating">
      <h1>Curating: {props.title}</h1>
      <div className="curate-actions">
        <button type="button" onClick={props.onSave} disabled={saveState.kind === 'saving'}>
          Save layout
        </button>
        <button
          type="button"
          className="secondary"
          onClick={props.onUndo}
          disabled={!props.canUndo}
          title="Ctrl+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="secondary"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          title="Ctrl+Shift+Z"
        >
          Redo
        </button>
        <button type="button" className="secondary" onClick={props.onBack}>
          Done
        </button>
      </div>
      <p role="status" className={`save-state save-${saveState.kind}`} data-testid="save-state">
        {SAVE_LABEL[saveState.kind]}
      </p>
      {saveState.kind === 'failed' && (
        <p role="alert" className="field-error">
          {saveState.message}
        </p>
      )}
      <div className="curate-views" role="group" aria-label="Walk to a wall">
        {props.wallNames.map((name, wall) => (
          <button key={name} type="button" className="secondary" onClick={() => props.onView(wall)}>
            Face the {name} wall
          </button>
        ))}
      </div>
      {props.problems.length > 0 && (
        <ul className="curate-problems" role="alert" aria-label="What to fix before the venue can hang it">
          {props.problems.map((problem) => (
            <li key={problem.id + problem.message}>{problem.message}</li>
          ))}
        </ul>
      )}
      {work ? (
        <section className="curate-selected" aria-labelledby={`${id}-selected`}>
          <h2 id={`${id}-selected`}>{work.title}</h2>
          <p className="hint">
            Drag it in the room, or:{' '}
            {work.spot
              ? 'arrow keys move the plinth'
              : 'arrow keys move it along the wall, + and − size it, Page Up and Page Down raise and lower it'}
            ; Shift for bigger steps.
          </p>
          {work.spot ? (
            <div className="curate-fields">
              <label>
                Across (m)
                <input
                  type="number"
                  step={0.1}
                  value={metres(work.spot.x)}
                  onChange={(event) => props.moveSpot(work.id, Number(event.target.value), work.spot?.z ?? 0)}
                />
              </label>
              <label>
                Depth (m)
                <input
                  type="number"
                  step={0.1}
                  value={metres(work.spot.z)}
                  onChange={(event) => props.moveSpot(work.id, work.spot?.x ?? 0, Number(event.target.value))}
                />
              </label>
            </div>
          ) : (
            <div className="curate-fields">
              <label>
                Wall
                <select
                  value={work.wall}
                  onChange={(event) => {
                    const wall = Number(event.target.value);
                    props.moveOnWall(work.id, { wall, centre: props.wallLength(wall) / 2 });
                  }}
                >
                  {props.wallNames.map((name, wall) => (
                    <option key={name} value={wall}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Along (m)
                <input
                  type="number"
                  step={0.1}
                  value={metres(work.centre)}
                  onChange={(event) =>
                    props.moveOnWall(work.id, { wall: work.wall, centre: Number(event.target.value) })
                  }
                />
              </label>
              <label>
                Height (m)
                <input
                  type="number"
                  step={0.05}
                  value={metres(work.height)}
                  onChange={(event) =>
                    props.moveOnWall(work.id, {
                      wall: work.wall,
                      centre: work.centre,
                      height: Number(event.target.value),
                    })
                  }
                />
              </label>
              <label>
                Size (%)
                <input
                  type="number"
                  step={10}
                  value={Math.round(work.scale * 100)}
                  onChange={(event) => props.resize(work.id, Number(event.target.value) / 100)}
                />
              </label>
            </div>
          )}
          <label>
            Wall text
            <textarea
              rows={3}
              maxLength={2000}
              value={work.text}
              onChange={(event) => props.setText(work.id, event.target.value)}
            />
          </label>
        </section>
      ) : (
        <p className="hint">
          Click a work in the room, or in the tour below, to place it and write its wall text.
        </p>
      )}
      <section aria-labelledby={`${id}-tour`}>
        <h2 id={`${id}-tour`}>The tour, in order</h2>
        <ol className="curate-tour">
          {layout.map((one, index) => (
            <li key={one.id} className={one.id === selected ? 'selected' : undefined}>
              <button
                type="button"
                className="curate-work"
                aria-pressed={one.id === selected}
                onClick={() => props.onSelect(one.id === selected ? null : one.id)}
              >
                <strong>{one.title}</strong>
                <span>{placeOf(one, props.wallNames)}</span>
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Move ${one.title} earlier in the tour`}
                disabled={index === 0}
                onClick={() => props.moveInTour(one.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Move ${one.title} later in the tour`}
                disabled={index === layout.length - 1}
                onClick={() => props.moveInTour(one.id, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
