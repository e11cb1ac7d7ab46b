import { Module } from '@nestjs/common';
import { MarketplaceModule } from '../marketplace/marketplace.module.ts';
import { PayoutsModule } from '../payouts/payouts.module.ts';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.ts';
import { WebhooksController } from './webhooks.controller.ts';
import { WebhooksService } from './webhooks.service.ts';

@Module({
  imports: [MarketplaceModule, PayoutsModule, SubscriptionsModule],
  controllers: [WebhooksController],
  providers: [WebhooksService],
})
export class WebhooksModule {}
