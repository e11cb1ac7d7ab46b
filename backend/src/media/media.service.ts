import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import sharp from 'sharp';
import { PrismaService } from '../database/prisma.service.ts';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.ts';
import { sniff } from './content-sniff.ts';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.ts';
import { checkModel } from './model-check.ts';

/** The largest upload accepted, bytes. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** The refusal of anything larger (413). */
export const TOO_LARGE_MESSAGE =
  `Files are at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB ` +
  `(${MAX_UPLOAD_BYTES.toLocaleString('en-US')} bytes); this one is larger.`;
/** The largest image accepted, in pixels (decompression bombs stop here). */
const MAX_PIXELS = 64 * 1024 * 1024;
const THUMBNAIL_SIZE = 256;

export interface MediaInfo {
  readonly id: string;
  readonly kind: 'image' | 'model' | 'audio';
  readonly contentType: string;
  readonly bytes: number;
  readonly width: number | null;
  readonly height: number | null;
  readonly url: string;
  readonly thumbnailUrl: string | null;
}

@Injectable()
export class MediaService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(SubscriptionsService) private readonly subscriptions: SubscriptionsService,
  ) {}

  /**
   * Stores an upload after checking what it really is and that it fits the owner's plan; images get their size
   * read and a thumbnail, models are validated. A refused upload leaves nothing behind, so it never counts
   * against the plan's storage.
   */
  async upload(ownerId: string, bytes: Uint8Array): Promise<MediaInfo> {
    // The controller already refuses longer bodies; checked here too because a file cut to the limit and
    // stored as if whole is the one outcome that must never happen, whoever calls this.
    if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new PayloadTooLargeException(TOO_LARGE_MESSAGE);
    await this.subscriptions.checkStorage(ownerId, bytes.byteLength);
    const sniffed = sniff(bytes);
    if (!sniffed) {
      throw new UnsupportedMediaTypeException(
        'The file is not a PNG, JPEG, GIF or WebP image, a glTF model, nor WAV, MP3, Ogg, FLAC or M4A audio.',
      );
    }
    if (sniffed.kind === 'model') {
      // 415 like a damaged image: the content is not a model ProStudio can take, and the message says why.
      const refusal = await checkModel(bytes, sniffed.contentType === 'model/gltf-binary' ? 'glb' : 'gltf');
      if (refusal) throw new UnsupportedMediaTypeException(refusal);
    }
    const id = randomUUID();
    let width: number | null = null;
    let height: number | null = null;
    let thumbnail: Buffer | null = null;
    if (sniffed.kind === 'image') {
      try {
        const image = sharp(bytes, { limitInputPixels: MAX_PIXELS });
        const meta = await image.metadata();
        width = meta.width ?? null;
        height = meta.height ?? null;
        thumbnail = await image
          .rotate()
          .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer();
      } catch {
        throw new UnsupportedMediaTypeException(
          'The image could not be read (damaged, or over 64 megapixels).',
        );
      }
    }
    const storageKey = `${id}.${extensionOf(sniffed.contentType)}`;
    const thumbnailKey = thumbnail ? `${id}-thumb.webp` : null;
    const written: string[] = [];
    try {
      // Each key is noted before its write, so that a write failing halfway is cleaned up too.
      if (thumbnail && thumbnailKey) {
        written.push(thumbnailKey);
        await this.storage.put(thumbnailKey, thumbnail);
      }
      written.push(storageKey);
      await this.storage.put(storageKey, bytes);
      const row = await this.prisma.media.create({
        data: {
          id,
          ownerId,
          kind: sniffed.kind,
          contentType: sniffed.contentType,
          bytes: bytes.byteLength,
          width,
          height,
          storageKey,
          thumbnailKey,
        },
      });
      return info(row);
    } catch (error) {
      // No row means no file: one left on disk would be unreachable, and uncounted by the storage check.
      await Promise.all(written.map((key) => this.storage.delete(key).catch(() => undefined)));
      throw error;
    }
  }

  /** A stored file (or its thumbnail) and its type. */
  async file(id: string, thumbnail: boolean): Promise<{ contentType: string; bytes: Uint8Array }> {
    const row = await this.prisma.media.findUnique({ where: { id } });
    const key = row ? (thumbnail ? row.thumbnailKey : row.storageKey) : null;
    const bytes = key ? await this.storage.get(key) : null;
    if (!row || !bytes) throw new NotFoundException('There is no such file.');
    return { contentType: thumbnail ? 'image/webp' : row.contentType, bytes };
  }
}

function extensionOf(contentType: string): string {
  return (
    {
      'image/png': 'png',
      'image/jpeg': 'jpg',
      'image/gif': 'gif',
      'image/webp': 'webp',
      'model/gltf-binary': 'glb',
      'model/gltf+json': 'gltf',
      'audio/wav': 'wav',
      'audio/mpeg': 'mp3',
      'audio/ogg': 'ogg',
      'audio/flac': 'flac',
      'audio/mp4': 'm4a',
    }[contentType] ?? 'bin'
  );
}

function info(row: {
  id: string;
  kind: 'image' | 'model' | 'audio';
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  thumbnailKey: string | null;
}): MediaInfo {
  return {
    id: row.id,
    kind: row.kind,
    contentType: row.contentType,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    url: `/api/media/${row.id}`,
    thumbnailUrl: row.thumbnailKey ? `/api/media/${row.id}/thumbnail` : null,
  };
}
