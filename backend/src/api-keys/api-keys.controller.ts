import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { type ApiKey, type NewApiKey, newApiKeySchema } from '../contract.ts';
import { ApiKeysService } from './api-keys.service.ts';

@Controller('api-keys')
@UseGuards(AuthGuard)
export class ApiKeysController {
  constructor(@Inject(ApiKeysService) private readonly keys: ApiKeysService) {}

  @Get()
  list(@Req() request: AuthenticatedRequest): Promise<ApiKey[]> {
    return this.keys.list(request.user.sub);
  }

  @Post()
  @HttpCode(201)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newApiKeySchema, 'body')) body: NewApiKey,
  ): Promise<ApiKey & { key: string }> {
    return this.keys.create(request.user.sub, body);
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(z.uuid('must be a key id'), 'id')) id: string,
  ): Promise<void> {
    return this.keys.revoke(request.user.sub, id);
  }
}
