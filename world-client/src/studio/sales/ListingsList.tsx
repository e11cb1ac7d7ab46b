import type { MyListing } from '@prostudio/backend/contract';
import { formatPrice } from '../../api/market.ts';
import { withdrawListing } from '../../api/selling.ts';
import { useAction } from '../../venue/useAction.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { formatShare, KIND_NAMES } from './listing-form.ts';
import { stockLine } from './order-states.ts';

/** The seller's listings, on sale or withdrawn: price, commission, sold and left; withdrawing one, confirmed. */
export function ListingsList({
  listings,
  onChange,
}: {
  listings: readonly MyListing[];
  onChange: () => void;
}) {
  const { busy, error, run } = useAction();
  if (listings.length === 0) {
    return <p className="empty">Nothing listed yet: put a work up for sale above.</p>;
  }
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="rows" data-testid="my-listings">
        {listings.map((listing) => (
          <li key={listing.id} className={listing.active ? 'row' : 'row withdrawn'}>
            <span className="what">
              <strong>{listing.title}</strong>
              <span className="muted">
                {KIND_NAMES[listing.kind as keyof typeof KIND_NAMES] ?? listing.kind} ·{' '}
                {formatPrice(listing.priceMinor, listing.currency)} · venue keeps{' '}
                {formatShare(listing.feeBps)}
              </span>
              <span>{stockLine(listing)}</span>
            </span>
            {listing.active && (
              <span className="actions">
                <ConfirmButton
                  label="Withdraw"
                  name={`Withdraw ${listing.title}`}
                  question={`Take “${listing.title}” off sale? Orders already made are kept.`}
                  confirm="Withdraw"
                  busy={busy}
                  onConfirm={() => void run(() => withdrawListing(listing.id), onChange)}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
