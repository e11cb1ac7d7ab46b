// The seller's side of the API as the studio's Sales, Payouts and Plan tabs use it (and a commission's buyer),
// every reply checked against the shared contract.
import {
  apiKeySchema,
  bankPayoutsSchema,
  commissionSchema,
  commissionSettingsSchema,
  createdApiKeySchema,
  listingSchema,
  myListingSchema,
  orderSchema,
  payoutOverviewSchema,
  planSchema,
  redirectSchema,
  saleSchema,
  tierSchema,
  usageSchema,
  type ApiKey,
  type BankPayouts,
  type Commission,
  type CommissionSettings,
  type Listing,
  type MyListing,
  type NewCommissionUpdate,
  type NewListing,
  type Order,
  type PayoutOverview,
  type Plan,
  type Sale,
  type TierInfo,
  type Usage,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call } from './api.ts';

// Sales
export const fetchMyListings = (): Promise<MyListing[]> =>
  call('/api/listings/mine', z.array(myListingSchema));
export const createListing = (listing: NewListing): Promise<Listing> =>
  call('/api/listings', listingSchema, 'POST', listing);
export const withdrawListing = (id: string): Promise<Listing> =>
  call(`/api/listings/${id}`, listingSchema, 'DELETE');
export const fetchSaleTerms = (): Promise<CommissionSettings> =>
  call('/api/listings/terms', commissionSettingsSchema);
export const fetchSales = (): Promise<Sale[]> => call('/api/sales', z.array(saleSchema));
export const refundOrder = (id: string): Promise<Order> =>
  call(`/api/orders/${id}/refund`, orderSchema, 'POST');
export const fetchCommission = (orderId: string): Promise<Commission> =>
  call(`/api/orders/${orderId}/commission`, commissionSchema);
export const updateCommission = (orderId: string, update: NewCommissionUpdate): Promise<Commission> =>
  call(`/api/orders/${orderId}/commission`, commissionSchema, 'POST', update);
export const fetchMyOrders = (): Promise<Order[]> => call('/api/orders/mine', z.array(orderSchema));

/** The works an artist may sell: only what the Sales tab needs of their profile (404 without one). */
const sellableWorksSchema = z.object({
  works: z.array(z.object({ id: z.string(), title: z.string(), imageUrl: z.string() })),
});
export type SellableWork = z.infer<typeof sellableWorksSchema>['works'][number];
export const fetchSellableWorks = async (): Promise<SellableWork[]> =>
  (await call('/api/artists/me', sellableWorksSchema)).works;

// Payouts
export const fetchPayouts = (): Promise<PayoutOverview> =>
  call('/api/payouts/overview', payoutOverviewSchema);
export const startOnboarding = (): Promise<{ url: string }> =>
  call('/api/payouts/onboarding', redirectSchema, 'POST');
export const fetchBankPayouts = (): Promise<BankPayouts> => call('/api/payouts/transfers', bankPayoutsSchema);
export const openStripeDashboard = (): Promise<{ url: string }> =>
  call('/api/payouts/dashboard', redirectSchema, 'POST');

// Plan
export const fetchPlan = (): Promise<Plan> => call('/api/subscriptions/me', planSchema);
export const fetchTiers = (): Promise<TierInfo[]> => call('/api/subscriptions/tiers', z.array(tierSchema));
export const fetchUsage = (): Promise<Usage> => call('/api/subscriptions/usage', usageSchema);
export const startCheckout = (tier: 'pro' | 'studio' | 'enterprise'): Promise<{ url: string }> =>
  call('/api/subscriptions/checkout', redirectSchema, 'POST', { tier });
export const openBillingPortal = (): Promise<{ url: string }> =>
  call('/api/subscriptions/portal', redirectSchema, 'POST');
export const cancelPlan = (): Promise<Plan> => call('/api/subscriptions/cancel', planSchema, 'POST');
export const fetchApiKeys = (): Promise<ApiKey[]> => call('/api/api-keys', z.array(apiKeySchema));
export const createApiKey = (name: string): Promise<ApiKey & { key: string }> =>
  call('/api/api-keys', createdApiKeySchema, 'POST', { name });
export const revokeApiKey = (id: string): Promise<void> =>
  call(`/api/api-keys/${id}`, z.unknown(), 'DELETE').then(() => undefined);
