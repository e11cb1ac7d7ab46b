// Everything a gallery's floor plan follows from its exhibition: the works on the walls, the sculptures on
// plinths, what walking goes around, and the guided path. Worked out once per exhibition.
import type { HungArtwork } from '@prostudio/backend/contract';
import type { SpaceLayout } from '@prostudio/protocol';
import type { Obstacle } from '../movement/obstacles.ts';
import { tourPath, tourStops, type TourStop } from './gallery-tour.ts';
import { hangArtworks, type Hanging } from './hang-artworks.ts';
import { plinthObstacles, standSculptures, type Plinth } from './place-sculptures.ts';

export interface GalleryPlan {
  readonly hangings: readonly Hanging[];
  readonly plinths: readonly Plinth[];
  readonly obstacles: readonly Obstacle[];
  readonly stops: readonly TourStop[];
  /** The guided path on the floor: from the entrance through every stop. */
  readonly path: readonly { readonly x: number; readonly z: number }[];
}

const EMPTY: GalleryPlan = { hangings: [], plinths: [], obstacles: [], stops: [], path: [] };
const plans = new WeakMap<readonly HungArtwork[], GalleryPlan>();

/** The plan of a room showing `works` (none: an empty plan); the same array gives the same plan object. */
export function galleryPlan(works: readonly HungArtwork[] | undefined, layout: SpaceLayout): GalleryPlan {
  const { bounds, spawn } = layout;
  if (!works) return EMPTY;
  const known = plans.get(works);
  if (known) return known;
  const hangings = hangArtworks(
    works.filter((work) => !work.modelUrl),
    bounds,
  );
  const plinths = standSculptures(
    works.filter((work) => work.modelUrl),
    bounds,
  );
  const obstacles = plinthObstacles(plinths);
  const order = works.map((work) => work.id);
  const stops = tourStops(order, hangings, plinths, bounds, obstacles);
  const plan = { hangings, plinths, obstacles, stops, path: tourPath(spawn, stops, obstacles, bounds) };
  plans.set(works, plan);
  return plan;
}
