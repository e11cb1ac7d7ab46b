// An exhibition as a request to the venue (contract: exhibitionRequestSchema): what Prisma loads for one and
// its view, for the artist who asked and the staff who answer.
import type { ExhibitionRequest } from '../contract.ts';
import type { VenueRequestStatus } from '../generated/prisma/client.ts';

export const exhibitionRequestInclude = {
  space: { select: { slug: true, name: true } },
  artist: { select: { id: true, name: true } },
  works: {
    orderBy: { position: 'asc' },
    select: { artwork: { select: { id: true, title: true, imagePath: true } } },
  },
} as const;

export type ExhibitionRequestRow = {
  id: string;
  title: string;
  text: string;
  status: VenueRequestStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  declineReason: string | null;
  createdAt: Date;
  space: { slug: string; name: string };
  artist: { id: string; name: string } | null;
  works: { artwork: { id: string; title: string; imagePath: string } }[];
};

export const exhibitionRequestView = (row: ExhibitionRequestRow): ExhibitionRequest => ({
  id: row.id,
  title: row.title,
  text: row.text,
  space: row.space,
  artist: row.artist,
  status: row.status,
  opensAt: row.opensAt?.toISOString() ?? null,
  closesAt: row.closesAt?.toISOString() ?? null,
  declineReason: row.declineReason,
  requestedAt: row.createdAt.toISOString(),
  works: row.works.map(({ artwork }) => ({
    id: artwork.id,
    title: artwork.title,
    imageUrl: artwork.imagePath,
  })),
});
