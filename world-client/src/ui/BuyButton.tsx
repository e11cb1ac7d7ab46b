import { useState } from 'react';
import { buy, formatPrice } from '../api/market.ts';
import { useAccount } from '../api/session.ts';
import { AccountForm } from './AccountForm.tsx';

/**
 * Buys one unit of a listing: asks a guest to sign in first, sends a paid order to Stripe's checkout page,
 * and says so when a free one is theirs.
 */
export function BuyButton({
  listing,
  label,
  onBought,
}: {
  listing: { id: string; priceMinor: number; currency: string };
  label: string;
  onBought?: () => void;
}) {
  const account = useAccount();
  const [state, setState] = useState<'idle' | 'signing-in' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const purchase = async () => {
    setError(null);
    setState('busy');
    try {
      const order = await buy(listing.id);
      if (order.status === 'pending' && order.checkoutUrl) {
        window.location.assign(order.checkoutUrl);
        return;
      }
      setState('done');
      onBought?.();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setState('idle');
    }
  };
  if (state === 'done') {
    return (
      <p className="bought" role="status">
        It is yours: see your orders in your account.
      </p>
    );
  }
  if (state === 'signing-in' && account.status !== 'signed-in') {
    return <AccountForm why="Sign in to buy; you come back right here." />;
  }
  return (
    <>
      <button
        type="button"
        disabled={state === 'busy'}
        onClick={() => (account.status === 'signed-in' ? void purchase() : setState('signing-in'))}
      >
        {label} · {formatPrice(listing.priceMinor, listing.currency)}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
