import { Controller, Get, Inject, Param } from '@nestjs/common';
import { slugSchema, type SpaceDetail, type SpaceSummary } from '../contract.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { SpacesService } from './spaces.service.ts';

@Controller('spaces')
export class SpacesController {
  constructor(@Inject(SpacesService) private readonly spaces: SpacesService) {}

  @Get()
  list(): Promise<SpaceSummary[]> {
    return this.spaces.list();
  }

  @Get(':slug')
  get(@Param('slug', new ZodValidationPipe(slugSchema, 'slug')) slug: string): Promise<SpaceDetail> {
    return this.spaces.get(slug);
  }
}
