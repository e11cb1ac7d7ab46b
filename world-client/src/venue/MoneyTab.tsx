import { CommissionForm } from './CommissionForm.tsx';
import { Reconciliation } from './Reconciliation.tsx';

/** For admins: the venue's share of each kind of sale, and the ledger's money checked against Stripe. */
export function MoneyTab() {
  return (
    <>
      <h1>Money</h1>
      <CommissionForm />
      <Reconciliation />
    </>
  );
}
