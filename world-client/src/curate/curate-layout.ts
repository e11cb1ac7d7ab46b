// The curating mode's model of a draft: each work with its place in metres (a wall and a centre along it, a
// height and a size; or a plinth's spot), its wall text, and the tour's order. Made from the draft as saved
// (works the curator has not placed yet start where the gallery would hang them), edited by small pure
// operations, and turned back into the layout the API saves.
import type { DraftLayout, HungArtwork } from '@prostudio/backend/contract';
import {
  alongForCentre,
  HANGING,
  layoutProblems,
  PLINTH_SPOT,
  sizeOnWall,
  startOnWall,
  wallLength,
  type FloorBounds,
  type LayoutProblem,
  type SpaceLayout,
} from '@prostudio/protocol';
import { hangArtworks } from '../layout/hang-artworks.ts';
import { standSculptures } from '../layout/place-sculptures.ts';

export interface CurateWork {
  readonly id: string;
  readonly title: string;
  readonly imageUrl: string;
  readonly modelUrl: string | null;
  /** The picture's size in pixels (its aspect ratio). */
  readonly pixels: { readonly width: number; readonly height: number };
  readonly text: string;
  /** A picture's place: a wall, its centre (metres from the wall's left end), its centre's height, its size. */
  readonly wall: number;
  readonly centre: number;
  readonly height: number;
  readonly scale: number;
  /** A sculpture's plinth. */
  readonly spot: { readonly x: number; readonly z: number } | null;
}

/** The works in tour order. */
export type CurateLayout = readonly CurateWork[];

const yawToWall = (yaw: number): number => {
  const quarter = Math.round(yaw / (Math.PI / 2));
  return quarter === 0 ? 0 : quarter === -1 ? 1 : quarter === 1 ? 3 : 2;
};

/** A picture's size on the wall (metres). */
export const sizeOf = (work: CurateWork) => sizeOnWall(work.pixels.width, work.pixels.height, work.scale);

