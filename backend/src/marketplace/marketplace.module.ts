import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module.ts';
import { ListingsService } from './listings.service.ts';
import { MarketplaceController } from './marketplace.controller.ts';
import { OrdersService } from './orders.service.ts';
import { SellingController } from './selling.controller.ts';
import { SellingService } from './selling.service.ts';

@Module({
  imports: [PayoutsModule],
  controllers: [MarketplaceController, SellingController],
  providers: [ListingsService, OrdersService, SellingService],
  exports: [OrdersService],
})
export class MarketplaceModule {}
