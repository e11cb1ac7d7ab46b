import { Body, Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import type { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { type Plan, subscribeSchema } from '../contract.ts';
import { SubscriptionsService } from './subscriptions.service.ts';

@Controller('subscriptions')
@UseGuards(AuthGuard)
export class SubscriptionsController {
  constructor(@Inject(SubscriptionsService) private readonly subscriptions: SubscriptionsService) {}

  @Get('me')
  plan(@Req() request: AuthenticatedRequest): Promise<Plan> {
    return this.subscriptions.plan(request.user.sub);
  }

  @Post('checkout')
  @HttpCode(201)
  checkout(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(subscribeSchema, 'body')) body: z.infer<typeof subscribeSchema>,
  ): Promise<{ url: string }> {
    return this.subscriptions.checkout(request.user.sub, body.tier);
  }

  @Post('portal')
  @HttpCode(201)
  portal(@Req() request: AuthenticatedRequest): Promise<{ url: string }> {
    return this.subscriptions.portal(request.user.sub);
  }

  @Post('cancel')
  @HttpCode(200)
  cancel(@Req() request: AuthenticatedRequest): Promise<Plan> {
    return this.subscriptions.cancel(request.user.sub);
  }
}
