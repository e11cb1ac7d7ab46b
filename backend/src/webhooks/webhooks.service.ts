import { BadRequestException, Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { PrismaService } from '../database/prisma.service.ts';
import { OrdersService } from '../marketplace/orders.service.ts';
import { PaymentsService } from '../payments/payments.ts';
import { PayoutsService } from '../payouts/payouts.service.ts';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export interface WebhookResult {
  readonly received: true;
  /** This event had been applied already (Stripe retries, and may send an event twice). */
  readonly duplicate: boolean;
}

/**
 * Stripe's webhooks, the only way an order is paid, refunded or a plan changes. Each event is verified
 * against the signing secret, then applied in one transaction with its id recorded: a replay finds the id and
 * changes nothing, and two deliveries at once are serialised by the id's primary key. A failure rolls it all
 * back and answers 5xx, so Stripe delivers the event again (calls made to Stripe carry idempotency keys).
 */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PaymentsService) private readonly payments: PaymentsService,
    @Inject(OrdersService) private readonly orders: OrdersService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
    @Inject(SubscriptionsService) private readonly subscriptions: SubscriptionsService,
  ) {}

  async receive(payload: Buffer | undefined, signature: string | undefined): Promise<WebhookResult> {
    const { stripe, webhookSecret } = this.payments.require();
    if (!payload || !signature)
      throw new BadRequestException('A Stripe-Signature header and a body are needed.');
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(payload, signature, webhookSecret);
    } catch (error) {
      const reason =
        error instanceof Stripe.errors.StripeSignatureVerificationError ? 'bad signature' : 'bad body';
      this.logger.warn(`Refused a webhook: ${reason}.`);
      throw new BadRequestException(`The webhook's signature does not check out (${reason}).`);
    }
    const duplicate = await this.prisma.$transaction(
      async (tx) => {
        const recorded = await tx.stripeEvent.createMany({
          data: [{ id: event.id, type: event.type, createdAt: new Date(event.created * 1000) }],
          skipDuplicates: true,
        });
        if (recorded.count === 0) return true;
        await this.apply(tx, event);
        return false;
      },
      { timeout: 30_000 },
    );
    return { received: true, duplicate };
  }

  private async apply(tx: Prisma.TransactionClient, event: Stripe.Event): Promise<void> {
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded': {
        const session = event.data.object;
        if (session.mode !== 'payment' || session.payment_status !== 'paid') return;
        const orderId = await this.orders.orderIdFor(tx, { orderId: session.metadata?.['orderId'] });
        if (!orderId) return;
        return this.orders.applyPayment(tx, {
          orderId,
          eventId: event.id,
          amountMinor: session.amount_total ?? 0,
          paymentIntentId: idOf(session.payment_intent),
        });
      }
      case 'checkout.session.expired':
      case 'checkout.session.async_payment_failed': {
        const session = event.data.object;
        if (session.mode !== 'payment') return;
        const orderId = await this.orders.orderIdFor(tx, { orderId: session.metadata?.['orderId'] });
        if (orderId) await this.orders.applyExpiry(tx, orderId);
        return;
      }
      case 'charge.refunded': {
        const charge = event.data.object;
        const paymentIntentId = idOf(charge.payment_intent);
        // The order is known by its payment intent once paid; a refund seen first finds it in the metadata,
        // the charge's or (where Stripe did not copy it) the payment intent's.
        const orderId =
          (await this.orders.orderIdFor(tx, { paymentIntentId, orderId: charge.metadata['orderId'] })) ??
          (paymentIntentId ? await this.orderIdOfPaymentIntent(tx, paymentIntentId) : null);
        if (!orderId) return;
        return this.orders.applyRefund(tx, {
          orderId,
          eventId: event.id,
          refundedMinor: charge.amount_refunded,
          // Seen before its checkout.session.completed: the charge itself proves the payment.
          payment: { orderId, eventId: event.id, amountMinor: charge.amount, paymentIntentId },
        });
      }
      case 'account.updated': {
        // Read fresh from Stripe, so an older event delivered late cannot roll the account back.
        const accountId = event.data.object.id;
        const account = await this.payments.call('read a payout account', (stripe) =>
          stripe.accounts.retrieve(accountId),
        );
        return this.payouts.applyAccount(tx, account);
      }
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
        return this.subscriptions.applySubscription(tx, event.data.object, new Date(event.created * 1000));
      default:
        return;
    }
  }

  private async orderIdOfPaymentIntent(tx: Prisma.TransactionClient, id: string): Promise<string | null> {
    const paymentIntent = await this.payments.call('read a payment', (stripe) =>
      stripe.paymentIntents.retrieve(id),
    );
    return this.orders.orderIdFor(tx, { orderId: paymentIntent.metadata['orderId'] });
  }
}

const idOf = (ref: string | { id: string } | null): string | null =>
  ref === null ? null : typeof ref === 'string' ? ref : ref.id;
