import { Module } from '@nestjs/common';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.ts';
import { MusicController } from './music.controller.ts';
import { ClassroomSongsService } from './classroom-songs.service.ts';
import { MusicService } from './music.service.ts';

/** Songs made in the DAW, kept for their makers; classrooms' songs, kept for the world server. */
@Module({
  imports: [SubscriptionsModule],
  controllers: [MusicController],
  providers: [MusicService, ClassroomSongsService],
  exports: [ClassroomSongsService],
})
export class MusicModule {}
