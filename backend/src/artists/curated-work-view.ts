// One work of an exhibition as the world hangs it (contract: hungArtworkSchema), with the place its curator
// gave it: what Prisma loads for it and its view. The gallery (spaces/) and the studio's drafts share it, so a
// preview shows a draft exactly as visitors will see it once it opens.
import type { HungArtwork } from '../contract.ts';

export const curatedWorkSelect = {
  position: true,
  text: true,
  wall: true,
  along: true,
  height: true,
  scale: true,
  floorX: true,
  floorZ: true,
  artwork: { include: { artist: { select: { id: true, name: true } } } },
} as const;

export type CuratedWorkRow = {
  position: number;
  text: string;
  wall: number | null;
  along: number | null;
  height: number | null;
  scale: number | null;
  floorX: number | null;
  floorZ: number | null;
  artwork: {
    id: string;
    title: string;
    year: number;
    medium: string;
    description: string;
    imagePath: string;
    modelPath: string | null;
    width: number;
    height: number;
    artist: { id: string; name: string };
  };
};

export const curatedWorkView = (row: CuratedWorkRow): HungArtwork => ({
  id: row.artwork.id,
  position: row.position,
  title: row.artwork.title,
  artist: row.artwork.artist,
  year: row.artwork.year,
  medium: row.artwork.medium,
  description: row.artwork.description,
  imageUrl: row.artwork.imagePath,
  width: row.artwork.width,
  height: row.artwork.height,
  modelUrl: row.artwork.modelPath,
  text: row.text,
  placement:
    row.wall === null
      ? null
      : { wall: row.wall, along: row.along ?? 0.5, height: row.height, scale: row.scale },
  spot: row.floorX === null || row.floorZ === null ? null : { x: row.floorX, z: row.floorZ },
});
