// The venue's commission shares as the log writes them. Pure, tested in Node.
import type { CommissionShares } from '../contract.ts';

const LABELS: Record<keyof CommissionShares, string> = {
  original: 'originals',
  print: 'prints',
  commission: 'commissions',
  ticket: 'tickets',
  course: 'courses',
};

/** A share in basis points as a percentage: 1500 -> "15 %", 1250 -> "12.5 %". */
export const bpsInWords = (bps: number): string => `${Number((bps / 100).toFixed(2))} %`;

/** "originals 15 %, prints 15 %, commissions 5 %, tickets 10 %, courses 30 %". */
export function sharesInWords(shares: CommissionShares): string {
  return (Object.keys(LABELS) as (keyof CommissionShares)[])
    .map((kind) => `${LABELS[kind]} ${bpsInWords(shares[kind])}`)
    .join(', ');
}
