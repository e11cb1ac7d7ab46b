import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import { isOwnerOrAdmin } from '../common/owner-or-admin.ts';
import type { Commission, CommissionSettings, MyListing, NewCommissionUpdate, Sale } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { venueShares } from '../venue/commission-shares.ts';
import { PREMIUM_LISTING_FEE_BPS } from './pricing.ts';
import { listingInclude, listingView } from './views.ts';

/** What the studio's Sales tab sells: originals, prints and commissions (tickets and courses have their own). */
export const STUDIO_KINDS = ['original', 'print', 'commission'] as const;

const updatesInclude = {
  commissionUpdates: {
    orderBy: { createdAt: 'asc' },
    select: { status: true, message: true, createdAt: true },
  },
} as const;

type UpdateRow = {
  status: Commission['updates'][number]['status'];
  message: string;
  createdAt: Date;
};

const commissionView = (orderId: string, rows: readonly UpdateRow[]): Commission => ({
  orderId,
  status: rows.at(-1)?.status ?? 'requested',
  updates: rows.map((row) => ({
    status: row.status,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
  })),
});

/**
 * The seller's side of the marketplace: their listings with what is sold, the orders of them, and commissions'
 * progress, which the seller reports and the buyer reads.
 */
@Injectable()
export class SellingService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** The venue's commission on what is listed from now on, for sellers to see before they list. */
  async terms(): Promise<CommissionSettings> {
    const { updatedAt, ...shares } = await venueShares(this.prisma);
    return { shares, premiumExtraBps: PREMIUM_LISTING_FEE_BPS, updatedAt: updatedAt?.toISOString() ?? null };
  }

  /** The seller's own originals, prints and commission slots, on sale or withdrawn, newest first. */
  async myListings(sellerId: string): Promise<MyListing[]> {
    const rows = await this.prisma.listing.findMany({
      where: { sellerId, kind: { in: [...STUDIO_KINDS] } },
      orderBy: { createdAt: 'desc' },
      take: 500,
      include: listingInclude,
    });
    return rows.map((row) => ({
      ...listingView(row),
      sold: row.sold,
      reserved: row.reserved,
      feeBps: row.feeBps,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  /** The orders of the seller's listings, newest first, whatever their state. */
  async sales(sellerId: string): Promise<Sale[]> {
    const rows = await this.prisma.order.findMany({
      where: { listing: { sellerId, kind: { in: [...STUDIO_KINDS] } } },
      orderBy: { createdAt: 'desc' },
      take: 500,
      include: {
        listing: { select: { id: true, title: true, kind: true } },
        buyer: { select: { displayName: true } },
        ...updatesInclude,
      },
    });
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      listing: row.listing,
      buyer: { name: row.buyer.displayName },
      amountMinor: row.amountMinor,
      currency: row.currency,
      platformFeeMinor: row.platformFeeMinor,
      sellerMinor: row.amountMinor - row.platformFeeMinor,
      createdAt: row.createdAt.toISOString(),
      paidAt: row.paidAt?.toISOString() ?? null,
      commission: row.listing.kind === 'commission' ? commissionView(row.id, row.commissionUpdates) : null,
    }));
  }

  /** A commission's progress, for its buyer or its seller (anyone else: there is no such order). */
  async commission(orderId: string, user: AccessClaims): Promise<Commission> {
    const order = await this.findCommission(orderId, user);
    return commissionView(order.id, order.commissionUpdates);
  }

  /** The seller reports a commission's progress to its buyer: a status, and a message if any. */
  async updateCommission(
    orderId: string,
    user: AccessClaims,
    update: NewCommissionUpdate,
  ): Promise<Commission> {
    const order = await this.findCommission(orderId, user);
    if (!isOwnerOrAdmin(user, order.listing.sellerId)) {
      throw new ForbiddenException('Only its seller reports on a commission.');
    }
    if (order.status !== 'paid') {
      throw new ConflictException(`A ${order.status} order is not a commission to work on.`);
    }
    await this.prisma.commissionUpdate.create({
      data: { orderId: order.id, status: update.status, message: update.message },
    });
    return this.commission(orderId, user);
  }

  private async findCommission(orderId: string, user: AccessClaims) {
    const order = await this.prisma.order.findUnique({
      where: { id: orderId },
      include: { listing: { select: { sellerId: true, kind: true } }, ...updatesInclude },
    });
    const mayRead = order && (order.buyerId === user.sub || isOwnerOrAdmin(user, order.listing.sellerId));
    if (!order || !mayRead) throw new NotFoundException('There is no such order.');
    if (order.listing.kind !== 'commission') throw new NotFoundException('This order is not a commission.');
    return order;
  }
}
