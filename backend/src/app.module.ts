import { type DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from './database/database.module.ts';
import { HealthController } from './health/health.controller.ts';
import { SpacesModule } from './spaces/spaces.module.ts';
import { WorldModule } from './world/world.module.ts';

@Module({})
export class AppModule {
  static forRoot(databaseUrl: string, worldTokenSecret: string): DynamicModule {
    return {
      module: AppModule,
      imports: [DatabaseModule.forRoot(databaseUrl), SpacesModule, WorldModule.forRoot(worldTokenSecret)],
      controllers: [HealthController],
    };
  }
}
