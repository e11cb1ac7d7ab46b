import { type DynamicModule, Module } from '@nestjs/common';
import { BAN_LIFTED, type BanLifted, BansService } from './bans.service.ts';
import { ModerationDeskController } from './moderation-desk.controller.ts';
import { ModerationLogService } from './moderation-log.service.ts';
import { ModerationController } from './moderation.controller.ts';
import { ReportsService } from './reports.service.ts';

@Module({})
export class ModerationModule {
  /** `onBanLifted` tells the world server, so its rooms stop refusing the person at once. */
  static forRoot(onBanLifted: BanLifted): DynamicModule {
    return {
      module: ModerationModule,
      // The world's join tokens consult the bans too.
      global: true,
      controllers: [ModerationController, ModerationDeskController],
      providers: [
        { provide: BAN_LIFTED, useValue: onBanLifted },
        BansService,
        ModerationLogService,
        ReportsService,
      ],
      exports: [BansService],
    };
  }
}
