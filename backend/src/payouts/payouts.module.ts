import { Module } from '@nestjs/common';
import { PayoutsController } from './payouts.controller.ts';
import { PayoutsService } from './payouts.service.ts';

@Module({
  controllers: [PayoutsController],
  providers: [PayoutsService],
  exports: [PayoutsService],
})
export class PayoutsModule {}
