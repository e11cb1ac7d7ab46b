// The gallery as drawn, for anyone who wants to check it (the end-to-end tests read it here): the sculptures,
// and the work card open in VR.
import { Box3, type Object3D, type Mesh } from 'three';

interface SculptureView {
  readonly model: Object3D | null;
  readonly turntable: Object3D | null;
  readonly failed: boolean;
}

const shown = new Map<string, () => SculptureView>();
/** The title of the work whose card is open in VR, or null. */
let card: string | null = null;

/** Notes that the card for `title` is open; returns the closing. */
export function registerCard(title: string): () => void {
  card = title;
  return () => {
    if (card === title) card = null;
  };
}

/** A work on the walls as drawn: its title, centre, the way it faces, and its size (metres). */
export interface ArtworkReport {
  readonly title: string;
  readonly position: readonly number[];
  readonly yaw: number;
  readonly width: number;
  readonly height: number;
}
let hung: readonly ArtworkReport[] = [];

/** Lists the works drawn on the walls; returns the undoing. */
export function registerArtworks(works: readonly ArtworkReport[]): () => void {
  hung = works;
  return () => {
    if (hung === works) hung = [];
  };
}

/** Lists the sculpture `title` as drawn by `view`; returns the undoing. */
export function registerSculpture(title: string, view: () => SculptureView): () => void {
  shown.set(title, view);
  return () => {
    if (shown.get(title) === view) shown.delete(title);
  };
}

/** What one sculpture looks like in the room: loaded or not, its triangles, where it stands, how it turns. */
export interface SculptureReport {
  readonly title: string;
  readonly state: 'loading' | 'shown' | 'failed';
  readonly triangles: number;
  /** Its box in the room (metres). */
  readonly min: number[];
  readonly max: number[];
  /** The turntable's angle (radians). */
  readonly turn: number;
}

function triangles(model: Object3D): number {
  let count = 0;
  model.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh) return;
    const geometry = mesh.geometry;
    count += (geometry.index?.count ?? geometry.attributes.position?.count ?? 0) / 3;
  });
  return count;
}

declare global {
  interface Window {
    prostudioGallery?: {
      sculptures(): SculptureReport[];
      /** The works on the walls, where they hang. */
      artworks(): readonly ArtworkReport[];
      /** The work whose card is open in VR (its title), or null. */
      card(): string | null;
    };
  }
}

window.prostudioGallery = {
  card: () => card,
  artworks: () => hung,
  sculptures: () =>
    [...shown].map(([title, view]) => {
      const { model, turntable, failed } = view();
      const box = model ? new Box3().setFromObject(model) : null;
      return {
        title,
        state: failed ? 'failed' : model ? 'shown' : 'loading',
        triangles: model ? triangles(model) : 0,
        min: box ? box.min.toArray() : [],
        max: box ? box.max.toArray() : [],
        turn: turntable?.rotation.y ?? 0,
      };
    }),
};
