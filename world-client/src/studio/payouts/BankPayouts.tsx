import { fetchBankPayouts, openStripeDashboard } from '../../api/selling.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { formatMoney } from '../money.ts';
import type { AccountState } from './account-state.ts';
import { arrivalDay, arrivalWord, PAYOUT_STATUS_WORDS, statusTone } from './bank-payouts.ts';
import { LoadProblem } from '../../ui/LoadProblem.tsx';

/** What Stripe sent (or will send) from the artist's account to their bank, and a way into their Stripe dashboard. */
export function BankPayouts({ account }: { account: AccountState }) {
  const [loaded, reload] = useLoad('bank-payouts', fetchBankPayouts);
  const { busy, error, run } = useAction();
  const openDashboard = () =>
    void run(async () => {
      const { url } = await openStripeDashboard();
      window.location.assign(url);
    });
  return (
    <section aria-labelledby="payouts-bank" data-testid="bank-payouts">
      <h2 id="payouts-bank">Payouts to your bank</h2>
      {loaded.state === 'loading' && <p aria-busy="true">Asking Stripe for your payouts…</p>}
      {loaded.state === 'failed' && <LoadProblem message={loaded.message} retry={reload} />}
      {loaded.state === 'ready' &&
        (loaded.value.payouts.length === 0 ? (
          <p className="empty">
            {loaded.value.state === 'no-payments'
              ? 'No payouts: this venue takes no payments.'
              : 'No payouts yet: Stripe sends your share on its schedule.'}
          </p>
        ) : (
          <ul className="rows" aria-label="Payouts to your bank">
            {loaded.value.payouts.map((payout) => (
              <li key={payout.id} className="row" data-status={payout.status}>
                <strong>{formatMoney(payout.amountMinor, payout.currency)}</strong>
                <span className={`state ${statusTone(payout.status)}`}>
                  {PAYOUT_STATUS_WORDS[payout.status]}
                </span>
                <span className="muted">
                  {arrivalWord(payout.status)}{' '}
                  <time dateTime={payout.arrivalDate}>{arrivalDay(payout.arrivalDate)}</time>
                </span>
              </li>
            ))}
          </ul>
        ))}
      {account === 'ready' && (
        <p>
          <button type="button" disabled={busy} onClick={openDashboard}>
            {busy ? 'Opening Stripe…' : 'Open your Stripe dashboard'}
          </button>{' '}
          <span className="muted">Stripe’s own page: payout schedule, bank account, tax forms.</span>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
