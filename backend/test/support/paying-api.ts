// The API with payments on, against a local server that speaks Stripe's wire format (started first, stopped
// after), for one test file; and Stripe's webhook deliveries to it, signed as Stripe signs them.
import type Stripe from 'stripe';
import { afterAll, beforeAll, expect } from 'vitest';
import { type FakeStripe, startFakeStripe } from './fake-stripe.ts';
import { type TestApi, useTestApi } from './test-api.ts';

export const TEST_WEBHOOK_SECRET = 'whsec_backendtestsecret';

export interface PayingApi {
  readonly api: TestApi;
  /** The local Stripe, once started. */
  stripe(): FakeStripe;
  /** Delivers `event` to the webhook as Stripe would; the delivery must be accepted. */
  deliver(event: Stripe.Event): Promise<{ duplicate: boolean }>;
}

export function usePayingApi(): PayingApi {
  let stripe: FakeStripe | undefined;
  beforeAll(async () => {
    stripe = await startFakeStripe();
  });
  afterAll(async () => {
    await stripe?.close();
  });
  const started = (): FakeStripe => {
    if (!stripe) throw new Error('The local Stripe is not started yet.');
    return stripe;
  };
  const api = useTestApi(() => ({
    payments: {
      secretKey: started().secretKey,
      webhookSecret: TEST_WEBHOOK_SECRET,
      publicUrl: 'http://venue.test',
      apiBase: started().apiBase,
    },
  }));
  return {
    api,
    stripe: started,
    async deliver(event) {
      const { payload, signature } = started().signed(event, TEST_WEBHOOK_SECRET);
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/stripe/webhook',
        payload,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ duplicate: boolean }>();
    },
  };
}
