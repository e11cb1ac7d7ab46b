import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Req,
  UseGuards,
} from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type NewSong,
  newSongSchema,
  type SavedSong,
  savedSongSchema,
  type Song,
  songSchema,
  type SongSummary,
  songSummarySchema,
} from '../contract.ts';
import { MusicService } from './music.service.ts';

const songId = new ZodValidationPipe(z.uuid('must be a song id'), 'id');

@ApiTag('music')
@Controller('songs')
@UseGuards(AuthGuard)
export class MusicController {
  constructor(@Inject(MusicService) private readonly music: MusicService) {}

  @ApiContract({
    summary: 'Your songs, the last saved first (without their data)',
    response: z.array(songSummarySchema),
  })
  @Get()
  list(@Req() request: AuthenticatedRequest): Promise<SongSummary[]> {
    return this.music.list(request.user.sub);
  }

  @ApiContract({ summary: 'Keep a new song (its Yjs document, base64)', response: songSummarySchema })
  @Post()
  @HttpCode(201)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newSongSchema, 'body')) body: NewSong,
  ): Promise<SongSummary> {
    return this.music.create(request.user.sub, body);
  }

  @ApiContract({ summary: 'One of your songs, with its data', response: songSchema })
  @Get(':id')
  get(@Req() request: AuthenticatedRequest, @Param('id', songId) id: string): Promise<Song> {
    return this.music.get(request.user.sub, id);
  }

  @ApiContract({
    summary: 'Save a song over the version it was opened at (409 if it has been saved since)',
    response: songSummarySchema,
  })
  @Put(':id')
  save(
    @Req() request: AuthenticatedRequest,
    @Param('id', songId) id: string,
    @Body(new ZodValidationPipe(savedSongSchema, 'body')) body: SavedSong,
  ): Promise<SongSummary> {
    return this.music.save(request.user.sub, id, body);
  }

  @ApiContract({ summary: 'Delete one of your songs' })
  @Delete(':id')
  @HttpCode(204)
  remove(@Req() request: AuthenticatedRequest, @Param('id', songId) id: string): Promise<void> {
    return this.music.remove(request.user.sub, id);
  }
}
