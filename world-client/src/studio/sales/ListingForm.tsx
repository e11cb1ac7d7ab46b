import { currencySchema } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { formatPrice } from '../../api/market.ts';
import { createListing, type SellableWork } from '../../api/selling.ts';
import { type FieldError, fieldError, messageFor } from '../field-errors.ts';
import {
  commissionPreview,
  EMPTY_DRAFT,
  formatShare,
  KIND_NAMES,
  type ListingDraft,
  listingRequest,
  type SaleTerms,
  type SellKind,
} from './listing-form.ts';

const KINDS: readonly SellKind[] = ['original', 'print', 'commission'];

/**
 * Puts a work up for sale: the original, prints or commission slots, at a price typed in the currency, with
 * the venue's commission shown before anything is sent. A refused listing keeps what was typed.
 */
export function ListingForm({
  works,
  terms,
  onListed,
}: {
  works: readonly SellableWork[];
  /** The venue's commission now; its defaults until that is known. */
  terms?: SaleTerms | undefined;
  onListed: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ListingDraft>(EMPTY_DRAFT);
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  const [listed, setListed] = useState<string | null>(null);
  const set = <K extends keyof ListingDraft>(key: K, value: ListingDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const preview = commissionPreview(draft, terms);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setListed(null);
    const made = listingRequest(draft);
    if (!made.ok) {
      setError(made.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const listing = await createListing(made.request);
      setListed(listing.title);
      setDraft((current) => ({ ...EMPTY_DRAFT, kind: current.kind, currency: current.currency }));
      onListed();
    } catch (failure) {
      setError(fieldError(failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setBusy(false);
    }
  };

  const fieldProps = (field: string) => {
    const message = messageFor(error, field);
    return {
      id: `${id}-${field}`,
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-${field}-error` : undefined,
    };
  };
  const errorFor = (field: string) => {
    const message = messageFor(error, field);
    return message ? (
      <span id={`${id}-${field}-error`} className="field-error">
        {message}
      </span>
    ) : null;
  };

  return (
    <form
      noValidate
      className="card sell-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>Put something up for sale</h2>
      <fieldset>
        <legend>What you sell</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="inline">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => set('kind', kind)}
            />
            {KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-artworkId`}>
        {draft.kind === 'commission' ? 'An example work (optional)' : 'Which work'}
      </label>
      <select
        {...fieldProps('artworkId')}
        value={draft.artworkId}
        onChange={(event) => set('artworkId', event.target.value)}
      >
        <option value="">{draft.kind === 'commission' ? 'None' : 'Choose one of your works'}</option>
        {works.map((work) => (
          <option key={work.id} value={work.id}>
            {work.title}
          </option>
        ))}
      </select>
      {errorFor('artworkId')}
      {works.length === 0 && draft.kind !== 'commission' && (
        <p className="empty">Add a work on the Works tab first, or offer commission slots.</p>
      )}
      <label htmlFor={`${id}-title`}>
        {draft.kind === 'commission' ? 'What you will make' : 'Title (empty: the work’s own)'}
      </label>
      <input
        {...fieldProps('title')}
        type="text"
        maxLength={200}
        value={draft.title}
        placeholder={draft.kind === 'commission' ? 'A portrait of your house' : ''}
        onChange={(event) => set('title', event.target.value)}
      />
      {errorFor('title')}
      <label htmlFor={`${id}-edition`}>
        {draft.kind === 'commission'
          ? 'How many slots'
          : draft.kind === 'original'
            ? 'Edition'
            : 'Edition size'}
      </label>
      <input
        {...fieldProps('edition')}
        type="number"
        min={1}
        max={10_000}
        inputMode="numeric"
        value={draft.kind === 'original' ? '1' : draft.edition}
        disabled={draft.kind === 'original'}
        onChange={(event) => set('edition', event.target.value)}
      />
      {errorFor('edition')}
      <div className="price-row">
        <span>
          <label htmlFor={`${id}-priceMinor`}>Price (empty or 0: free)</label>
          <input
            {...fieldProps('priceMinor')}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft.price}
            placeholder="25.00"
            onChange={(event) => set('price', event.target.value)}
          />
        </span>
        <span>
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            {...fieldProps('currency')}
            value={draft.currency}
            onChange={(event) => set('currency', event.target.value as ListingDraft['currency'])}
          >
            {currencySchema.options.map((currency) => (
              <option key={currency} value={currency}>
                {currency.toUpperCase()}
              </option>
            ))}
          </select>
        </span>
      </div>
      {errorFor('priceMinor')}
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.premium}
          onChange={(event) => set('premium', event.target.checked)}
        />
        Premium: shown first in the marketplace
      </label>
      <p className="commission-preview" data-testid="commission-preview">
        The venue keeps {formatShare(preview.feeBps)} of each sale
        {preview.priceMinor !== null && preview.priceMinor > 0
          ? `: ${formatPrice(preview.platformFeeMinor, draft.currency)}, and you get ${formatPrice(preview.sellerMinor, draft.currency)}.`
          : '. Free sales cost you nothing.'}
      </p>
      {error && !error.field && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      {error?.field && (
        <p className="visually-hidden" role="alert">
          {error.message}
        </p>
      )}
      {listed && (
        <p className="bought" role="status">
          “{listed}” is on sale.
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Listing…' : 'List it'}
      </button>
    </form>
  );
}
