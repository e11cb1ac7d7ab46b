// The commission form's numbers: people type percentages, the API keeps basis points; and the example sale
// each share is shown with. Pure, so it is tested in Node.
import type { CommissionShares } from '@prostudio/backend/contract';

export const SHARE_KINDS = [
  'original',
  'print',
  'commission',
  'ticket',
  'course',
] as const satisfies readonly (keyof CommissionShares)[];

export const SHARE_LABELS: Record<keyof CommissionShares, string> = {
  original: 'Originals',
  print: 'Prints',
  commission: 'Commissions',
  ticket: 'Show tickets',
  course: 'Courses',
};

/** "15" or "12,5" -> 1500 or 1250; null when it is not a number (the API names the range). */
export function percentToBps(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

/** 1250 -> "12.5", as the percentage field shows it. */
export const bpsToPercent = (bps: number): string => String(Number((bps / 100).toFixed(2)));

/** What the venue and the artist get of a sale of `amountMinor` at `bps` (the venue's share rounded half up). */
export function exampleSplit(amountMinor: number, bps: number): { venue: number; artist: number } {
  const venue = Math.floor((amountMinor * bps + 5000) / 10_000);
  return { venue, artist: amountMinor - venue };
}
