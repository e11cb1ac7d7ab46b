import { Module } from '@nestjs/common';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.ts';
import { MusicController } from './music.controller.ts';
import { MusicService } from './music.service.ts';

/** Songs made in the DAW, kept for their makers. */
@Module({
  imports: [SubscriptionsModule],
  controllers: [MusicController],
  providers: [MusicService],
})
export class MusicModule {}
