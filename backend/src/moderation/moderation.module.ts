import { type DynamicModule, Module } from '@nestjs/common';
import { BAN_LIFTED, type BanLifted, BansService } from './bans.service.ts';
import { ModerationController } from './moderation.controller.ts';

@Module({})
export class ModerationModule {
  /** `onBanLifted` tells the world server, so its rooms stop refusing the person at once. */
  static forRoot(onBanLifted: BanLifted): DynamicModule {
    return {
      module: ModerationModule,
      // The world's join tokens consult the bans too.
      global: true,
      controllers: [ModerationController],
      providers: [{ provide: BAN_LIFTED, useValue: onBanLifted }, BansService],
      exports: [BansService],
    };
  }
}
