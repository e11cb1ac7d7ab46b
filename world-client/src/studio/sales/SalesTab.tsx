import { ApiError } from '../../api/api.ts';
import { fetchMyListings, fetchSales, fetchSaleTerms, fetchSellableWorks } from '../../api/selling.ts';
import { useLoad } from '../../learn/useLoad.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { ListingForm } from './ListingForm.tsx';
import { ListingsList } from './ListingsList.tsx';
import { OrdersList } from './OrdersList.tsx';
import { Purchases } from './Purchases.tsx';
import './sales.css';

/** Works to sell; none (rather than a failure) for a member without an artist profile yet. */
const loadWorks = () =>
  fetchSellableWorks().catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });

/**
 * Selling: list an original, prints or commission slots; see the listings with what is sold; the orders of
 * them with their buyers, commissions to report on, refunds; and, as a buyer, what one has bought.
 */
export function SalesTab(_props: StudioTabProps) {
  const [works] = useLoad('sales-works', loadWorks);
  const [terms] = useLoad('sales-terms', fetchSaleTerms);
  const [listings, reloadListings] = useLoad('sales-listings', fetchMyListings);
  const [sales, reloadSales] = useLoad('sales-orders', fetchSales);
  const reloadAll = () => {
    reloadListings();
    reloadSales();
  };
  return (
    <div className="studio-sales">
      <h1>Sales</h1>
      {works.state === 'loading' && <p aria-busy="true">Loading your works…</p>}
      {works.state === 'failed' && (
        <p className="error" role="alert">
          {works.message}
        </p>
      )}
      {works.state === 'ready' &&
        (works.value === null ? (
          <p className="card">
            Make your artist profile on the Profile tab first: then you can sell your works here.
          </p>
        ) : (
          <ListingForm
            works={works.value}
            terms={terms.state === 'ready' ? terms.value : undefined}
            onListed={reloadListings}
          />
        ))}

      <section aria-labelledby="sales-listings">
        <h2 id="sales-listings">Your listings</h2>
        {listings.state === 'loading' && <p aria-busy="true">Loading your listings…</p>}
        {listings.state === 'failed' && (
          <p className="error" role="alert">
            {listings.message}
          </p>
        )}
        {listings.state === 'ready' && <ListingsList listings={listings.value} onChange={reloadAll} />}
      </section>

      <section aria-labelledby="sales-orders">
        <h2 id="sales-orders">Orders</h2>
        {sales.state === 'loading' && <p aria-busy="true">Loading orders…</p>}
        {sales.state === 'failed' && (
          <p className="error" role="alert">
            {sales.message}
          </p>
        )}
        {sales.state === 'ready' && <OrdersList sales={sales.value} onChange={reloadAll} />}
      </section>

      <section aria-labelledby="sales-bought">
        <h2 id="sales-bought">What you bought</h2>
        <Purchases />
      </section>
    </div>
  );
}
