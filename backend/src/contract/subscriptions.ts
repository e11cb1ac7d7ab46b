// Subscriptions, and the API keys of the Enterprise plan's API access.
import { z } from 'zod';

export const subscribeSchema = z.object({ tier: z.enum(['pro', 'studio', 'enterprise']) });
export const planSchema = z.object({
  tier: z.enum(['free', 'pro', 'studio', 'enterprise']),
  name: z.string(),
  status: z.string(),
  features: z.array(z.string()),
  storage: z.object({ usedBytes: z.number().int(), limitBytes: z.number().int().nullable() }),
  currentPeriodEnd: z.string().nullable(),
  cancelAtPeriodEnd: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

export const newApiKeySchema = z.object({ name: z.string().trim().min(1).max(100) });
export type NewApiKey = z.infer<typeof newApiKeySchema>;
export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, to tell it apart. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
/** A key just made, with its secret: the only time the secret is shown. */
export const createdApiKeySchema = apiKeySchema.extend({ key: z.string() });
