import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import type { Plan, TierInfo, Usage } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { PaymentsService } from '../payments/payments.ts';
import {
  API_KEY_LIMIT,
  effectiveTier,
  type Feature,
  featureRefusal,
  fitsStorage,
  hasFeature,
  PAID_TIERS,
  type Tier,
  type TierPlan,
  TIERS,
} from './tiers.ts';

const GB = 1_000_000_000;

/**
 * Members' plans through Stripe Billing, and the limits each plan sets. Stripe's subscription events are the
 * source of truth; they are applied in the order Stripe created them, whatever order they arrive in.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PaymentsService) private readonly payments: PaymentsService,
  ) {}

  async plan(userId: string): Promise<Plan> {
    const [subscription, used] = await Promise.all([
      this.prisma.subscription.findUnique({ where: { userId } }),
      this.usedBytes(userId),
    ]);
    const plan = effectiveTier(subscription);
    return {
      tier: plan.tier,
      name: plan.name,
      status: subscription?.status ?? 'active',
      features: [...plan.features],
      storage: { usedBytes: used, limitBytes: plan.storageBytes },
      currentPeriodEnd: subscription?.currentPeriodEnd?.toISOString() ?? null,
      cancelAtPeriodEnd: subscription?.cancelAtPeriodEnd ?? false,
    };
  }

  /** The venue's four plans, cheapest first, with what each allows. */
  tiers(): TierInfo[] {
    return Object.values(TIERS).map((plan) => ({
      tier: plan.tier,
      name: plan.name,
      monthlyPriceMinor: plan.monthlyPriceMinor,
      currency: 'usd',
      storageBytes: plan.storageBytes,
      apiKeys: hasFeature(plan, 'api-access') ? API_KEY_LIMIT : 0,
      features: [...plan.features],
    }));
  }

  /** What the member uses of what their plan allows: storage, listings on sale, live API keys. */
  async usage(userId: string): Promise<Usage> {
    const [plan, used, listings, apiKeys] = await Promise.all([
      this.currentPlan(userId),
      this.usedBytes(userId),
      this.prisma.listing.count({
        where: { sellerId: userId, active: true, kind: { in: ['original', 'print', 'commission'] } },
      }),
      this.prisma.apiKey.count({ where: { userId, revokedAt: null } }),
    ]);
    return {
      storageBytes: { used, limit: plan.storageBytes },
      listings: { used: listings, limit: null },
      apiKeys: { used: apiKeys, limit: hasFeature(plan, 'api-access') ? API_KEY_LIMIT : 0 },
    };
  }

  /** Refuses an upload that would take the member past their plan's storage. */
  async checkStorage(userId: string, adding: number): Promise<void> {
    const [plan, used] = await Promise.all([this.currentPlan(userId), this.usedBytes(userId)]);
    if (!fitsStorage(plan, used, adding)) {
      const limit = (plan.storageBytes ?? 0) / GB;
      throw new ForbiddenException(
        `Your ${plan.name} plan holds ${limit} GB and you have used ${(used / GB).toFixed(2)} GB: ` +
          `delete some uploads or upgrade to ${TIERS.pro.name} for unlimited storage.`,
      );
    }
  }

  /** Whether the member's plan, now, includes `feature`. */
  async allows(userId: string, feature: Feature): Promise<boolean> {
    return featureRefusal(await this.currentPlan(userId), feature) === null;
  }

  /** Refuses what the member's plan does not include, naming the plan that does. */
  async requireFeature(userId: string, feature: Feature): Promise<void> {
    const refusal = featureRefusal(await this.currentPlan(userId), feature);
    if (refusal) throw new ForbiddenException(refusal);
  }

  private async currentPlan(userId: string): Promise<TierPlan> {
    const subscription = await this.prisma.subscription.findUnique({
      where: { userId },
      select: { tier: true, status: true },
    });
    return effectiveTier(subscription);
  }

  /** A Stripe Checkout page to subscribe to a paid plan. */
  async checkout(userId: string, tier: Exclude<Tier, 'free'>): Promise<{ url: string }> {
    const { publicUrl } = this.payments.require();
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true },
    });
    const current = await this.prisma.subscription.findUnique({ where: { userId: user.id } });
    if (current && effectiveTier(current).tier !== 'free') {
      throw new ConflictException(
        `You are on ${TIERS[current.tier].name}: change plans from the billing page.`,
      );
    }
    const plan = TIERS[tier];
    // Asking twice within ten minutes (a double click, a retry) gives the same checkout.
    const window = Math.floor(Date.now() / 600_000);
    const session = await this.payments.call('start a subscription', (stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: 'usd',
                unit_amount: plan.monthlyPriceMinor,
                recurring: { interval: 'month' },
                product_data: { name: `ProStudio ${plan.name}` },
              },
            },
          ],
          client_reference_id: user.id,
          ...(current?.stripeCustomerId
            ? { customer: current.stripeCustomerId }
            : { customer_email: user.email }),
          metadata: { userId: user.id, tier },
          subscription_data: { metadata: { userId: user.id, tier } },
          success_url: `${publicUrl}/studio/plan?checkout=done`,
          cancel_url: `${publicUrl}/studio/plan?checkout=cancelled`,
        },
        { idempotencyKey: `subscribe-${user.id}-${tier}-${window}` },
      ),
    );
    if (!session.url) throw new ConflictException('Stripe did not return a checkout page.');
    return { url: session.url };
  }

  /** Stripe's billing page, where a subscriber changes plan, card, or cancels. */
  async portal(userId: string): Promise<{ url: string }> {
    const { publicUrl } = this.payments.require();
    const subscription = await this.prisma.subscription.findUnique({ where: { userId } });
    const customer = subscription?.stripeCustomerId;
    if (!customer) throw new ConflictException('You have no paid plan to manage.');
    const session = await this.payments.call('open the billing page', (stripe) =>
      stripe.billingPortal.sessions.create({ customer, return_url: `${publicUrl}/studio/plan` }),
    );
    return { url: session.url };
  }

  /** Cancels at the end of the period already paid for (Stripe then sends the updates). */
  async cancel(userId: string): Promise<Plan> {
    const subscription = await this.prisma.subscription.findUnique({ where: { userId } });
    const id = subscription?.stripeSubscriptionId;
    if (!id || effectiveTier(subscription).tier === 'free')
      throw new ConflictException('You have no paid plan.');
    const updated = await this.payments.call('cancel the plan', (stripe) =>
      stripe.subscriptions.update(id, { cancel_at_period_end: true }),
    );
    await this.prisma.subscription.update({
      where: { userId },
      data: { cancelAtPeriodEnd: updated.cancel_at_period_end },
    });
    return this.plan(userId);
  }

  /** Applies a `customer.subscription.*` event, unless a later one was applied already. */
  async applySubscription(
    tx: Prisma.TransactionClient,
    subscription: Stripe.Subscription,
    eventAt: Date,
  ): Promise<void> {
    const userId = subscription.metadata['userId'];
    const tier = subscription.metadata['tier'];
    if (!userId || !isPaidTier(tier)) return;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return;
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
    const current = await tx.subscription.findUnique({ where: { userId } });
    const sameSubscription = current?.stripeSubscriptionId === subscription.id;
    if (current?.lastEventAt && current.lastEventAt > eventAt && sameSubscription) return;
    // The end of an old subscription does not end the one that replaced it.
    const replaced = current && !sameSubscription && effectiveTier(current).tier !== 'free';
    if (replaced && effectiveTier({ tier, status: subscription.status }).tier === 'free') return;
    // An end is final: a late "updated" from before it (same second) does not bring it back.
    if (sameSubscription && current?.status === 'canceled' && subscription.status !== 'canceled') return;
    const periodEnd = subscription.items.data[0]?.current_period_end;
    const data = {
      tier,
      status: subscription.status,
      stripeCustomerId:
        typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id,
      stripeSubscriptionId: subscription.id,
      currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      lastEventAt: eventAt,
    };
    await tx.subscription.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  }

  /** What the member's uploads and songs take. */
  private async usedBytes(userId: string): Promise<number> {
    const [media, songs] = await Promise.all([
      this.prisma.media.aggregate({ where: { ownerId: userId }, _sum: { bytes: true } }),
      this.prisma.song.aggregate({ where: { ownerId: userId }, _sum: { bytes: true } }),
    ]);
    return (media._sum.bytes ?? 0) + (songs._sum.bytes ?? 0);
  }
}

const isPaidTier = (tier: string | undefined): tier is Exclude<Tier, 'free'> =>
  (PAID_TIERS as readonly string[]).includes(tier ?? '');
