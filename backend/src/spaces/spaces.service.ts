import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { SpaceDetail, SpaceSummary } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';

const summaryFields = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  description: true,
  capacity: true,
} as const;

@Injectable()
export class SpacesService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Every space of the venue, lobby first. */
  async list(): Promise<SpaceSummary[]> {
    return this.prisma.space.findMany({
      select: summaryFields,
      orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }],
    });
  }

  /** One space with the exhibition it shows now (the newest), works in hanging order. */
  async get(slug: string): Promise<SpaceDetail> {
    const space = await this.prisma.space.findUnique({
      where: { slug },
      select: {
        ...summaryFields,
        exhibitions: {
          orderBy: { createdAt: 'desc' },
          take: 1,
          select: {
            id: true,
            title: true,
            text: true,
            works: {
              orderBy: { position: 'asc' },
              select: {
                position: true,
                text: true,
                wall: true,
                along: true,
                artwork: { include: { artist: { select: { id: true, name: true } } } },
              },
            },
          },
        },
      },
    });
    if (!space) throw new NotFoundException(`There is no space called "${slug}".`);
    const { exhibitions, ...summary } = space;
    const current = exhibitions[0];
    return {
      ...summary,
      exhibition: current
        ? {
            id: current.id,
            title: current.title,
            text: current.text,
            works: current.works.map(({ position, text, wall, along, artwork }) => ({
              id: artwork.id,
              position,
              title: artwork.title,
              artist: artwork.artist,
              year: artwork.year,
              medium: artwork.medium,
              description: artwork.description,
              imageUrl: artwork.imagePath,
              width: artwork.width,
              height: artwork.height,
              modelUrl: artwork.modelPath,
              text,
              placement: wall === null ? null : { wall, along: along ?? 0.5 },
            })),
          }
        : null,
    };
  }
}
