import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  artistProfileSchema,
  newArtworkSchema,
  newExhibitionSchema,
  type ArtistProfile,
  type ArtistProfileRequest,
  type HungArtwork,
  type NewArtwork,
  type NewExhibition,
} from '../contract.ts';
import { ArtistsService } from './artists.service.ts';

const idSchema = z.uuid('must be an artist id');

@Controller()
export class ArtistsController {
  constructor(@Inject(ArtistsService) private readonly artists: ArtistsService) {}

  @Put('artists/me')
  @UseGuards(AuthGuard)
  saveProfile(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(artistProfileSchema, 'body')) body: ArtistProfileRequest,
  ): Promise<ArtistProfile> {
    return this.artists.saveProfile(request.user.sub, body);
  }

  @Get('artists/:id')
  profile(@Param('id', new ZodValidationPipe(idSchema, 'id')) id: string): Promise<ArtistProfile> {
    return this.artists.profile(id);
  }

  @Post('artworks')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  addArtwork(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newArtworkSchema, 'body')) body: NewArtwork,
  ): Promise<Omit<HungArtwork, 'position' | 'text' | 'placement'>> {
    return this.artists.addArtwork(request.user.sub, body);
  }

  @Post('exhibitions')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  curate(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newExhibitionSchema, 'body')) body: NewExhibition,
  ): Promise<{ id: string; space: string }> {
    return this.artists.curate(request.user.sub, body);
  }
}
