import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module.ts';
import type { AccountLimits } from './accounts/address-limits.ts';
import { ArtistsModule } from './artists/artists.module.ts';
import { ExhibitionsModule } from './artists/exhibitions.module.ts';
import { DatabaseModule } from './database/database.module.ts';
import { MediaModule } from './media/media.module.ts';
import { MusicModule } from './music/music.module.ts';
import { HealthController } from './health/health.controller.ts';
import { SpacesModule } from './spaces/spaces.module.ts';
import type { BanLifted } from './moderation/bans.service.ts';
import { ModerationModule } from './moderation/moderation.module.ts';
import { WorldModule } from './world/world.module.ts';
import { MarketplaceModule } from './marketplace/marketplace.module.ts';
import { type PaymentsOptions } from './payments/payments.ts';
import { PaymentsModule } from './payments/payments.module.ts';
import { PayoutsModule } from './payouts/payouts.module.ts';
import { ShowsModule } from './shows/shows.module.ts';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.ts';
import { WebhooksModule } from './webhooks/webhooks.module.ts';
import { EducationModule } from './education/education.module.ts';
import { VenueModule } from './venue/venue.module.ts';

@Module({})
export class AppModule {
  static forRoot(
    databaseUrl: string,
    secrets: { worldToken: string; auth: string },
    mediaDir: string,
    payments: PaymentsOptions | null,
    accountLimits: Partial<AccountLimits> = {},
    onBanLifted: BanLifted = () => undefined,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(databaseUrl),
        AccountsModule.forRoot(secrets.auth, accountLimits),
        SpacesModule,
        ArtistsModule,
        ExhibitionsModule,
        MediaModule.forRoot(mediaDir),
        ModerationModule.forRoot(onBanLifted),
        WorldModule.forRoot(secrets.worldToken),
        PaymentsModule.forRoot(payments),
        MarketplaceModule,
        ShowsModule,
        PayoutsModule,
        SubscriptionsModule,
        WebhooksModule,
        EducationModule,
        VenueModule,
        MusicModule,
      ],
      controllers: [HealthController],
    };
  }
}
