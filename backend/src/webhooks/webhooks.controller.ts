import { Controller, Headers, HttpCode, Inject, Post, type RawBodyRequest, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { webhookReceiptSchema } from '../contract.ts';
import { type WebhookResult, WebhooksService } from './webhooks.service.ts';

@ApiTag('payments')
@Controller('stripe')
export class WebhooksController {
  constructor(@Inject(WebhooksService) private readonly webhooks: WebhooksService) {}

  /** Stripe's events, verified against the exact bytes Stripe signed. */
  @ApiContract({
    summary: "Stripe's events, checked against the Stripe-Signature header",
    response: webhookReceiptSchema,
  })
  @Post('webhook')
  @HttpCode(200)
  receive(
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<WebhookResult> {
    return this.webhooks.receive(request.rawBody, signature);
  }
}
