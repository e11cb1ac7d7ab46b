import { Module } from '@nestjs/common';
import { ArtistsController } from './artists.controller.ts';
import { ArtistsService } from './artists.service.ts';

@Module({ controllers: [ArtistsController], providers: [ArtistsService] })
export class ArtistsModule {}
