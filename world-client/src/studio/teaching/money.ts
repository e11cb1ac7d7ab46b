// A course's revenue as its instructor reads it. Pure, so it is tested in Node.
import { formatMoney } from '../money.ts';

/** A course's revenue as read in the studio: each currency's total, the instructor's share in brackets. */
export function revenueText(
  revenue: readonly {
    readonly currency: string;
    readonly grossMinor: number;
    readonly earnedMinor: number;
  }[],
  locale?: string,
): string {
  if (revenue.length === 0) return 'None yet';
  const paid = revenue.filter((one) => one.grossMinor !== 0);
  if (paid.length === 0) return 'None (free places only)';
  return paid
    .map(
      (one) =>
        `${formatMoney(one.grossMinor, one.currency, { locale })} (yours ${formatMoney(one.earnedMinor, one.currency, { locale })})`,
    )
    .join(' · ');
}
