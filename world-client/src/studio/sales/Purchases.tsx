import type { Commission, Order } from '@prostudio/backend/contract';
import { formatPrice } from '../../api/market.ts';
import { fetchCommission, fetchMyOrders } from '../../api/selling.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { CommissionUpdates } from './CommissionUpdates.tsx';
import { COMMISSION_STEPS, ORDER_STATES } from './order-states.ts';

interface Purchase {
  readonly order: Order;
  readonly commission: Commission | null;
}

/** What the member bought (besides tickets and courses), with each commission's news from its artist. */
async function loadPurchases(): Promise<Purchase[]> {
  const orders = (await fetchMyOrders()).filter((order) =>
    ['original', 'print', 'commission'].includes(order.listing.kind),
  );
  return Promise.all(
    orders.map(async (order) => ({
      order,
      commission:
        order.listing.kind === 'commission' && order.status !== 'pending' && order.status !== 'cancelled'
          ? await fetchCommission(order.id)
          : null,
    })),
  );
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The buyer's side: their orders of works and commissions, and what each commission's artist told them. */
export function Purchases() {
  const [purchases] = useLoad('studio-purchases', loadPurchases);
  if (purchases.state === 'loading') return <p aria-busy="true">Loading what you bought…</p>;
  if (purchases.state === 'failed') {
    return (
      <p className="error" role="alert">
        {purchases.message}
      </p>
    );
  }
  if (purchases.value.length === 0) return <p className="empty">You have not bought any works yet.</p>;
  return (
    <ul className="rows" data-testid="purchases">
      {purchases.value.map(({ order, commission }) => (
        <li key={order.id} className="row">
          <span className="what">
            <strong>{order.listing.title}</strong>
            <span>
              <time dateTime={order.createdAt}>{when.format(new Date(order.createdAt))}</time> ·{' '}
              {formatPrice(order.amountMinor, order.currency)} · {ORDER_STATES[order.status]}
              {commission && <> · {COMMISSION_STEPS[commission.status]}</>}
            </span>
          </span>
          {commission && (
            <div className="commission">
              <CommissionUpdates commission={commission} empty="No news from the artist yet." />
            </div>
          )}
          {order.status === 'pending' && order.checkoutUrl && <a href={order.checkoutUrl}>Finish paying</a>}
        </li>
      ))}
    </ul>
  );
}
