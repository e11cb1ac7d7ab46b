import type { StudioExhibition } from '@prostudio/backend/contract';
import { LAYOUTS, WALL_NAMES, wallLength } from '@prostudio/protocol';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { saveDraftLayout } from '../../api/exhibitions.ts';
import {
  type CurateLayout,
  curateLayoutOf,
  curateProblems,
  moveInTour,
  moveOnWall,
  moveSpot,
  nudge,
  resize,
  savedLayout,
  setText,
  sizeOf,
} from '../../curate/curate-layout.ts';
import { commit, type History, preview, redo, settle, startHistory, undo } from '../../curate/history.ts';
import { snapAlong, snapHeight } from '../../curate/snap.ts';
import { type CameraPose, CurateScene, type DragPoint, projectToScreen } from '../../scene/CurateScene.tsx';
import { isTyping } from '../../ui/keyboard.ts';
import { CuratePanel, type SaveState } from './CuratePanel.tsx';

const space = LAYOUTS.gallery;
const { bounds } = space;

/** Where the view buttons put the camera: across the room from each wall, facing it. */
export const VIEWS: readonly CameraPose[] = [
  { x: 0, z: bounds.maxZ - 1, yaw: 0 },
  { x: bounds.minX + 1, z: 0, yaw: -Math.PI / 2 },
  { x: 0, z: bounds.minZ + 1, yaw: Math.PI },
  { x: bounds.maxX - 1, z: 0, yaw: Math.PI / 2 },
];

declare global {
  interface Window {
    /** The curating mode as drawn, for the end-to-end tests: the works' places and a point's screen spot. */
    prostudioCurate?: {
      works(): CurateLayout;
      project(x: number, y: number, z: number): { x: number; y: number } | null;
    };
  }
}

