// Money: integer minor units (cents) with an ISO 4217 currency, lower-case as Stripe writes it.
import { z } from 'zod';
import { CURRENCIES, MAX_PRICE_MINOR, MIN_PAID_PRICE_MINOR } from '../marketplace/pricing.ts';

export const currencySchema = z.enum(CURRENCIES);

export const priceMinorSchema = z
  .number()
  .int('must be whole cents')
  .min(0)
  .max(MAX_PRICE_MINOR)
  .refine(
    (price) => price === 0 || price >= MIN_PAID_PRICE_MINOR,
    `must be 0 (free) or at least ${MIN_PAID_PRICE_MINOR} cents`,
  );
