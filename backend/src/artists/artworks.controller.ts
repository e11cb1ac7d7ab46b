import { Body, Controller, Delete, Inject, Param, Patch, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  artworkChangesSchema,
  artworkDeletedSchema,
  artworkSchema,
  type Artwork,
  type ArtworkChanges,
  type ArtworkDeleted,
} from '../contract.ts';
import { ArtworksService } from './artworks.service.ts';

const idSchema = z.uuid('must be an artwork id');

@ApiTag('artists')
@Controller('artworks')
export class ArtworksController {
  constructor(@Inject(ArtworksService) private readonly artworks: ArtworksService) {}

  @ApiContract({
    summary: "Change one of your works' details (404: not one of yours)",
    response: artworkSchema,
  })
  @Patch(':id')
  @UseGuards(AuthGuard)
  update(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
    @Body(new ZodValidationPipe(artworkChangesSchema, 'body')) body: ArtworkChanges,
  ): Promise<Artwork> {
    return this.artworks.update(request.user.sub, id, body);
  }

  @ApiContract({
    summary:
      'Delete one of your works and the uploads only it used (409: sold, or hanging in an approved exhibition)',
    response: artworkDeletedSchema,
  })
  @Delete(':id')
  @UseGuards(AuthGuard)
  delete(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
  ): Promise<ArtworkDeleted> {
    return this.artworks.delete(request.user.sub, id);
  }
}
