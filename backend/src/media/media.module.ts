import { type DynamicModule, Module } from '@nestjs/common';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.ts';
import { MediaController } from './media.controller.ts';
import { LocalDiskStorage, MEDIA_STORAGE } from './media-storage.ts';
import { MediaService } from './media.service.ts';

@Module({})
export class MediaModule {
  /** Uploads kept on local disk in `mediaDir`. */
  static forRoot(mediaDir: string): DynamicModule {
    return {
      module: MediaModule,
      // The storage is shared: deleting a work (src/artists/) removes the uploads only it used.
      global: true,
      exports: [MEDIA_STORAGE],
      imports: [SubscriptionsModule],
      controllers: [MediaController],
      providers: [{ provide: MEDIA_STORAGE, useValue: new LocalDiskStorage(mediaDir) }, MediaService],
    };
  }
}
