import {
  BadGatewayException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import type Stripe from 'stripe';
import {
  BANK_PAYOUT_STATUSES,
  type BankPayout,
  type BankPayouts,
  type PayoutStatus,
  type Reconciliation,
} from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { sellerAccount } from '../marketplace/pricing.ts';
import { PaymentsService } from '../payments/payments.ts';

/**
 * Artists' Stripe Connect accounts (Express), where their share of each sale goes: sales are destination
 * charges whose application fee is the platform's commission. Also reads the ledger back: an artist's
 * earnings, and the admin's reconciliation of the ledger with what Stripe reported.
 */
@Injectable()
export class PayoutsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PaymentsService) private readonly payments: PaymentsService,
  ) {}

  /** Starts (or resumes) Stripe's onboarding for an artist or instructor; returns where to send them. */
  async onboard(userId: string): Promise<{ url: string }> {
    const { publicUrl } = this.payments.require();
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, roles: true, artist: { select: { id: true } }, payoutAccount: true },
    });
    // Artists sell works and tickets; instructors sell courses.
    if (!user.artist && !user.roles.includes('instructor')) {
      throw new ForbiddenException('Make an artist profile first.');
    }
    let accountId = user.payoutAccount?.stripeAccountId;
    if (!accountId) {
      const account = await this.payments.call('create a payout account', (stripe) =>
        stripe.accounts.create(
          {
            type: 'express',
            email: user.email,
            metadata: { userId },
            capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          },
          { idempotencyKey: `connect-account-${userId}` },
        ),
      );
      accountId = account.id;
      await this.prisma.payoutAccount.upsert({
        where: { userId },
        create: { userId, stripeAccountId: accountId },
        update: {},
      });
    }
    const link = await this.payments.call('start payout onboarding', (stripe) =>
      stripe.accountLinks.create({
        account: accountId,
        type: 'account_onboarding',
        refresh_url: `${publicUrl}/studio/payouts?onboarding=retry`,
        return_url: `${publicUrl}/studio/payouts?onboarding=done`,
      }),
    );
    return { url: link.url };
  }

  /** Applies Stripe's view of a connected account (from `account.updated`). */
  async applyAccount(tx: Prisma.TransactionClient, account: Stripe.Account): Promise<void> {
    await tx.payoutAccount.updateMany({
      where: { stripeAccountId: account.id },
      data: {
        chargesEnabled: account.charges_enabled ?? false,
        payoutsEnabled: account.payouts_enabled ?? false,
        detailsSubmitted: account.details_submitted ?? false,
      },
    });
  }

  /** The connected account a seller's sales are paid into; a 409 when it cannot take payments yet. */
  async destinationFor(sellerId: string): Promise<string> {
    const account = await this.prisma.payoutAccount.findUnique({ where: { userId: sellerId } });
    if (!account?.chargesEnabled) {
      throw new ConflictException(
        'The seller has not finished setting up payouts, so this cannot be paid for yet.',
      );
    }
    return account.stripeAccountId;
  }

  /** Refuses to put a price on something before its seller can be paid. */
  async requireReadyToSell(sellerId: string, priceMinor: number): Promise<void> {
    if (priceMinor === 0) return;
    this.payments.require();
    const account = await this.prisma.payoutAccount.findUnique({ where: { userId: sellerId } });
    if (!account?.chargesEnabled) {
      throw new ConflictException(
        'Set up payouts (the studio’s Payouts tab, or POST /api/payouts/onboarding) before selling for money.',
      );
    }
  }

  /**
   * The seller's payouts from their connected account to their bank, as Stripe lists them (newest first); an
   * empty list that says why when the venue has no Stripe keys or the seller no account.
   */
  async bankPayouts(userId: string): Promise<BankPayouts> {
    if (!this.payments.configured) return { state: 'no-payments', payouts: [] };
    const account = await this.prisma.payoutAccount.findUnique({ where: { userId } });
    if (!account) return { state: 'no-account', payouts: [] };
    const list = await this.readStripe('list your payouts', (stripe) =>
      stripe.payouts.list({ limit: 20 }, { stripeAccount: account.stripeAccountId }),
    );
    return { state: 'listed', payouts: list.data.map(bankPayout) };
  }

  /** A one-time link into the seller's Stripe Express dashboard; a 409 until Stripe has their details. */
  async dashboard(userId: string): Promise<{ url: string }> {
    const account = await this.prisma.payoutAccount.findUnique({ where: { userId } });
    if (!account?.detailsSubmitted) {
      throw new ConflictException(
        'Your Stripe dashboard opens once payouts are set up: finish setting up payouts with Stripe first.',
      );
    }
    const link = await this.readStripe('open your Stripe dashboard', (stripe) =>
      stripe.accounts.createLoginLink(account.stripeAccountId),
    );
    return { url: link.url };
  }

  /** A Stripe call that charges nothing: its failure is a 502 that says so (PaymentsService.call logs it). */
  private async readStripe<T>(what: string, request: (stripe: Stripe) => Promise<T>): Promise<T> {
    try {
      return await this.payments.call(what, request);
    } catch (error) {
      if (!(error instanceof BadGatewayException)) throw error;
      throw new BadGatewayException(`Stripe could not ${what} just now. Try again in a moment.`);
    }
  }

  async status(userId: string): Promise<PayoutStatus> {
    const [account, balances, sales] = await Promise.all([
      this.prisma.payoutAccount.findUnique({ where: { userId } }),
      this.prisma.ledgerEntry.groupBy({
        by: ['currency'],
        where: { account: sellerAccount(userId) },
        _sum: { amountMinor: true },
        orderBy: { currency: 'asc' },
      }),
      this.prisma.ledgerEntry.count({ where: { account: sellerAccount(userId), kind: 'sale' } }),
    ]);
    return {
      account: account
        ? {
            chargesEnabled: account.chargesEnabled,
            payoutsEnabled: account.payoutsEnabled,
            detailsSubmitted: account.detailsSubmitted,
          }
        : null,
      balances: balances.map((row) => ({ currency: row.currency, amountMinor: row._sum.amountMinor ?? 0 })),
      sales,
    };
  }

  /**
   * Checks the ledger against itself and against Stripe's events: every settled order's lines sum to zero,
   * a paid order has its sale, a refunded one its refund too, and the amounts match what Stripe charged and
   * refunded.
   */
  async reconcile(): Promise<Reconciliation> {
    const orders = await this.prisma.order.findMany({
      where: { status: { in: ['paid', 'refunded'] }, amountMinor: { gt: 0 } },
      select: {
        id: true,
        status: true,
        amountMinor: true,
        platformFeeMinor: true,
        stripeAmountMinor: true,
        stripeRefundedMinor: true,
        ledger: { select: { kind: true, account: true, amountMinor: true } },
      },
    });
    const problems: Reconciliation['problems'] = [];
    for (const order of orders) {
      const problem = (text: string): void => void problems.push({ orderId: order.id, problem: text });
      const total = order.ledger.reduce((sum, line) => sum + line.amountMinor, 0);
      if (total !== 0) problem(`ledger lines sum to ${total}, not 0`);
      const line = (kind: string, account: string): number | undefined =>
        order.ledger.find((entry) => entry.kind === kind && entry.account === account)?.amountMinor;
      if (line('sale', 'customer') !== -order.amountMinor) problem('the sale is missing from the ledger');
      if (line('sale', 'platform') !== order.platformFeeMinor) problem('the platform fee is wrong');
      if (order.status === 'refunded' && line('refund', 'customer') !== order.amountMinor) {
        problem('the refund is missing from the ledger');
      }
      if (order.stripeAmountMinor !== order.amountMinor) {
        problem(
          `Stripe charged ${order.stripeAmountMinor ?? 'nothing'}, the order is for ${order.amountMinor}`,
        );
      }
      if (order.status === 'refunded' && order.stripeRefundedMinor !== order.amountMinor) {
        problem(`Stripe refunded ${order.stripeRefundedMinor ?? 'nothing'} of ${order.amountMinor}`);
      }
    }
    return { orders: orders.length, balanced: problems.length === 0, problems };
  }
}

/** Stripe's payout as the studio shows it; a status Stripe adds later reads as pending. */
function bankPayout(payout: Stripe.Payout): BankPayout {
  const status = BANK_PAYOUT_STATUSES.find((known) => known === payout.status) ?? 'pending';
  return {
    id: payout.id,
    amountMinor: payout.amount,
    currency: payout.currency,
    status,
    arrivalDate: new Date(payout.arrival_date * 1000).toISOString(),
  };
}
