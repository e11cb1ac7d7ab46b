import { describe, expect, it } from 'vitest';
import { canUpgradeTo, countLine, formatBytes, fractionUsed, tierOffers } from './usage.ts';

describe('the plan page', () => {
  it('writes sizes in decimal units as storage is sold', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(830_000, 'en')).toBe('830 kB');
    expect(formatBytes(4_230_000_000, 'en')).toBe('4.2 GB');
    expect(formatBytes(5_000_000_000, 'en')).toBe('5 GB');
    expect(formatBytes(5_000_000_000, 'de')).toMatch(/^5\sGB$/);
    expect(formatBytes(1_250_000_000, 'de')).toMatch(/^1,3\sGB$/);
  });

  it('says how full a limit is, and that no limit is never full', () => {
    expect(fractionUsed(2_500_000_000, 5_000_000_000)).toBe(0.5);
    expect(fractionUsed(6, 5)).toBe(1);
    expect(fractionUsed(3, null)).toBeNull();
    expect(fractionUsed(0, 0)).toBe(0);
    expect(countLine(3, null)).toBe('3 (no limit)');
    expect(countLine(2, 20)).toBe('2 of 20');
  });

  it('lists what each plan offers, and upgrades only from the free plan', () => {
    const free = {
      tier: 'free',
      name: 'Creator Free',
      monthlyPriceMinor: 0,
      currency: 'usd',
      storageBytes: 5e9,
      apiKeys: 0,
      features: ['basic-tools'],
    } as const;
    expect(tierOffers({ ...free, features: [...free.features] })).toEqual([
      `${formatBytes(5e9)} of storage`,
      'The creative tools',
    ]);
    expect(tierOffers({ ...free, storageBytes: null, features: ['api-access'] })).toEqual([
      'Unlimited storage',
      'API keys for your own scripts',
    ]);
    expect(canUpgradeTo('free', 'pro')).toBe(true);
    expect(canUpgradeTo('free', 'free')).toBe(false);
    expect(canUpgradeTo('pro', 'studio')).toBe(false);
  });
});
