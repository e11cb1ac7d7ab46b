import { Inject, Injectable } from '@nestjs/common';
import type { Earning, PayoutOverview } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { sellerAccount } from '../marketplace/pricing.ts';
import { PaymentsService } from '../payments/payments.ts';
import { PayoutsService } from './payouts.service.ts';

/**
 * A seller's earnings as the payouts page shows them: each settled sale with the venue's commission and the
 * seller's share read back from the ledger (a free sale has no lines: both are 0), beside the account's state.
 */
@Injectable()
export class EarningsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PaymentsService) private readonly payments: PaymentsService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
  ) {}

  async overview(userId: string): Promise<PayoutOverview> {
    const [status, earnings] = await Promise.all([this.payouts.status(userId), this.earnings(userId)]);
    return { ...status, paymentsConfigured: this.payments.configured, earnings };
  }

  /** Settled sales (paid, or paid then refunded) of the seller's listings, newest first. */
  async earnings(userId: string): Promise<Earning[]> {
    const seller = sellerAccount(userId);
    const orders = await this.prisma.order.findMany({
      where: { listing: { sellerId: userId }, status: { in: ['paid', 'refunded'] } },
      orderBy: [{ paidAt: 'desc' }, { createdAt: 'desc' }],
      take: 500,
      select: {
        id: true,
        status: true,
        amountMinor: true,
        currency: true,
        paidAt: true,
        createdAt: true,
        listing: { select: { title: true, kind: true, feeBps: true } },
        ledger: {
          where: { kind: 'sale', account: { in: ['platform', seller] } },
          select: { account: true, amountMinor: true },
        },
      },
    });
    return orders.map((order) => {
      const line = (account: string) =>
        order.ledger.filter((entry) => entry.account === account).reduce((sum, e) => sum + e.amountMinor, 0);
      return {
        orderId: order.id,
        title: order.listing.title,
        kind: order.listing.kind,
        status: order.status === 'refunded' ? 'refunded' : 'paid',
        soldAt: (order.paidAt ?? order.createdAt).toISOString(),
        currency: order.currency,
        amountMinor: order.amountMinor,
        feeBps: order.listing.feeBps,
        platformFeeMinor: line('platform'),
        sellerMinor: line(seller),
      };
    });
  }
}