/** The curating model of a draft's works (in tour order), each given a place. */
export function curateLayoutOf(works: readonly HungArtwork[], layout: SpaceLayout): CurateLayout {
  const { bounds } = layout;
  const pictures = works.filter((work) => !work.modelUrl);
  const hung = new Map(hangArtworks(pictures, bounds).map((hanging) => [hanging.id, hanging]));
  const plinths = new Map(
    standSculptures(
      works.filter((work) => work.modelUrl),
      bounds,
    ).map((p) => [p.id, p]),
  );
  return works.map((work) => {
    const base = {
      id: work.id,
      title: work.title,
      imageUrl: work.imageUrl,
      modelUrl: work.modelUrl,
      pixels: { width: work.width, height: work.height },
      text: work.text,
      scale: work.placement?.scale ?? 1,
      height: work.placement?.height ?? HANGING.eyeLine,
    };
    if (work.modelUrl) {
      const plinth = plinths.get(work.id);
      const spot = work.spot ?? (plinth ? { x: plinth.x, z: plinth.z } : { x: 0, z: 0 });
      return { ...base, wall: 0, centre: 0, spot };
    }
    const size = sizeOnWall(work.width, work.height, base.scale);
    if (work.placement) {
      const length = wallLength(bounds, work.placement.wall);
      const centre = startOnWall(work.placement.along, size.width, length) + size.width / 2;
      return { ...base, wall: work.placement.wall, centre, spot: null };
    }
    const hanging = hung.get(work.id);
    if (!hanging) return { ...base, wall: 2, centre: wallLength(bounds, 2) / 2, spot: null };
    const wall = yawToWall(hanging.yaw);
    const [x, , z] = hanging.position;
    const t = [x - bounds.minX, z - bounds.minZ, bounds.maxX - x, bounds.maxZ - z][wall] ?? 0;
    return { ...base, wall, centre: t, spot: null };
  });
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const update = (layout: CurateLayout, id: string, change: (work: CurateWork) => CurateWork): CurateLayout =>
  layout.map((work) => (work.id === id ? change(work) : work));

/** The centre kept within the wall's margins for a work of its size. */
function keepOnWall(work: CurateWork, bounds: FloorBounds): CurateWork {
  const { width } = sizeOf(work);
  const length = wallLength(bounds, work.wall);
  const low = HANGING.margin + width / 2;
  const high = length - HANGING.margin - width / 2;
  return { ...work, centre: low > high ? length / 2 : clamp(work.centre, low, high) };
}

/** Moves a picture to `centre` along wall `wall` at `height` (kept on the wall). */
export function moveOnWall(
  layout: CurateLayout,
  id: string,
  place: { wall: number; centre: number; height?: number },
  bounds: FloorBounds,
): CurateLayout {
  return update(layout, id, (work) =>
    keepOnWall(
      { ...work, wall: place.wall, centre: place.centre, height: place.height ?? work.height },
      bounds,
    ),
  );
}

/** Stands a sculpture's plinth at (x, z), kept clear of the walls. */
export function moveSpot(
  layout: CurateLayout,
  id: string,
  x: number,
  z: number,
  bounds: FloorBounds,
): CurateLayout {
  const clear = PLINTH_SPOT.wallClearance;
  return update(layout, id, (work) => ({
    ...work,
    spot: {
      x: clamp(x, bounds.minX + clear, bounds.maxX - clear),
      z: clamp(z, bounds.minZ + clear, bounds.maxZ - clear),
    },
  }));
}

/** Nudges a work: a picture along its wall and up or down, a sculpture across the floor (metres). */
export function nudge(
  layout: CurateLayout,
  id: string,
  by: { along?: number; up?: number; x?: number; z?: number },
  bounds: FloorBounds,
): CurateLayout {
  const work = layout.find((one) => one.id === id);
  if (!work) return layout;
  if (work.spot) return moveSpot(layout, id, work.spot.x + (by.x ?? 0), work.spot.z + (by.z ?? 0), bounds);
  return moveOnWall(
    layout,
    id,
    { wall: work.wall, centre: work.centre + (by.along ?? 0), height: work.height + (by.up ?? 0) },
    bounds,
  );
}

/** Sets a picture's size against its default, within the rules' limits (rounded to a percent). */
export function resize(layout: CurateLayout, id: string, scale: number, bounds: FloorBounds): CurateLayout {
  const kept = Math.round(clamp(scale, HANGING.minScale, HANGING.maxScale) * 100) / 100;
  return update(layout, id, (work) => keepOnWall({ ...work, scale: kept }, bounds));
}

export const setText = (layout: CurateLayout, id: string, text: string): CurateLayout =>
  update(layout, id, (work) => ({ ...work, text }));

/** Moves a work `by` places in the tour (earlier when negative). */
export function moveInTour(layout: CurateLayout, id: string, by: number): CurateLayout {
  const from = layout.findIndex((work) => work.id === id);
  const to = clamp(from + by, 0, layout.length - 1);
  if (from < 0 || from === to) return layout;
  const next = [...layout];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** The layout as the API saves it (places rounded to the millimetre). */
export function savedLayout(layout: CurateLayout, bounds: FloorBounds): DraftLayout {
  const mm = (value: number) => Math.round(value * 1000) / 1000;
  return {
    works: layout.map((work) => {
      if (work.spot)
        return {
          id: work.id,
          text: work.text,
          placement: null,
          spot: { x: mm(work.spot.x), z: mm(work.spot.z) },
        };
      const { width } = sizeOf(work);
      const along = alongForCentre(work.centre, width, wallLength(bounds, work.wall));
      return {
        id: work.id,
        text: work.text,
        placement: {
          wall: work.wall,
          along,
          height: mm(work.height),
          scale: work.scale,
        },
        spot: null,
      };
    }),
  };
}

/** What breaks the hanging rules (the same the API checks before it saves). */
export function curateProblems(layout: CurateLayout, space: SpaceLayout): LayoutProblem[] {
  const saved = savedLayout(layout, space.bounds);
  return layoutProblems(
    layout.map((work, index) => ({
      id: work.id,
      title: work.title,
      width: work.pixels.width,
      height: work.pixels.height,
      sculpture: work.modelUrl !== null,
      placement: saved.works[index]?.placement ?? null,
      spot: saved.works[index]?.spot ?? null,
    })),
    space,
  );
}

/** The drafted works as the gallery will receive them once approved (for the preview). */
export function previewWorks(
  works: readonly HungArtwork[],
  layout: CurateLayout,
  bounds: FloorBounds,
): HungArtwork[] {
  const byId = new Map(works.map((work) => [work.id, work]));
  const saved = savedLayout(layout, bounds);
  return saved.works.flatMap((place, position) => {
    const work = byId.get(place.id);
    return work
      ? [{ ...work, position, text: place.text, placement: place.placement, spot: place.spot }]
      : [];
  });
}
