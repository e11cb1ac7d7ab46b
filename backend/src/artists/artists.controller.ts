import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  artistProfileSchema,
  artistSchema,
  artworkSchema,
  exhibitionCreatedSchema,
  exhibitionRequestSchema,
  newArtworkSchema,
  newExhibitionSchema,
  type ArtistProfile,
  type ArtistProfileRequest,
  type ExhibitionRequest,
  type Artwork,
  type NewArtwork,
  type NewExhibition,
  type RequestStatus,
} from '../contract.ts';
import { ArtistsService } from './artists.service.ts';

const idSchema = z.uuid('must be an artist id');

@ApiTag('artists')
@Controller()
export class ArtistsController {
  constructor(@Inject(ArtistsService) private readonly artists: ArtistsService) {}

  @ApiContract({ summary: 'Create or update your artist profile', response: artistSchema })
  @Put('artists/me')
  @UseGuards(AuthGuard)
  saveProfile(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(artistProfileSchema, 'body')) body: ArtistProfileRequest,
  ): Promise<ArtistProfile> {
    return this.artists.saveProfile(request.user.sub, body);
  }

  @ApiContract({
    summary: 'Your own artist profile and works (404: you have no profile yet)',
    response: artistSchema,
  })
  @Get('artists/me')
  @UseGuards(AuthGuard)
  myProfile(@Req() request: AuthenticatedRequest): Promise<ArtistProfile> {
    return this.artists.myProfile(request.user.sub);
  }

  @ApiContract({ summary: "An artist's profile and works", response: artistSchema })
  @Get('artists/:id')
  profile(@Param('id', new ZodValidationPipe(idSchema, 'id')) id: string): Promise<ArtistProfile> {
    return this.artists.profile(id);
  }

  @ApiContract({
    summary: 'Make a work of one of your uploaded images (a sculpture: with an uploaded glTF model)',
    response: artworkSchema,
  })
  @Post('artworks')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  addArtwork(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newArtworkSchema, 'body')) body: NewArtwork,
  ): Promise<Artwork> {
    return this.artists.addArtwork(request.user.sub, body);
  }

  @ApiContract({
    summary: 'Ask to hang your works in a gallery (pending: shown once the venue approves it)',
    response: exhibitionCreatedSchema,
  })
  @Post('exhibitions')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  curate(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newExhibitionSchema, 'body')) body: NewExhibition,
  ): Promise<{ id: string; space: string; status: RequestStatus }> {
    return this.artists.curate(request.user.sub, body);
  }

  @ApiContract({
    summary: 'The exhibitions you asked to hang, latest first: where each request stands',
    response: z.array(exhibitionRequestSchema),
  })
  @Get('exhibitions/mine')
  @UseGuards(AuthGuard)
  exhibitions(@Req() request: AuthenticatedRequest): Promise<ExhibitionRequest[]> {
    return this.artists.exhibitions(request.user.sub);
  }
}
