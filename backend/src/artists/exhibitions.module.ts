import { Module } from '@nestjs/common';
import { ExhibitionsController } from './exhibitions.controller.ts';
import { ExhibitionsService } from './exhibitions.service.ts';

/** Exhibitions artists curate in the studio (drafts, their layouts, sending them to the venue). */
@Module({ controllers: [ExhibitionsController], providers: [ExhibitionsService] })
export class ExhibitionsModule {}
