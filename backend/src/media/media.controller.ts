import '@fastify/multipart';
import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { mediaSchema } from '../contract.ts';
import { MAX_UPLOAD_BYTES, type MediaInfo, MediaService, TOO_LARGE_MESSAGE } from './media.service.ts';

const idSchema = z.uuid('must be a media id');

@ApiTag('media')
@Controller('media')
export class MediaController {
  constructor(@Inject(MediaService) private readonly media: MediaService) {}

  /** Uploads one file (multipart/form-data, field "file"), for the signed-in user. */
  @ApiContract({
    summary: 'Upload an image, a glTF model or an audio file (checked by content)',
    upload: true,
    response: mediaSchema,
  })
  @Post()
  @HttpCode(201)
  @UseGuards(AuthGuard)
  async upload(@Req() request: AuthenticatedRequest): Promise<MediaInfo> {
    if (!request.isMultipart())
      throw new BadRequestException('Send the file as multipart/form-data, field "file".');
    // One byte past the limit is read, so that a file of exactly the limit and a longer one cut to it differ
    // in length. @fastify/multipart's toBuffer() looks at file.truncated only as each chunk arrives: when the
    // limit falls between two chunks of the body (25 MiB does, with 64 KiB ones) it hands over the cut file
    // with no error.
    const part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });
    if (!part || part.fieldname !== 'file') throw new BadRequestException('file: is missing.');
    const bytes = await part.toBuffer().catch((error: unknown) => {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new PayloadTooLargeException(TOO_LARGE_MESSAGE);
      }
      throw error;
    });
    if (part.file.truncated || bytes.byteLength > MAX_UPLOAD_BYTES) {
      throw new PayloadTooLargeException(TOO_LARGE_MESSAGE);
    }
    return this.media.upload(request.user.sub, bytes);
  }

  @ApiContract({
    summary: 'An uploaded file',
    produces: ['image/*', 'model/gltf-binary', 'model/gltf+json', 'audio/*'],
  })
  @Get(':id')
  async file(
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.send(reply, await this.media.file(id, false));
  }

  @ApiContract({ summary: "An uploaded image's thumbnail (WebP)", produces: ['image/webp'] })
  @Get(':id/thumbnail')
  async thumbnail(
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.send(reply, await this.media.file(id, true));
  }

  private async send(reply: FastifyReply, file: { contentType: string; bytes: Uint8Array }): Promise<void> {
    await reply
      .header('content-type', file.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  }
}
