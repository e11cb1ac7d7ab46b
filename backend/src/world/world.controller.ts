import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { type JoinTokenResponse, joinTokenRequestSchema, type JoinTokenRequest } from '../contract.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { WorldService } from './world.service.ts';

@Controller('world')
export class WorldController {
  constructor(@Inject(WorldService) private readonly world: WorldService) {}

  /** The join token a client presents to the world server to enter a space's room. */
  @Post('join-token')
  @HttpCode(201)
  joinToken(
    @Body(new ZodValidationPipe(joinTokenRequestSchema, 'body')) body: JoinTokenRequest,
  ): Promise<JoinTokenResponse> {
    return this.world.joinToken(body);
  }
}
