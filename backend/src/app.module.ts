import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module.ts';
import { ArtistsModule } from './artists/artists.module.ts';
import { DatabaseModule } from './database/database.module.ts';
import { MediaModule } from './media/media.module.ts';
import { HealthController } from './health/health.controller.ts';
import { SpacesModule } from './spaces/spaces.module.ts';
import { WorldModule } from './world/world.module.ts';

@Module({})
export class AppModule {
  static forRoot(
    databaseUrl: string,
    secrets: { worldToken: string; auth: string },
    mediaDir: string,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(databaseUrl),
        AccountsModule.forRoot(secrets.auth),
        SpacesModule,
        ArtistsModule,
        MediaModule.forRoot(mediaDir),
        WorldModule.forRoot(secrets.worldToken),
      ],
      controllers: [HealthController],
    };
  }
}
