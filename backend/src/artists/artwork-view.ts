import type { Artwork } from '../contract.ts';

/** An artwork row as the API reads it, with its artist's id and name. */
export interface ArtworkRow {
  id: string;
  title: string;
  year: number;
  medium: string;
  description: string;
  imagePath: string;
  modelPath: string | null;
  width: number;
  height: number;
  tags: string[];
  dimensions: string;
  artist: { id: string; name: string };
}

/** What to include with an artwork so that `artworkView` can show it. */
export const artworkInclude = { artist: { select: { id: true, name: true } } } as const;

/** A work as its artist's page and studio show it (not placed in any exhibition). */
export const artworkView = (work: ArtworkRow): Artwork => ({
  id: work.id,
  title: work.title,
  artist: work.artist,
  year: work.year,
  medium: work.medium,
  description: work.description,
  imageUrl: work.imagePath,
  width: work.width,
  height: work.height,
  modelUrl: work.modelPath,
  tags: work.tags,
  dimensions: work.dimensions,
});
