import { describe, expect, it } from 'vitest';
import { checkoutSession, orderRefund } from './order-payloads.ts';

describe('what an order sends Stripe', () => {
  it('is a destination charge of one unit, less the platform’s fee, keyed by the order', () => {
    const { params, options } = checkoutSession({
      orderId: 'o-1',
      title: 'Salt Flats (print)',
      currency: 'usd',
      amountMinor: 10_000,
      platformFeeMinor: 1500,
      destination: 'acct_1',
      publicUrl: 'https://venue.example',
      expiresAt: new Date('2027-01-01T00:31:00.900Z'),
    });
    expect(options).toEqual({ idempotencyKey: 'checkout-o-1' });
    expect(params).toEqual({
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: { currency: 'usd', unit_amount: 10_000, product_data: { name: 'Salt Flats (print)' } },
        },
      ],
      client_reference_id: 'o-1',
      metadata: { orderId: 'o-1' },
      payment_intent_data: {
        application_fee_amount: 1500,
        transfer_data: { destination: 'acct_1' },
        metadata: { orderId: 'o-1' },
      },
      expires_at: Date.parse('2027-01-01T00:31:00Z') / 1000,
      success_url: 'https://venue.example/?order=o-1&checkout=done',
      cancel_url: 'https://venue.example/?order=o-1&checkout=cancelled',
    });
  });

  it('refunds the whole payment with the transfer and the fee, once per order', () => {
    expect(orderRefund('o-1', 'pi_1', true)).toEqual({
      params: {
        payment_intent: 'pi_1',
        reverse_transfer: true,
        refund_application_fee: true,
        metadata: { orderId: 'o-1' },
      },
      options: { idempotencyKey: 'refund-o-1' },
    });
    expect(orderRefund('o-1', 'pi_1', false).params).not.toHaveProperty('metadata');
  });
});
