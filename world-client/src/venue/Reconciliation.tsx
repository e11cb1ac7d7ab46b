import { useId } from 'react';
import { fetchMoney, fetchReconciliation } from '../api/venue.ts';
import { useLoad } from '../learn/useLoad.ts';
import { formatMoney } from './money-format.ts';

/**
 * The ledger's money by currency (sold, refunded, the venue's and the artists' shares), and the ledger
 * checked against itself and against what Stripe reported, each mismatch by order, highlighted.
 */
export function Reconciliation() {
  const load = async () => Promise.all([fetchMoney(), fetchReconciliation()]);
  const [report, reload] = useLoad('venue-reconciliation', load);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reconciliation</h2>
      <button type="button" className="secondary" onClick={reload}>
        Check again
      </button>
      {report.state === 'loading' && <p aria-busy="true">Checking the ledger…</p>}
      {report.state === 'failed' && (
        <p className="error" role="alert">
          {report.message}
        </p>
      )}
      {report.state === 'ready' && (
        <>
          {report.value[0].currencies.length === 0 ? (
            <p className="empty">Nothing has been sold yet.</p>
          ) : (
            <div className="calendar-scroll">
              <table className="money-table" data-testid="money-totals">
                <caption className="visually-hidden">The ledger’s totals by currency</caption>
                <thead>
                  <tr>
                    <th scope="col">Currency</th>
                    <th scope="col" className="amount">
                      Orders
                    </th>
                    <th scope="col" className="amount">
                      Sold
                    </th>
                    <th scope="col" className="amount">
                      Refunded
                    </th>
                    <th scope="col" className="amount">
                      The venue’s share
                    </th>
                    <th scope="col" className="amount">
                      The artists’ share
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.value[0].currencies.map((row) => (
                    <tr key={row.currency}>
                      <th scope="row">{row.currency.toUpperCase()}</th>
                      <td className="amount">{new Intl.NumberFormat().format(row.orders)}</td>
                      <td className="amount">{formatMoney(row.sales, row.currency)}</td>
                      <td className="amount">{formatMoney(row.refunds, row.currency)}</td>
                      <td className="amount">{formatMoney(row.venueShare, row.currency)}</td>
                      <td className="amount">{formatMoney(row.artistsShare, row.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.value[1].balanced ? (
            <p className="balanced" role="status" data-testid="reconciled">
              All {new Intl.NumberFormat().format(report.value[1].orders)} paid orders balance, and match what
              Stripe charged and refunded.
            </p>
          ) : (
            <>
              <p className="error" role="alert" data-testid="reconciled">
                {report.value[1].problems.length} mismatches among{' '}
                {new Intl.NumberFormat().format(report.value[1].orders)} paid orders:
              </p>
              <ul data-testid="mismatches">
                {report.value[1].problems.map((problem) => (
                  <li key={`${problem.orderId}-${problem.problem}`} className="mismatch">
                    Order <code>{problem.orderId}</code>: {problem.problem}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
