import type { Sale } from '@prostudio/backend/contract';
import { formatPrice } from '../../api/market.ts';
import { refundOrder } from '../../api/selling.ts';
import { useAction } from '../../venue/useAction.ts';
import { CommissionReport } from './CommissionReport.tsx';
import { ConfirmButton } from './ConfirmButton.tsx';
import { ORDER_STATES, orderActions } from './order-states.ts';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The orders of the seller's listings: who bought what, when, for how much, where each stands; refunds. */
export function OrdersList({ sales, onChange }: { sales: readonly Sale[]; onChange: () => void }) {
  const { busy, error, run } = useAction();
  if (sales.length === 0) return <p className="empty">No orders yet.</p>;
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="rows" data-testid="orders">
        {sales.map((sale) => {
          const can = orderActions(sale);
          const amount = formatPrice(sale.amountMinor, sale.currency);
          return (
            <li key={sale.id} className="row order" data-status={sale.status}>
              <span className="what">
                <strong>{sale.listing.title}</strong>
                <span>
                  {sale.buyer.name} ·{' '}
                  <time dateTime={sale.paidAt ?? sale.createdAt}>
                    {when.format(new Date(sale.paidAt ?? sale.createdAt))}
                  </time>{' '}
                  · {amount}
                </span>
                {sale.amountMinor > 0 && (
                  <span className="muted">
                    Venue’s commission {formatPrice(sale.platformFeeMinor, sale.currency)} · yours{' '}
                    {formatPrice(sale.sellerMinor, sale.currency)}
                  </span>
                )}
              </span>
              <span className="actions">
                <span className={`state ${sale.status}`}>{ORDER_STATES[sale.status]}</span>
                {can.refund && (
                  <ConfirmButton
                    label={`Refund ${sale.buyer.name}`}
                    question={`Refund ${sale.buyer.name}’s order of “${sale.listing.title}” in full?`}
                    confirm={sale.amountMinor > 0 ? `Refund ${amount}` : 'Refund'}
                    busy={busy}
                    onConfirm={() => void run(() => refundOrder(sale.id), onChange)}
                  />
                )}
              </span>
              {sale.commission && can.report && (
                <CommissionReport commission={sale.commission} buyer={sale.buyer.name} onSent={onChange} />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
