import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { NewSong, SavedSong, Song, SongSummary } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.ts';
import { readSongState } from './song-state.ts';

const summary = (row: {
  id: string;
  name: string;
  bytes: number;
  version: number;
  updatedAt: Date;
}): SongSummary => ({
  id: row.id,
  name: row.name,
  bytes: row.bytes,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

/** A song's state checked, or the refusal that says why it cannot be kept. */
function checked(base64: string): Uint8Array<ArrayBuffer> {
  const state = readSongState(base64);
  if ('refusal' in state) throw new BadRequestException(state.refusal);
  return Uint8Array.from(state.bytes);
}

/**
 * Songs made in the DAW, each its owner's alone: kept whole as their Yjs document, counted in the plan's
 * storage, and saved only from the newest copy (a save from an older one is refused, not lost silently).
 */
@Injectable()
export class MusicService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(SubscriptionsService) private readonly subscriptions: SubscriptionsService,
  ) {}

  async list(ownerId: string): Promise<SongSummary[]> {
    const rows = await this.prisma.song.findMany({
      where: { ownerId },
      orderBy: { updatedAt: 'desc' },
      select: { id: true, name: true, bytes: true, version: true, updatedAt: true },
    });
    return rows.map(summary);
  }

  async create(ownerId: string, body: NewSong): Promise<SongSummary> {
    const state = checked(body.state);
    await this.subscriptions.checkStorage(ownerId, state.byteLength);
    const row = await this.prisma.song.create({
      data: { ownerId, name: body.name, state, bytes: state.byteLength },
    });
    return summary(row);
  }

  async get(ownerId: string, id: string): Promise<Song> {
    const row = await this.prisma.song.findFirst({ where: { id, ownerId } });
    if (!row) throw new NotFoundException('There is no such song of yours.');
    return { ...summary(row), state: Buffer.from(row.state).toString('base64') };
  }

  async save(ownerId: string, id: string, body: SavedSong): Promise<SongSummary> {
    const state = checked(body.state);
    const current = await this.prisma.song.findFirst({ where: { id, ownerId }, select: { bytes: true } });
    if (!current) throw new NotFoundException('There is no such song of yours.');
    await this.subscriptions.checkStorage(ownerId, Math.max(0, state.byteLength - current.bytes));
    // Only over the version the save was made from: one made from an older copy changes nothing.
    const { count } = await this.prisma.song.updateMany({
      where: { id, ownerId, version: body.version },
      data: {
        name: body.name,
        state,
        bytes: state.byteLength,
        version: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    if (count === 0)
      throw new ConflictException(
        'This song was saved from somewhere else since you opened it: open it again to get the newest, ' +
          'or save yours as a new song.',
      );
    const row = await this.prisma.song.findFirstOrThrow({ where: { id, ownerId } });
    return summary(row);
  }

  async remove(ownerId: string, id: string): Promise<void> {
    const { count } = await this.prisma.song.deleteMany({ where: { id, ownerId } });
    if (count === 0) throw new NotFoundException('There is no such song of yours.');
  }
}
