// Payments on, for an end-to-end test: the backend tests' local Stripe (a server speaking Stripe's wire format)
// started before the product, the environment that points the product at it, and Stripe's webhook deliveries
// to the running product, signed as Stripe signs them. Declare it before `useProductUnderTest` so that its
// `beforeAll` runs first, and pass `env` (a function) to it.
import { createServer } from 'node:net';
import type Stripe from 'stripe';
import { afterAll, beforeAll, expect } from 'vitest';
import { type FakeStripe, startFakeStripe } from '../../backend/test/support/fake-stripe.ts';

const WEBHOOK_SECRET = 'whsec_e2elocalstripe';

export interface LocalStripe {
  /** The local Stripe, once started. */
  stripe(): FakeStripe;
  /**
   * The product's environment: both keys, the local Stripe's address, and a port chosen now, so that the
   * address buyers come back to from Checkout is the one the product listens on.
   */
  env(): Record<string, string>;
  /** Delivers `event` to the product at `productUrl` as Stripe would; the product must accept it. */
  deliver(productUrl: string, event: Stripe.Event): Promise<void>;
}

/** A port free now, for the product to listen on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('No free port');
  return address.port;
}

export function useLocalStripe(): LocalStripe {
  let stripe: FakeStripe | undefined;
  let port = 0;
  beforeAll(async () => {
    stripe = await startFakeStripe();
    port = await freePort();
  });
  afterAll(async () => {
    await stripe?.close();
  });
  const started = (): FakeStripe => {
    if (!stripe)
      throw new Error('The local Stripe is not started yet: use it inside a test or a later hook.');
    return stripe;
  };
  return {
    stripe: started,
    env: () => ({
      STRIPE_SECRET_KEY: started().secretKey,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: started().apiBase,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    }),
    async deliver(productUrl, event) {
      const { payload, signature } = started().signed(event, WEBHOOK_SECRET);
      const response = await fetch(new URL('/api/stripe/webhook', productUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body: payload,
      });
      expect(response.status, await response.text()).toBe(200);
    },
  };
}
