import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import { AttemptLimiter, CHECKOUT_RULES } from '../accounts/attempt-limiter.ts';
import { TooManyRequestsException } from '../accounts/too-many-requests.ts';
import type { Order } from '../contract.ts';
import { isOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { PaymentsService } from '../payments/payments.ts';
import { PayoutsService } from '../payouts/payouts.service.ts';
import { alreadyHeld, grant } from './entitlements.ts';
import { nextStatus } from './order-state.ts';
import { ledgerLines, splitSale } from './pricing.ts';
import { releaseReserved, reserveUnit, sellUnit, settleReserved } from './stock.ts';
import { orderInclude, orderView } from './views.ts';

/**
 * How long a buyer has to pay before the held unit goes back on sale. Stripe's shortest session is 30
 * minutes from when it is created, so the time is counted from the call, with a minute to spare.
 */
export const CHECKOUT_MINUTES = 31;

type Tx = Prisma.TransactionClient;

/** What a Stripe event says about an order's payment. */
export interface PaymentFacts {
  readonly orderId: string;
  readonly eventId: string;
  readonly amountMinor: number;
  readonly paymentIntentId: string | null;
}

/**
 * Orders: one buyer, one unit of one listing. Free orders are settled at once; paid ones hold a unit while
 * the buyer pays in Stripe Checkout, and are settled only by Stripe's signed webhooks (see WebhooksService),
 * each applied once whatever the order or number of deliveries.
 */
@Injectable()
export class OrdersService {
  private readonly logger = new Logger('Orders');
  private readonly checkouts = new AttemptLimiter(CHECKOUT_RULES);

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PaymentsService) private readonly payments: PaymentsService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
  ) {}

  /** A cart-less checkout of one unit: a settled order when free, else one with a Stripe Checkout URL. */
  async order(buyer: AccessClaims, listingId: string): Promise<Order> {
    const wait = this.checkouts.take(buyer.sub);
    if (wait > 0) throw new TooManyRequestsException('Too many checkouts at once.', wait);
    const listing = await this.prisma.listing.findUnique({
      where: { id: listingId },
      include: { show: { select: { endsAt: true, status: true } }, course: { select: { status: true } } },
    });
    if (!listing) throw new NotFoundException('body.listingId: there is no such listing.');
    // A show's tickets stay off sale while the venue has not approved it (its listing is inactive too).
    if (listing.show && listing.show.status !== 'approved') {
      throw new ConflictException('Tickets go on sale once the venue approves the show.');
    }
    if (!listing.active) throw new GoneException('This is no longer for sale.');
    if (listing.sellerId === buyer.sub) throw new ConflictException('You cannot buy your own listing.');
    await this.checkNotHeld(buyer.sub, listing);
    const split = splitSale(listing.priceMinor, listing.feeBps);
    const terms = {
      buyerId: buyer.sub,
      listingId: listing.id,
      amountMinor: listing.priceMinor,
      currency: listing.currency,
      platformFeeMinor: split.platformFeeMinor,
    };
    if (listing.priceMinor === 0) return this.orderFree(terms, listing);

    const { publicUrl } = this.payments.require();
    const destination = await this.payouts.destinationFor(listing.sellerId);
    if (!(await reserveUnit(this.prisma, listing.id))) throw this.soldOut();
    const order = await this.prisma.order.create({ data: terms }).catch(async (error: unknown) => {
      await releaseReserved(this.prisma, listing.id);
      throw error;
    });
    try {
      const session = await this.payments.startCheckout({
        orderId: order.id,
        title: listing.title,
        currency: listing.currency,
        amountMinor: listing.priceMinor,
        platformFeeMinor: split.platformFeeMinor,
        destination,
        publicUrl,
        expiresAt: new Date(Date.now() + CHECKOUT_MINUTES * 60_000),
      });
      const updated = await this.prisma.order.update({
        where: { id: order.id },
        data: {
          checkoutSessionId: session.id,
          checkoutUrl: session.url,
          expiresAt: new Date(session.expires_at * 1000),
        },
        include: orderInclude,
      });
      return orderView(updated);
    } catch (error) {
      await this.prisma.$transaction((tx) => this.applyExpiry(tx, order.id));
      throw error;
    }
  }

  async get(id: string, user: AccessClaims): Promise<Order> {
    const order = await this.prisma.order.findUnique({
      where: { id },
      include: {
        ...orderInclude,
        listing: { select: { id: true, title: true, kind: true, sellerId: true } },
      },
    });
    // Someone else's order is "not found": its existence is none of their business.
    const mayRead = order && (order.buyerId === user.sub || isOwnerOrAdmin(user, order.listing.sellerId));
    if (!order || !mayRead) throw new NotFoundException('There is no such order.');
    return orderView(order);
  }

  async mine(buyerId: string): Promise<Order[]> {
    const orders = await this.prisma.order.findMany({
      where: { buyerId },
      orderBy: { createdAt: 'desc' },
      take: 200,
      include: orderInclude,
    });
    return orders.map(orderView);
  }

  /**
   * Refunds a paid order in full (its seller or an admin). A free order is refunded at once; a paid one is
   * asked of Stripe, and shows as refunded when Stripe's `charge.refunded` arrives.
   */
  async refund(id: string, user: AccessClaims): Promise<Order> {
    const order = await this.prisma.order.findUnique({
      where: { id },
      include: { listing: { select: { sellerId: true } } },
    });
    const maySettle = isOwnerOrAdmin(user, order?.listing.sellerId);
    if (!order || (!maySettle && order.buyerId !== user.sub))
      throw new NotFoundException('There is no such order.');
    if (!maySettle) throw new ForbiddenException('Only the seller or an admin can refund an order.');
    if (order.status !== 'paid') throw new ConflictException(`A ${order.status} order cannot be refunded.`);
    if (order.amountMinor === 0) {
      await this.prisma.$transaction((tx) =>
        this.applyRefund(tx, { orderId: id, eventId: null, refundedMinor: 0 }),
      );
    } else {
      const paymentIntent = order.paymentIntentId;
      if (!paymentIntent) throw new ConflictException('The payment is not settled yet; try again shortly.');
      await this.payments.refundOrder('refund the payment', id, paymentIntent, true);
    }
    return this.get(id, user);
  }

  // Settling orders. Each runs inside the caller's transaction, with the order's row locked.

  /** The buyer paid. Out of turn (after the hold was released) it sells a unit if one is left, else refunds. */
  async applyPayment(tx: Tx, facts: PaymentFacts): Promise<void> {
    const order = await this.lockOrder(tx, facts.orderId);
    if (!order || !nextStatus(order.status, 'pay')) return;
    // A pending order's unit is held for it; a cancelled one's went back on sale and must be found again.
    let stock = true;
    if (order.status === 'pending') await settleReserved(tx, order.listingId);
    else stock = await sellUnit(tx, order.listingId);
    await tx.order.update({
      where: { id: order.id },
      data: {
        stripeAmountMinor: facts.amountMinor,
        paymentIntentId: facts.paymentIntentId,
        ...(stock ? { status: 'paid', paidAt: new Date() } : {}),
      },
    });
    if (!stock) {
      await this.refundPayment(order.id, facts.paymentIntentId, 'after its checkout expired and sold out');
      return;
    }
    await this.settle(tx, order, 'sale', facts.eventId);
    const listing = await tx.listing.findUniqueOrThrow({
      where: { id: order.listingId },
      select: { showId: true, courseId: true },
    });
    // Two checkouts by one buyer for one show (or course) can both be paid: the second buys nothing.
    if (!(await grant(tx, order, listing))) {
      await this.refundPayment(order.id, facts.paymentIntentId, 'by a buyer who already held what it is for');
    }
  }

  /** The checkout expired, was abandoned, or could not be started: the held unit goes back on sale. */
  async applyExpiry(tx: Tx, orderId: string): Promise<void> {
    const order = await this.lockOrder(tx, orderId);
    if (!order || !nextStatus(order.status, 'expire')) return;
    await releaseReserved(tx, order.listingId);
    await tx.order.update({ where: { id: order.id }, data: { status: 'cancelled', closedAt: new Date() } });
  }

  /**
   * Money went back to the buyer. A refund seen before its payment (webhooks come in any order) first settles
   * the payment, so the ledger tells the whole story either way. Partial refunds are recorded, not applied.
   */
  async applyRefund(
    tx: Tx,
    facts: { orderId: string; eventId: string | null; refundedMinor: number; payment?: PaymentFacts },
  ): Promise<void> {
    let order = await this.lockOrder(tx, facts.orderId);
    if (order && order.status === 'pending' && facts.payment) {
      await this.applyPayment(tx, facts.payment);
      order = await this.lockOrder(tx, facts.orderId);
    }
    if (!order) return;
    await tx.order.update({ where: { id: order.id }, data: { stripeRefundedMinor: facts.refundedMinor } });
    if (!nextStatus(order.status, 'refund') || facts.refundedMinor < order.amountMinor) return;
    await tx.order.update({ where: { id: order.id }, data: { status: 'refunded', closedAt: new Date() } });
    await tx.ticket.updateMany({
      where: { orderId: order.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.enrollment.updateMany({
      where: { orderId: order.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await this.settle(tx, order, 'refund', facts.eventId);
  }

  /** The order an id in Stripe's metadata or a payment intent points to. */
  async orderIdFor(
    tx: Tx,
    ref: { orderId?: string | undefined; paymentIntentId?: string | null },
  ): Promise<string | null> {
    if (ref.paymentIntentId) {
      const order = await tx.order.findUnique({
        where: { paymentIntentId: ref.paymentIntentId },
        select: { id: true },
      });
      if (order) return order.id;
    }
    return ref.orderId && UUID.test(ref.orderId) ? ref.orderId : null;
  }

  /**
   * Refunds a payment that bought nothing, from inside the webhook's transaction: a failure lets Stripe deliver
   * the event again, and the idempotency key makes the retry the same refund.
   */
  private async refundPayment(orderId: string, paymentIntent: string | null, why: string): Promise<void> {
    this.logger.warn(`Order ${orderId} was paid ${why}: refunding.`);
    if (!paymentIntent) return;
    await this.payments.refundOrder('refund a payment that bought nothing', orderId, paymentIntent, false);
  }

  private async orderFree(
    terms: {
      buyerId: string;
      listingId: string;
      amountMinor: number;
      currency: string;
      platformFeeMinor: number;
    },
    listing: { showId: string | null; courseId: string | null },
  ): Promise<Order> {
    // All or nothing: a second ticket (or place) for the buyer, or no stock left, and no order exists. The
    // unit is taken last, so that the listing's row is locked only for the moment before the commit.
    const id = await this.prisma.$transaction(async (tx) => {
      const order = await tx.order.create({ data: { ...terms, status: 'paid', paidAt: new Date() } });
      if (!(await grant(tx, order, listing))) throw alreadyHeld(listing.showId ? 'ticket' : 'place');
      if (!(await sellUnit(tx, terms.listingId))) throw this.soldOut();
      return order.id;
    });
    return orderView(await this.prisma.order.findUniqueOrThrow({ where: { id }, include: orderInclude }));
  }

  /**
   * Refuses a second ticket to a show, a second place on a course, and tickets to a show that is over. A quick
   * answer only: parallel orders all pass it, and `grant` is what the database holds to.
   */
  private async checkNotHeld(
    buyerId: string,
    listing: {
      id: string;
      show: { endsAt: Date } | null;
      courseId: string | null;
      course: { status: string } | null;
    },
  ): Promise<void> {
    if (listing.show) {
      if (listing.show.endsAt.getTime() <= Date.now()) throw new GoneException('This show is over.');
      const held = await this.prisma.ticket.count({
        where: { holderId: buyerId, revokedAt: null, order: { listingId: listing.id } },
      });
      if (held > 0) throw alreadyHeld('ticket');
    }
    if (listing.courseId) {
      if (listing.course?.status !== 'published') throw new GoneException('This course is not open.');
      const enrolled = await this.prisma.enrollment.count({
        where: { userId: buyerId, courseId: listing.courseId, revokedAt: null },
      });
      if (enrolled > 0) throw alreadyHeld('place');
    }
  }

  private soldOut(): ConflictException {
    return new ConflictException('Sold out: nothing is left of this edition.');
  }

  private async lockOrder(tx: Tx, id: string) {
    await tx.$queryRaw`SELECT id FROM orders WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.order.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        listingId: true,
        buyerId: true,
        amountMinor: true,
        platformFeeMinor: true,
        currency: true,
        listing: { select: { sellerId: true } },
      },
    });
  }

  private async settle(
    tx: Tx,
    order: {
      id: string;
      amountMinor: number;
      platformFeeMinor: number;
      currency: string;
      listing: { sellerId: string };
    },
    kind: 'sale' | 'refund',
    eventId: string | null,
  ): Promise<void> {
    if (order.amountMinor === 0) return;
    await tx.ledgerEntry.createMany({
      data: ledgerLines(kind, order, order.listing.sellerId).map((line) => ({
        ...line,
        orderId: order.id,
        currency: order.currency,
        stripeEventId: eventId,
      })),
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
