import type { PayoutOverview } from '@prostudio/backend/contract';
import { formatPrice } from '../../api/market.ts';
import { fetchPayouts, startOnboarding } from '../../api/selling.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { formatShare } from '../sales/listing-form.ts';
import '../sales/sales.css';
import type { StudioTabProps } from '../tab-props.ts';
import { ACCOUNT_STATES, accountState, totals } from './account-state.ts';
import { BankPayouts } from './BankPayouts.tsx';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * Payouts: the Stripe account (set up from here), the balance, the payouts to the bank, and each sale with the
 * venue's commission.
 */
export function PayoutsTab(_props: StudioTabProps) {
  const [overview] = useLoad('payouts', fetchPayouts);
  return (
    <div className="studio-payouts">
      <h1>Payouts</h1>
      {overview.state === 'loading' && <p aria-busy="true">Loading your payouts…</p>}
      {overview.state === 'failed' && (
        <p className="error" role="alert">
          {overview.message}
        </p>
      )}
      {overview.state === 'ready' && <Payouts overview={overview.value} />}
    </div>
  );
}

function Payouts({ overview }: { overview: PayoutOverview }) {
  const state = accountState(overview);
  const words = ACCOUNT_STATES[state];
  const { busy, error, run } = useAction();
  const onboard = () =>
    void run(async () => {
      const { url } = await startOnboarding();
      window.location.assign(url);
    });
  const sums = totals(overview.earnings);
  return (
    <>
      <section
        className="card"
        data-testid="payout-account"
        data-state={state}
        aria-labelledby="payouts-account"
      >
        <h2 id="payouts-account">{words.title}</h2>
        <p>{words.text}</p>
        {words.action && (
          <button type="button" disabled={busy} onClick={onboard}>
            {busy ? 'Opening Stripe…' : words.action}
          </button>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>

      <section aria-labelledby="payouts-balance">
        <h2 id="payouts-balance">Balance</h2>
        {overview.balances.length === 0 ? (
          <p className="empty">
            Nothing earned yet{state === 'no-stripe' ? ': free sales earn nothing to pay out' : ''}.
          </p>
        ) : (
          <ul className="rows" data-testid="balances">
            {overview.balances.map((balance) => (
              <li key={balance.currency} className="row">
                <strong>{formatPrice(balance.amountMinor, balance.currency)}</strong>
                <span className="muted">
                  your share of {overview.sales} paid {overview.sales === 1 ? 'sale' : 'sales'}, less refunds
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <BankPayouts account={state} />

      <section aria-labelledby="payouts-sales">
        <h2 id="payouts-sales">Sales</h2>
        {overview.earnings.length === 0 ? (
          <p className="empty">No sales yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="money" data-testid="earnings">
              <thead>
                <tr>
                  <th scope="col">Sold</th>
                  <th scope="col">What</th>
                  <th scope="col" className="amount">
                    Price
                  </th>
                  <th scope="col" className="amount">
                    Venue’s commission
                  </th>
                  <th scope="col" className="amount">
                    Your share
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.earnings.map((earning) => (
                  <tr key={earning.orderId} data-status={earning.status}>
                    <td>
                      <time dateTime={earning.soldAt}>{when.format(new Date(earning.soldAt))}</time>
                    </td>
                    <td>
                      {earning.title}
                      {earning.status === 'refunded' && <span className="state refunded"> refunded</span>}
                    </td>
                    <td className="amount">{formatPrice(earning.amountMinor, earning.currency)}</td>
                    <td className="amount">
                      {formatShare(earning.feeBps)} ·{' '}
                      {formatMoney(earning.platformFeeMinor, earning.currency)}
                    </td>
                    <td className="amount">{formatMoney(earning.sellerMinor, earning.currency)}</td>
                  </tr>
                ))}
              </tbody>
              {sums.length > 0 && (
                <tfoot>
                  {sums.map((sum) => (
                    <tr key={sum.currency}>
                      <th scope="row" colSpan={3}>
                        Kept, {sum.currency.toUpperCase()} (refunds left out)
                      </th>
                      <td className="amount">{formatMoney(sum.platformFeeMinor, sum.currency)}</td>
                      <td className="amount">{formatMoney(sum.sellerMinor, sum.currency)}</td>
                    </tr>
                  ))}
                </tfoot>
              )}
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** An amount of money as such, zero included ("$0.00", where a price would say "Free"). */
function formatMoney(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() }).format(
    amountMinor / 100,
  );
}
