// The plan page's numbers: sizes as people read them, how full a limit is, and what each plan offers.
// Pure, so it is tested in Node.
import type { TierInfo } from '@prostudio/backend/contract';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in decimal units, as storage is sold: "4.2 GB", "830 kB". */
export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** How much of a limit is used, 0..1; null when there is no limit. */
export function fractionUsed(used: number, limit: number | null): number | null {
  if (limit === null) return null;
  if (limit <= 0) return used > 0 ? 1 : 0;
  return Math.min(1, used / limit);
}

/** "12 of 20", "3 (no limit)", for counts. */
export function countLine(used: number, limit: number | null): string {
  return limit === null ? `${used} (no limit)` : `${used} of ${limit}`;
}

const FEATURES: Record<string, string> = {
  'basic-tools': 'The creative tools',
  ai: 'AI assistance',
  collaboration: 'Working together on documents',
  'white-label': 'Your own brand on the venue',
  'api-access': 'API keys for your own scripts',
};

/** What a plan offers, in words: storage first, then its features. */
export function tierOffers(tier: TierInfo): string[] {
  return [
    tier.storageBytes === null ? 'Unlimited storage' : `${formatBytes(tier.storageBytes)} of storage`,
    ...tier.features.map((feature) => FEATURES[feature] ?? feature),
  ];
}

/** Whether the member may move to `tier` through Checkout: only from the free plan, to a paid one. */
export const canUpgradeTo = (current: TierInfo['tier'], tier: TierInfo['tier']): boolean =>
  current === 'free' && tier !== 'free';
