import { Body, Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type Plan,
  planSchema,
  redirectSchema,
  subscribeSchema,
  type TierInfo,
  tierSchema,
  type Usage,
  usageSchema,
} from '../contract.ts';
import { SubscriptionsService } from './subscriptions.service.ts';

@ApiTag('subscriptions')
@Controller('subscriptions')
@UseGuards(AuthGuard)
export class SubscriptionsController {
  constructor(@Inject(SubscriptionsService) private readonly subscriptions: SubscriptionsService) {}

  @ApiContract({ summary: 'Your plan, its features and your storage', response: planSchema })
  @Get('me')
  plan(@Req() request: AuthenticatedRequest): Promise<Plan> {
    return this.subscriptions.plan(request.user.sub);
  }

  @ApiContract({ summary: 'The venue’s plans with their prices and limits', response: z.array(tierSchema) })
  @Get('tiers')
  tiers(): TierInfo[] {
    return this.subscriptions.tiers();
  }

  @ApiContract({ summary: 'What you use of what your plan allows', response: usageSchema })
  @Get('usage')
  usage(@Req() request: AuthenticatedRequest): Promise<Usage> {
    return this.subscriptions.usage(request.user.sub);
  }

  @ApiContract({ summary: 'A Stripe Checkout page to subscribe to a paid plan', response: redirectSchema })
  @Post('checkout')
  @HttpCode(201)
  checkout(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(subscribeSchema, 'body')) body: z.infer<typeof subscribeSchema>,
  ): Promise<{ url: string }> {
    return this.subscriptions.checkout(request.user.sub, body.tier);
  }

  @ApiContract({ summary: "Stripe's billing page for your plan", response: redirectSchema })
  @Post('portal')
  @HttpCode(201)
  portal(@Req() request: AuthenticatedRequest): Promise<{ url: string }> {
    return this.subscriptions.portal(request.user.sub);
  }

  @ApiContract({ summary: 'Cancel your plan at the end of the period paid for', response: planSchema })
  @Post('cancel')
  @HttpCode(200)
  cancel(@Req() request: AuthenticatedRequest): Promise<Plan> {
    return this.subscriptions.cancel(request.user.sub);
  }
}
