// What the API sends Stripe for an order: the Checkout Session of a sale and the refund of its payment, with
// their idempotency keys. Pure, so the payloads are tested in Node; PaymentsService sends them.
import type Stripe from 'stripe';

/** A sale of one unit of a listing, paid to its seller's connected account less the platform's fee. */
export interface CheckoutSale {
  readonly orderId: string;
  /** What the buyer sees in Checkout. */
  readonly title: string;
  readonly currency: string;
  readonly amountMinor: number;
  readonly platformFeeMinor: number;
  /** The seller's Stripe Connect account. */
  readonly destination: string;
  /** Where Stripe sends the buyer back. */
  readonly publicUrl: string;
  /** When the session expires (Stripe takes 30 minutes from its creation at the least). */
  readonly expiresAt: Date;
}

export interface StripeRequest<P> {
  readonly params: P;
  readonly options: Stripe.RequestOptions;
}

/**
 * A destination charge: the buyer pays the platform, Stripe sends the seller all but the platform's fee. The
 * order's id rides along in the metadata, so that the webhooks find their order; a retried call with the same
 * key is the same session.
 */
export function checkoutSession(sale: CheckoutSale): StripeRequest<Stripe.Checkout.SessionCreateParams> {
  return {
    params: {
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: sale.currency,
            unit_amount: sale.amountMinor,
            product_data: { name: sale.title },
          },
        },
      ],
      client_reference_id: sale.orderId,
      metadata: { orderId: sale.orderId },
      payment_intent_data: {
        application_fee_amount: sale.platformFeeMinor,
        transfer_data: { destination: sale.destination },
        metadata: { orderId: sale.orderId },
      },
      expires_at: Math.floor(sale.expiresAt.getTime() / 1000),
      success_url: `${sale.publicUrl}/?order=${sale.orderId}&checkout=done`,
      cancel_url: `${sale.publicUrl}/?order=${sale.orderId}&checkout=cancelled`,
    },
    options: { idempotencyKey: `checkout-${sale.orderId}` },
  };
}

/**
 * A refund of an order's whole payment, taking back the seller's transfer and the platform's fee; one per
 * order, whoever asks and however often. `tagged` puts the order's id in the refund's metadata (a refund the
 * seller or an admin asked for; the ones the webhooks make for a payment that bought nothing are not).
 */
export function orderRefund(
  orderId: string,
  paymentIntent: string,
  tagged: boolean,
): StripeRequest<Stripe.RefundCreateParams> {
  return {
    params: {
      payment_intent: paymentIntent,
      reverse_transfer: true,
      refund_application_fee: true,
      ...(tagged ? { metadata: { orderId } } : {}),
    },
    options: { idempotencyKey: `refund-${orderId}` },
  };
}
