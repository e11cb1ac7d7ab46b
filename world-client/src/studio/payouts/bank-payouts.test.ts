import { describe, expect, it } from 'vitest';
import { arrivalDay, arrivalWord, PAYOUT_STATUS_WORDS, statusTone } from './bank-payouts.ts';

describe('payouts to the bank', () => {
  it('says each of Stripe’s statuses in words', () => {
    expect(PAYOUT_STATUS_WORDS.in_transit).toBe('On its way to your bank');
    expect(Object.values(PAYOUT_STATUS_WORDS).every((words) => !words.includes('_'))).toBe(true);
    expect(['paid', 'in_transit', 'failed'].map((s) => arrivalWord(s as 'paid'))).toEqual([
      'Arrived',
      'Expected',
      'Was due',
    ]);
    expect(['paid', 'in_transit', 'canceled'].map((s) => statusTone(s as 'paid'))).toEqual([
      'paid',
      'pending',
      'cancelled',
    ]);
  });

  it('dates a payout by its UTC day, in the reader’s locale', () => {
    expect(arrivalDay('2026-11-03T00:00:00.000Z', 'en-US')).toBe('Nov 3, 2026');
    expect(arrivalDay('2026-11-03T00:00:00.000Z', 'de-DE')).toBe('03.11.2026');
  });
});
