import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.ts';
import { MAX_SONG_BYTES } from '../contract/music.ts';

/**
 * Classrooms' songs, which their classes make together in the DAW: the world server keeps each in its room
 * while the class is in, and hands it here to keep between sessions (the room has checked it: a song the DAW
 * can play, no larger than a saved song).
 */
@Injectable()
export class ClassroomSongsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** The song kept for the classroom `space` (a slug), or null. */
  async load(space: string): Promise<Uint8Array | null> {
    const row = await this.prisma.classroomSong.findFirst({ where: { space: { slug: space } } });
    return row ? Uint8Array.from(row.state) : null;
  }

  /** Keeps `state` as the classroom's song; a space that is not a classroom keeps nothing. */
  async save(space: string, state: Uint8Array): Promise<void> {
    if (state.byteLength > MAX_SONG_BYTES) throw new RangeError(`the song of ${space} is over the limit`);
    const found = await this.prisma.space.findUnique({
      where: { slug: space },
      select: { id: true, kind: true },
    });
    if (found?.kind !== 'classroom') return;
    const bytes = Uint8Array.from(state);
    await this.prisma.classroomSong.upsert({
      where: { spaceId: found.id },
      create: { spaceId: found.id, state: bytes },
      update: { state: bytes, updatedAt: new Date() },
    });
  }
}
