import {
  BadRequestException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import {
  type ArtistProfile,
  type Artwork,
  type ArtistProfileRequest,
  type ExhibitionRequest,
  isWebLink,
  type NewArtwork,
  type NewExhibition,
  type RequestStatus,
} from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { artworkInclude, artworkView } from './artwork-view.ts';
import { askedDatesProblem } from '../venue/exhibition-schedule.ts';
import { exhibitionRequestInclude, exhibitionRequestView } from '../venue/exhibition-request-view.ts';

/**
 * Artists' profiles, their works (made from their uploads) and the exhibitions they ask to hang in the
 * venue's galleries (requests the venue answers: src/venue/).
 */
@Injectable()
export class ArtistsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /**
   * Creates or updates the signed-in user's artist profile, and gives the account the artist role: anyone may
   * be an artist, as the role only lets one make works and ask for the venue's spaces, never take them.
   */
  async saveProfile(userId: string, request: ArtistProfileRequest): Promise<ArtistProfile> {
    const { pictureId, ...profile } = request;
    if (pictureId) {
      const picture = await this.ownUpload(userId, pictureId, 'body.pictureId');
      if (picture.kind !== 'image')
        throw new BadRequestException('body.pictureId: a picture must be an image.');
    }
    const picture = pictureId === undefined ? {} : { pictureId };
    const artist = await this.prisma.$transaction(async (tx) => {
      const saved = await tx.artist.upsert({
        where: { userId },
        create: { userId, ...profile, ...picture },
        update: { ...profile, ...picture },
      });
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } });
      if (!user.roles.includes('artist')) {
        await tx.user.update({ where: { id: userId }, data: { roles: { push: 'artist' } } });
      }
      return saved;
    });
    return this.profile(artist.id);
  }

  /** The signed-in user's own artist profile, or a 404 that says they have none yet. */
  async myProfile(userId: string): Promise<ArtistProfile> {
    const artist = await this.prisma.artist.findUnique({ where: { userId }, select: { id: true } });
    if (!artist) throw new NotFoundException('You have no artist profile yet.');
    return this.profile(artist.id);
  }

  async profile(artistId: string): Promise<ArtistProfile> {
    const artist = await this.prisma.artist.findUnique({
      where: { id: artistId },
      include: { artworks: { orderBy: { createdAt: 'asc' }, include: artworkInclude } },
    });
    if (!artist) throw new NotFoundException('There is no such artist.');
    return {
      id: artist.id,
      name: artist.name,
      bio: artist.bio,
      // Links saved before only web links were accepted may be javascript: or data: ones: never sent on.
      links: artist.links.filter(isWebLink),
      pictureUrl: artist.pictureId ? `/api/media/${artist.pictureId}` : null,
      works: artist.artworks.map(artworkView),
    };
  }

  /**
   * Makes an artwork of one of the artist's own uploaded images, or a sculpture of an uploaded binary glTF
   * model with an image of it.
   */
  async addArtwork(userId: string, work: NewArtwork): Promise<Artwork> {
    const artist = await this.ownArtist(userId);
    const image = await this.ownUpload(userId, work.mediaId, 'body.mediaId');
    if (image.kind !== 'image' || !image.width || !image.height) {
      throw new BadRequestException(
        work.modelId
          ? 'body.mediaId: a sculpture needs a picture of it (an image).'
          : 'body.mediaId: an artwork on a wall needs an image.',
      );
    }
    const model = work.modelId ? await this.ownUpload(userId, work.modelId, 'body.modelId') : null;
    if (model && model.contentType !== 'model/gltf-binary') {
      throw new BadRequestException(
        'body.modelId: a sculpture needs a binary glTF model (.glb), with everything in the one file.',
      );
    }
    const created = await this.prisma.artwork.create({
      data: {
        artistId: artist.id,
        title: work.title,
        year: work.year,
        medium: work.medium,
        description: work.description,
        tags: work.tags,
        dimensions: work.dimensions,
        imagePath: `/api/media/${image.id}`,
        modelPath: model ? `/api/media/${model.id}` : null,
        width: image.width,
        height: image.height,
      },
      include: artworkInclude,
    });
    return artworkView(created);
  }

  /** One of the user's own uploads, or the error that names the field it came from. */
  private async ownUpload(userId: string, mediaId: string, field: string) {
    const media = await this.prisma.media.findUnique({ where: { id: mediaId } });
    if (!media) throw new NotFoundException(`${field}: there is no such upload.`);
    if (media.ownerId !== userId) throw new ForbiddenException(`${field}: that upload is not yours.`);
    return media;
  }

  /**
   * Asks to hang some of the artist's own works in a gallery, in order, on the dates asked for: a pending
   * exhibition that nobody sees until the venue approves it.
   */
  async curate(
    userId: string,
    request: NewExhibition,
  ): Promise<{ id: string; space: string; status: RequestStatus }> {
    const artist = await this.ownArtist(userId);
    const opensAt = request.opensAt ? new Date(request.opensAt) : null;
    const closesAt = request.closesAt ? new Date(request.closesAt) : null;
    const datesProblem = askedDatesProblem(opensAt, closesAt, new Date());
    if (datesProblem) throw new BadRequestException(datesProblem);
    const space = await this.prisma.space.findUnique({ where: { slug: request.space } });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    if (space.kind !== 'gallery') throw new BadRequestException('body.space: exhibitions hang in galleries.');
    const hung = request.works.map((work) => (typeof work === 'string' ? { id: work, text: '' } : work));
    const ids = hung.map((work) => work.id);
    if (new Set(ids).size !== ids.length)
      throw new BadRequestException('body.works: a work is listed twice.');
    const works = await this.prisma.artwork.findMany({
      where: { id: { in: ids } },
      select: { id: true, artistId: true },
    });
    if (works.length !== ids.length)
      throw new NotFoundException('body.works: some of these works do not exist.');
    if (works.some((work) => work.artistId !== artist.id)) {
      throw new ForbiddenException('body.works: an exhibition may only hang your own works.');
    }
    const exhibition = await this.prisma.exhibition.create({
      data: {
        spaceId: space.id,
        title: request.title,
        text: request.text,
        status: 'pending',
        artistId: artist.id,
        opensAt,
        closesAt,
        works: {
          create: hung.map((work, position) => ({
            artworkId: work.id,
            position,
            text: work.text,
            wall: work.wall ?? null,
            along: work.wall === undefined ? null : (work.along ?? 0.5),
          })),
        },
      },
    });
    return { id: exhibition.id, space: space.slug, status: exhibition.status };
  }

  /** The exhibitions the user asked to hang, latest first, each with where its request stands. */
  async exhibitions(userId: string): Promise<ExhibitionRequest[]> {
    const rows = await this.prisma.exhibition.findMany({
      // Drafts are not requests yet: the studio lists them (api/studio/exhibitions) until they are sent.
      where: { artist: { userId }, submittedAt: { not: null } },
      orderBy: { createdAt: 'desc' },
      take: 100,
      include: exhibitionRequestInclude,
    });
    return rows.map(exhibitionRequestView);
  }

  private async ownArtist(userId: string): Promise<{ id: string }> {
    const artist = await this.prisma.artist.findUnique({ where: { userId }, select: { id: true } });
    if (!artist) throw new ForbiddenException('Make an artist profile first.');
    return artist;
  }
}
