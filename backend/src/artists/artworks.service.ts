import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Artwork, ArtworkChanges, ArtworkDeleted } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.ts';
import { artworkInclude, artworkView } from './artwork-view.ts';
import { deleteRefusal } from './delete-refusal.ts';

const MEDIA_PATH = /^\/api\/media\/([0-9a-f-]{36})$/;

/**
 * An artist's changes to their own works: editing the details, and deleting a work (with the uploads only it
 * used, so that their storage is freed). Others' works are not found, rather than forbidden: an id alone
 * tells nobody whose work it is.
 */
@Injectable()
export class ArtworksService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async update(userId: string, id: string, changes: ArtworkChanges): Promise<Artwork> {
    await this.ownWork(userId, id);
    const updated = await this.prisma.artwork.update({
      where: { id },
      data: changes,
      include: artworkInclude,
    });
    return artworkView(updated);
  }

  /**
   * Deletes one of the user's works, unless it has been sold (or is being bought), or hangs in an exhibition
   * the venue approved that has not closed: the refusal says which. Its unsold listings, its places in
   * exhibition requests not yet approved and its challenge entries go with it; so do its uploads, unless
   * something else uses them.
   */
  async delete(userId: string, id: string, now = new Date()): Promise<ArtworkDeleted> {
    const work = await this.ownWork(userId, id);
    const [orders, hangings] = await Promise.all([
      this.prisma.order.count({ where: { listing: { artworkId: id } } }),
      this.prisma.exhibitionWork.findMany({
        where: { artworkId: id, exhibition: { status: 'approved' } },
        select: {
          exhibition: { select: { title: true, closesAt: true, space: { select: { name: true } } } },
        },
      }),
    ]);
    const refusal = deleteRefusal(
      work.title,
      orders,
      hangings.map(({ exhibition }) => ({
        title: exhibition.title,
        space: exhibition.space.name,
        closesAt: exhibition.closesAt,
      })),
      now,
    );
    if (refusal) throw new ConflictException(refusal);
    const mediaIds = [work.imagePath, work.modelPath].flatMap(
      (path) => MEDIA_PATH.exec(path ?? '')?.[1] ?? [],
    );
    const freed = await this.prisma.$transaction(async (tx) => {
      await tx.listing.deleteMany({ where: { artworkId: id } });
      await tx.artwork.delete({ where: { id } });
      const unused = [];
      for (const mediaId of mediaIds) {
        const path = `/api/media/${mediaId}`;
        // One query at a time: a transaction's client runs them in turn anyway.
        const works = await tx.artwork.count({ where: { OR: [{ imagePath: path }, { modelPath: path }] } });
        const pictures = await tx.artist.count({ where: { pictureId: mediaId } });
        const submissions = await tx.submission.count({ where: { mediaId } });
        if (works + pictures + submissions > 0) continue;
        const media = await tx.media.findFirst({ where: { id: mediaId, ownerId: userId } });
        if (media) unused.push(media);
      }
      await tx.media.deleteMany({ where: { id: { in: unused.map((media) => media.id) } } });
      return unused;
    });
    // After the commit: a file whose row is gone is unreachable, so failing to remove it loses nothing.
    await Promise.all(
      freed
        .flatMap((media) => [media.storageKey, media.thumbnailKey ?? []].flat())
        .map((key) => this.storage.delete(key).catch(() => undefined)),
    );
    return { id, freedBytes: freed.reduce((sum, media) => sum + media.bytes, 0) };
  }

  private async ownWork(userId: string, id: string) {
    const work = await this.prisma.artwork.findFirst({ where: { id, artist: { userId } } });
    if (!work) throw new NotFoundException('There is no such work among yours.');
    return work;
  }
}
