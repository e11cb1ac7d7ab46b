import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module.ts';
import { ListingsService } from './listings.service.ts';
import { MarketplaceController } from './marketplace.controller.ts';
import { OrdersService } from './orders.service.ts';

@Module({
  imports: [PayoutsModule],
  controllers: [MarketplaceController],
  providers: [ListingsService, OrdersService],
  exports: [OrdersService],
})
export class MarketplaceModule {}
