// Payouts (Stripe Connect), the ledger, and the Stripe pages the API sends people to.
import { z } from 'zod';

export const payoutStatusSchema = z.object({
  account: z
    .object({ chargesEnabled: z.boolean(), payoutsEnabled: z.boolean(), detailsSubmitted: z.boolean() })
    .nullable(),
  /** The artist's earnings so far, per currency, from the ledger. */
  balances: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
  sales: z.number().int(),
});
export type PayoutStatus = z.infer<typeof payoutStatusSchema>;

export const redirectSchema = z.object({ url: z.string() });

export const reconciliationSchema = z.object({
  orders: z.number().int(),
  balanced: z.boolean(),
  problems: z.array(z.object({ orderId: z.string(), problem: z.string() })),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

/** The API's answer to a Stripe event it accepted. */
export const webhookReceiptSchema = z.object({
  received: z.literal(true),
  /** This event had been applied already (Stripe retries, and may send an event twice). */
  duplicate: z.boolean(),
});
