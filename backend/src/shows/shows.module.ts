import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module.ts';
import { ShowsController } from './shows.controller.ts';
import { ShowsService } from './shows.service.ts';

@Module({
  imports: [PayoutsModule],
  controllers: [ShowsController],
  providers: [ShowsService],
  exports: [ShowsService],
})
export class ShowsModule {}
