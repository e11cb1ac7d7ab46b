import { Module } from '@nestjs/common';
import { EarningsService } from './earnings.service.ts';
import { PayoutsController } from './payouts.controller.ts';
import { PayoutsService } from './payouts.service.ts';

@Module({
  controllers: [PayoutsController],
  providers: [PayoutsService, EarningsService],
  exports: [PayoutsService],
})
export class PayoutsModule {}
