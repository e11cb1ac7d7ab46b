import type { Show } from '@prostudio/backend/contract';
import { useId } from 'react';
import { approveShow, declineShow } from '../api/venue.ts';
import { DeclineForm } from './DeclineForm.tsx';
import { useAction } from './useAction.ts';

const price = (show: Show) =>
  show.priceMinor === 0
    ? 'free'
    : new Intl.NumberFormat(undefined, { style: 'currency', currency: show.currency.toUpperCase() }).format(
        show.priceMinor / 100,
      );

/** An artist's request for a stage at a time, and the venue's answer. */
export function ShowRequestCard({ show, onAnswered }: { show: Show; onAnswered: () => void }) {
  const { busy, error, run } = useAction();
  const id = useId();
  return (
    <li className="card" aria-labelledby={`${id}-title`} data-testid="show-request">
      <h3 id={`${id}-title`}>{show.title}</h3>
      <p>
        {show.performer.name} · {show.space.name}
      </p>
      <p>
        {new Date(show.startsAt).toLocaleString()} – {new Date(show.endsAt).toLocaleTimeString()}
      </p>
      <p>
        {show.capacity} places, {price(show)}
      </p>
      {show.description && <p>{show.description}</p>}
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          aria-label={`Approve ${show.title}`}
          onClick={() => void run(() => approveShow(show.id), onAnswered)}
        >
          Approve
        </button>
        <DeclineForm
          what={show.title}
          busy={busy}
          onDecline={(reason) => run(() => declineShow(show.id, reason), onAnswered)}
        />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
