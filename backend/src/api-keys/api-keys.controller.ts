import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type ApiKey,
  apiKeySchema,
  createdApiKeySchema,
  type NewApiKey,
  newApiKeySchema,
} from '../contract.ts';
import { ApiKeysService } from './api-keys.service.ts';

@ApiTag('subscriptions')
@Controller('api-keys')
@UseGuards(AuthGuard)
export class ApiKeysController {
  constructor(@Inject(ApiKeysService) private readonly keys: ApiKeysService) {}

  @ApiContract({ summary: 'Your API keys (without their secrets)', response: z.array(apiKeySchema) })
  @Get()
  list(@Req() request: AuthenticatedRequest): Promise<ApiKey[]> {
    return this.keys.list(request.user.sub);
  }

  @ApiContract({
    summary: 'A new API key, usable as a bearer token (Enterprise plan); its secret is shown only here',
    response: createdApiKeySchema,
  })
  @Post()
  @HttpCode(201)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newApiKeySchema, 'body')) body: NewApiKey,
  ): Promise<ApiKey & { key: string }> {
    return this.keys.create(request.user.sub, body);
  }

  @ApiContract({ summary: 'Revoke an API key' })
  @Delete(':id')
  @HttpCode(204)
  revoke(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(z.uuid('must be a key id'), 'id')) id: string,
  ): Promise<void> {
    return this.keys.revoke(request.user.sub, id);
  }
}
