import type { ExhibitionRequest } from '@prostudio/backend/contract';
import { useState } from 'react';
import { takeDownExhibition } from '../api/venue.ts';
import { useAction } from './useAction.ts';

const when = (iso: string) => new Date(iso).toLocaleDateString();

/** An approved exhibition on now or to come, which the venue may take down (after saying yes twice). */
export function ScheduledExhibition({
  exhibition,
  onChanged,
}: {
  exhibition: ExhibitionRequest;
  onChanged: () => void;
}) {
  const { busy, error, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const dates = exhibition.opensAt
    ? `${when(exhibition.opensAt)} – ${exhibition.closesAt ? when(exhibition.closesAt) : 'standing'}`
    : '';
  return (
    <li className="scheduled">
      <span>
        <strong>{exhibition.title}</strong> · {exhibition.artist?.name ?? 'the venue'} ·{' '}
        {exhibition.space.name} · {dates}
      </span>
      {confirming ? (
        <span className="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => takeDownExhibition(exhibition.id), onChanged)}
          >
            Yes, take down {exhibition.title}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="secondary"
          aria-label={`Take down ${exhibition.title}`}
          onClick={() => setConfirming(true)}
        >
          Take down
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
