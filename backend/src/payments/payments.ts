// The venue's link to Stripe: its client, its webhook secret and the public address Stripe sends buyers back
// to. Without keys the venue still runs: free things work and paid ones say that payments are not set up.
import {
  BadGatewayException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import Stripe from 'stripe';
import { type CheckoutSale, checkoutSession, orderRefund } from './order-payloads.ts';

export interface PaymentsOptions {
  readonly secretKey: string;
  readonly webhookSecret: string;
  /** Where the product is reached from outside (buyers come back here from Stripe Checkout). */
  readonly publicUrl: string;
  /** Another Stripe API address (tests point this at a local server that speaks Stripe's wire format). */
  readonly apiBase?: string | undefined;
}

export const PAYMENTS_OPTIONS = Symbol('PAYMENTS_OPTIONS');

export interface Payments {
  readonly stripe: Stripe;
  readonly webhookSecret: string;
  readonly publicUrl: string;
}

/** A Stripe client: the real SDK, against Stripe or (in tests) against `apiBase`. */
export function createStripe(secretKey: string, apiBase?: string): Stripe {
  const base = apiBase ? new URL(apiBase) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    telemetry: false,
    appInfo: { name: 'ProStudio' },
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}

export const PAYMENTS_NOT_CONFIGURED =
  'Payments are not configured on this venue: only free items, shows and plans are available.';

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger('Payments');
  private readonly payments: Payments | null;

  constructor(@Inject(PAYMENTS_OPTIONS) options: PaymentsOptions | null) {
    this.payments = options
      ? {
          stripe: createStripe(options.secretKey, options.apiBase),
          webhookSecret: options.webhookSecret,
          publicUrl: options.publicUrl.replace(/\/$/, ''),
        }
      : null;
  }

  get configured(): boolean {
    return this.payments !== null;
  }

  /** Stripe, or a 503 that says payments are not set up. */
  require(): Payments {
    if (!this.payments) throw new ServiceUnavailableException(PAYMENTS_NOT_CONFIGURED);
    return this.payments;
  }

  /** Starts the Stripe Checkout of an order's sale (order-payloads.ts says what is sent). */
  startCheckout(sale: CheckoutSale): Promise<Stripe.Checkout.Session> {
    const { params, options } = checkoutSession(sale);
    return this.call('start a checkout', (stripe) => stripe.checkout.sessions.create(params, options));
  }

  /** Refunds an order's whole payment; `what` names it in errors and logs, `tagged` see orderRefund. */
  refundOrder(what: string, orderId: string, paymentIntent: string, tagged: boolean): Promise<Stripe.Refund> {
    const { params, options } = orderRefund(orderId, paymentIntent, tagged);
    return this.call(what, (stripe) => stripe.refunds.create(params, options));
  }

  /**
   * Runs a Stripe call; its failures become clear HTTP errors (a declined card 402, Stripe unreachable 502)
   * and are logged without the request's secrets.
   */
  async call<T>(what: string, request: (stripe: Stripe) => Promise<T>): Promise<T> {
    const { stripe } = this.require();
    try {
      return await request(stripe);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError) {
        throw new HttpException(error.message, HttpStatus.PAYMENT_REQUIRED);
      }
      const detail =
        error instanceof Stripe.errors.StripeError ? `${error.type}: ${error.message}` : String(error);
      this.logger.error(`Stripe refused or failed to ${what}: ${detail}`);
      throw new BadGatewayException(
        `The payment provider could not ${what}; nothing was charged. Try again.`,
      );
    }
  }
}