/** Curating a draft in the gallery: the 3D room and the panel beside it, sharing one history of edits. */
export function CurateEditor({ exhibition, onBack }: { exhibition: StudioExhibition; onBack: () => void }) {
  const [history, setHistory] = useState<History<CurateLayout>>(() =>
    startHistory(curateLayoutOf(exhibition.works, space)),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<CameraPose>(() => ({ ...space.spawn }));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [savedAt, setSavedAt] = useState<CurateLayout>(history.present);
  const layout = history.present;
  const problems = useMemo(() => curateProblems(layout, space), [layout]);
  const faulty = useMemo(() => new Set(problems.map((problem) => problem.id)), [problems]);
  const dragStart = useRef<CurateLayout | null>(null);
  const latest = useRef(layout);
  useEffect(() => {
    latest.current = layout;
  });

  const edit = useCallback((change: (now: CurateLayout) => CurateLayout) => {
    setHistory((now) => commit(now, change(now.present)));
  }, []);

  const onDrag = useCallback((id: string, to: DragPoint) => {
    setHistory((now) => {
      const work = now.present.find((one) => one.id === id);
      if (!work) return now;
      if (work.spot) {
        return to.kind === 'floor' ? preview(now, moveSpot(now.present, id, to.x, to.z, bounds)) : now;
      }
      if (to.kind !== 'wall') return now;
      const { width } = sizeOf(work);
      const neighbours = now.present
        .filter((other) => other.id !== id && !other.spot && other.wall === to.point.wall)
        .map((other) => ({ centre: other.centre, width: sizeOf(other).width, height: other.height }));
      const centre = snapAlong(to.point.t, width, neighbours);
      const height = snapHeight(to.point.y, neighbours);
      return preview(now, moveOnWall(now.present, id, { wall: to.point.wall, centre, height }, bounds));
    });
  }, []);
  const onDragStart = useCallback(() => {
    dragStart.current = latest.current;
  }, []);
  const onDragEnd = useCallback(() => {
    const before = dragStart.current;
    dragStart.current = null;
    if (before) setHistory((now) => settle(now, before));
  }, []);

  const save = useCallback(async () => {
    const saving = latest.current;
    setSaveState({ kind: 'saving' });
    try {
      await saveDraftLayout(exhibition.id, savedLayout(saving, bounds));
      setSavedAt(saving);
      setSaveState({ kind: 'saved' });
    } catch (error) {
      setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [exhibition.id]);

  // Keys: undo and redo anywhere but in a text field; with a work selected, arrows move it, + and - size
  // it, Page Up and Page Down raise and lower it. They are taken before the camera sees them.
  useEffect(() => {
    const keys = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const take = () => {
        event.preventDefault();
        event.stopImmediatePropagation();
      };
      if (mod && event.key.toLowerCase() === 'z') {
        take();
        setHistory((now) => (event.shiftKey ? redo(now) : undo(now)));
        return;
      }
      if (mod && event.key.toLowerCase() === 'y') {
        take();
        setHistory(redo);
        return;
      }
      if (mod && event.key.toLowerCase() === 's') {
        take();
        void save();
        return;
      }
      if (!selected || mod || event.altKey) return;
      const step = event.shiftKey ? 0.5 : 0.1;
      const id = selected;
      const scaled = (now: CurateLayout, by: number) =>
        resize(now, id, (now.find((one) => one.id === id)?.scale ?? 1) + by, bounds);
      const moves: Record<string, (now: CurateLayout) => CurateLayout> = {
        ArrowLeft: (now) => nudge(now, id, { along: -step, x: -step }, bounds),
        ArrowRight: (now) => nudge(now, id, { along: step, x: step }, bounds),
        ArrowUp: (now) => nudge(now, id, { up: 0.05, z: -step }, bounds),
        ArrowDown: (now) => nudge(now, id, { up: -0.05, z: step }, bounds),
        PageUp: (now) => nudge(now, id, { up: 0.05 }, bounds),
        PageDown: (now) => nudge(now, id, { up: -0.05 }, bounds),
        '+': (now) => scaled(now, 0.1),
        '=': (now) => scaled(now, 0.1),
        '-': (now) => scaled(now, -0.1),
      };
      if (event.key === 'Escape') {
        setSelected(null);
        return;
      }
      const move = moves[event.key];
      if (!move) return;
      take();
      setHistory((now) => commit(now, move(now.present)));
    };
    window.addEventListener('keydown', keys, { capture: true });
    return () => window.removeEventListener('keydown', keys, { capture: true });
  }, [selected, save]);

  useEffect(() => {
    window.prostudioCurate = { works: () => latest.current, project: projectToScreen };
    return () => {
      delete window.prostudioCurate;
    };
  }, []);

  const unsaved = layout !== savedAt;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return (
    <>
      <CurateScene
        works={layout}
        selected={selected}
        faulty={faulty}
        view={view}
        onSelect={setSelected}
        onDragStart={onDragStart}
        onDrag={onDrag}
        onDragEnd={onDragEnd}
      />
      <CuratePanel
        title={exhibition.title}
        layout={layout}
        selected={selected}
        problems={problems}
        saveState={unsaved && saveState.kind === 'saved' ? { kind: 'unsaved' } : saveState}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        onSelect={(id) => {
          setSelected(id);
          // Chosen from the list, a picture is shown: the camera turns to its wall.
          const work = layout.find((one) => one.id === id);
          if (work && !work.spot) setView({ ...(VIEWS[work.wall] ?? space.spawn) });
        }}
        onEdit={edit}
        onUndo={() => setHistory(undo)}
        onRedo={() => setHistory(redo)}
        onSave={() => void save()}
        onView={(wall) => setView({ ...(VIEWS[wall] ?? space.spawn) })}
        onBack={onBack}
        wallNames={WALL_NAMES}
        wallLength={(wall) => wallLength(bounds, wall)}
        moveOnWall={(id, place) => edit((now) => moveOnWall(now, id, place, bounds))}
        moveSpot={(id, x, z) => edit((now) => moveSpot(now, id, x, z, bounds))}
        resize={(id, scale) => edit((now) => resize(now, id, scale, bounds))}
        setText={(id, text) => edit((now) => setText(now, id, text))}
        moveInTour={(id, by) => edit((now) => moveInTour(now, id, by))}
      />
    </>
  );
}
