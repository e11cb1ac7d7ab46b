import { Body, Controller, Headers, HttpCode, Inject, Ip, Post, UnauthorizedException } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service.ts';
import {
  type JoinTokenResponse,
  joinTokenRequestSchema,
  joinTokenResponseSchema,
  type JoinTokenRequest,
} from '../contract.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { WorldService } from './world.service.ts';

@ApiTag('world')
@Controller('world')
export class WorldController {
  constructor(
    @Inject(WorldService) private readonly world: WorldService,
    @Inject(AccountsService) private readonly accounts: AccountsService,
  ) {}

  /** The join token a client presents to the world server to enter a space's room. */
  @ApiContract({ summary: "A short-lived token to join a space's room", response: joinTokenResponseSchema })
  @Post('join-token')
  @HttpCode(201)
  async joinToken(
    @Body(new ZodValidationPipe(joinTokenRequestSchema, 'body')) body: JoinTokenRequest,
    @Headers('authorization') authorization: string | undefined,
    @Ip() address: string,
  ): Promise<JoinTokenResponse> {
    // Signed in or not, anyone may enter; a bearer token that does not check out is an error, not a guest.
    const bearer = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const user = bearer ? await this.accounts.verifyAccessToken(bearer) : null;
    if (bearer && !user) throw new UnauthorizedException('Your sign-in has expired; sign in again.');
    return this.world.joinToken(body, user, address);
  }
}
