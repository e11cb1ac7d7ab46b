import { Module } from '@nestjs/common';
import { ArtistsController } from './artists.controller.ts';
import { ArtistsService } from './artists.service.ts';
import { ArtworksController } from './artworks.controller.ts';
import { ArtworksService } from './artworks.service.ts';

@Module({
  controllers: [ArtistsController, ArtworksController],
  providers: [ArtistsService, ArtworksService],
})
export class ArtistsModule {}
