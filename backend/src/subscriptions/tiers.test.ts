import { describe, expect, it } from 'vitest';
import { effectiveTier, featureRefusal, fitsStorage, hasFeature, TIERS } from './tiers.ts';

describe('subscription tiers', () => {
  it('prices each plan in whole cents Stripe can charge, above the one below, with its features too', () => {
    const ladder = [TIERS.free, TIERS.pro, TIERS.studio, TIERS.enterprise];
    expect(TIERS.free.monthlyPriceMinor).toBe(0);
    for (const [below, plan] of ladder.slice(0, -1).map((b, i) => [b, ladder[i + 1]!] as const)) {
      expect(Number.isInteger(plan.monthlyPriceMinor)).toBe(true);
      expect(plan.monthlyPriceMinor).toBeGreaterThanOrEqual(Math.max(50, below.monthlyPriceMinor + 1));
      for (const feature of below.features) expect(hasFeature(plan, feature)).toBe(true);
    }
    expect(hasFeature(TIERS.free, 'ai')).toBe(false);
    expect(hasFeature(TIERS.pro, 'ai')).toBe(true);
    expect(hasFeature(TIERS.studio, 'collaboration')).toBe(true);
    expect(hasFeature(TIERS.studio, 'api-access')).toBe(false);
    expect(hasFeature(TIERS.enterprise, 'white-label')).toBe(true);
  });

  it('holds 5 GB on Creator Free and unlimited on paid plans', () => {
    expect(fitsStorage(TIERS.free, 4_999_000_000, 1_000_000)).toBe(true);
    expect(fitsStorage(TIERS.free, 4_999_500_000, 1_000_000)).toBe(false);
    expect(fitsStorage(TIERS.pro, 50_000_000_000, 1_000_000)).toBe(true);
  });

  it('falls back to Creator Free when a subscription is not in good standing', () => {
    expect(effectiveTier(null).tier).toBe('free');
    expect(effectiveTier({ tier: 'studio', status: 'active' }).tier).toBe('studio');
    expect(effectiveTier({ tier: 'studio', status: 'past_due' }).tier).toBe('studio');
    expect(effectiveTier({ tier: 'studio', status: 'canceled' }).tier).toBe('free');
    expect(effectiveTier({ tier: 'pro', status: 'incomplete' }).tier).toBe('free');
  });

  it('says which plan a feature needs', () => {
    expect(featureRefusal(TIERS.free, 'ai')).toBe('Creator Free does not include ai; Creator Pro does.');
    expect(featureRefusal(TIERS.pro, 'collaboration')).toBe(
      'Creator Pro does not include collaboration; Studio does.',
    );
    expect(featureRefusal(TIERS.enterprise, 'api-access')).toBeNull();
  });
});
