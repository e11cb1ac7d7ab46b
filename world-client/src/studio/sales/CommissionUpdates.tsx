import type { Commission } from '@prostudio/backend/contract';
import { COMMISSION_STEPS } from './order-states.ts';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A commission's history, oldest first: each step and the seller's message with it. */
export function CommissionUpdates({ commission, empty }: { commission: Commission; empty: string }) {
  if (commission.updates.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ol className="updates" aria-label="Commission updates">
      {commission.updates.map((update, index) => (
        <li key={index}>
          <time dateTime={update.createdAt}>{when.format(new Date(update.createdAt))}</time> ·{' '}
          <strong>{COMMISSION_STEPS[update.status]}</strong>
          {update.message && <blockquote>{update.message}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
