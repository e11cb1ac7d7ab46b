import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client.ts';

const catalogueSchema = z.array(
  z.object({
    slug: z.string().min(1),
    title: z.string().min(1),
    artist: z.string().min(1),
    year: z.number().int(),
    medium: z.string(),
    description: z.string(),
    file: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** A sculpture's binary glTF model (relative to the catalogue), shown on a plinth. */
    model: z.string().min(1).optional(),
  }),
);

/** The demo venue's spaces, in the order the lobby lists them. */
export const DEMO_SPACES = [
  { slug: 'lobby', kind: 'lobby', name: 'Lobby', description: 'Where every visit starts.' },
  {
    slug: 'main-gallery',
    kind: 'gallery',
    name: 'Main Gallery',
    description: 'Generative works by the venue’s resident artists.',
  },
  { slug: 'main-stage', kind: 'stage', name: 'Main Stage', description: 'Live performances.' },
  { slug: 'studio-classroom', kind: 'classroom', name: 'Studio Classroom', description: 'Workshops.' },
] as const;

// Taken inside the seeding transaction so two processes starting at once seed once.
const SEED_LOCK_KEY = 72707370;

/** Reads the catalogue of sample artworks shipped in assets/artworks. */
export async function readCatalogue(artworksDir: string): Promise<z.infer<typeof catalogueSchema>> {
  const raw: unknown = JSON.parse(await readFile(path.join(artworksDir, 'catalogue.json'), 'utf8'));
  return catalogueSchema.parse(raw);
}

/**
 * Seeds the demo venue the first time (when the database has no spaces): a lobby, a gallery hung with the
 * sample artworks, a stage and a classroom. Returns whether it seeded anything.
 */
export async function seedDemoVenue(prisma: PrismaClient, artworksDir: string): Promise<boolean> {
  const catalogue = await readCatalogue(artworksDir);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    if ((await tx.space.count()) > 0) return false;
    const spaces = new Map<string, string>();
    for (const space of DEMO_SPACES) {
      const created = await tx.space.create({ data: { ...space } });
      spaces.set(space.slug, created.id);
    }
    const artists = new Map<string, string>();
    for (const name of new Set(catalogue.map((work) => work.artist))) {
      const created = await tx.artist.create({
        data: { name, bio: `${name} is a fictional resident artist.` },
      });
      artists.set(name, created.id);
    }
    const exhibition = await tx.exhibition.create({
      data: {
        spaceId: spaces.get('main-gallery') ?? '',
        title: 'Rules and Chance',
        text: 'Works made by code: each begins with a rule, and chance does the rest.',
        // The venue's own collection: approved, and standing (no closing date), shown between visiting ones.
        status: 'approved',
        opensAt: new Date(),
        reviewedAt: new Date(),
      },
    });
    let position = 0;
    for (const work of catalogue) {
      const artwork = await tx.artwork.create({
        data: {
          artistId: artists.get(work.artist) ?? '',
          title: work.title,
          year: work.year,
          medium: work.medium,
          description: work.description,
          imagePath: `/assets/artworks/${work.file}`,
          modelPath: work.model ? `/assets/artworks/${work.model}` : null,
          width: work.width,
          height: work.height,
        },
      });
      await tx.exhibitionWork.create({
        data: { exhibitionId: exhibition.id, artworkId: artwork.id, position: position++ },
      });
    }
    return true;
  });
}
