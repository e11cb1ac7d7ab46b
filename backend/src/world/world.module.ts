import { type DynamicModule, Module } from '@nestjs/common';
import { EducationModule } from '../education/education.module.ts';
import { ShowsModule } from '../shows/shows.module.ts';
import { WorldController } from './world.controller.ts';
import { WORLD_TOKEN_SECRET, WorldService } from './world.service.ts';

@Module({})
export class WorldModule {
  static forRoot(tokenSecret: string): DynamicModule {
    return {
      module: WorldModule,
      imports: [ShowsModule, EducationModule],
      controllers: [WorldController],
      providers: [{ provide: WORLD_TOKEN_SECRET, useValue: tokenSecret }, WorldService],
    };
  }
}
