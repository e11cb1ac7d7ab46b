import { Controller, Get, Inject, Param } from '@nestjs/common';
import { z } from 'zod';
import {
  slugSchema,
  type SpaceDetail,
  spaceDetailSchema,
  type SpaceSummary,
  spaceSummarySchema,
} from '../contract.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { SpacesService } from './spaces.service.ts';

@ApiTag('venue')
@Controller('spaces')
export class SpacesController {
  constructor(@Inject(SpacesService) private readonly spaces: SpacesService) {}

  @ApiContract({ summary: 'Every space of the venue, lobby first', response: z.array(spaceSummarySchema) })
  @Get()
  list(): Promise<SpaceSummary[]> {
    return this.spaces.list();
  }

  @ApiContract({ summary: 'A space with the exhibition it shows', response: spaceDetailSchema })
  @Get(':slug')
  get(@Param('slug', new ZodValidationPipe(slugSchema, 'slug')) slug: string): Promise<SpaceDetail> {
    return this.spaces.get(slug);
  }
}
