import type { DeskSpace, Show } from '@prostudio/backend/contract';
import { useId, useState } from 'react';
import { approveShow, declineShow } from '../api/venue.ts';
import { DeclineForm } from './DeclineForm.tsx';
import { SpaceSelect } from './SpaceSelect.tsx';
import { fieldError } from '../studio/field-errors.ts';
import { useAction } from './useAction.ts';

const price = (show: Show) =>
  show.priceMinor === 0
    ? 'free'
    : new Intl.NumberFormat(undefined, { style: 'currency', currency: show.currency.toUpperCase() }).format(
        show.priceMinor / 100,
      );

/** An artist's request for a stage at a time, and the venue's answer (on that stage or another). */
export function ShowRequestCard({
  show,
  stages,
  onAnswered,
}: {
  show: Show;
  /** The stages it may go on instead of the one asked for. */
  stages: readonly DeskSpace[];
  onAnswered: () => void;
}) {
  const { busy, error, run } = useAction();
  const id = useId();
  const [stage, setStage] = useState(show.space.slug);
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
      <div className="approve">
        <SpaceSelect
          label="Stage"
          asked={show.space}
          spaces={stages}
          error={error}
          value={stage}
          onChange={setStage}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          aria-label={`Approve ${show.title}`}
          onClick={() =>
            void run(() => approveShow(show.id, stage === show.space.slug ? undefined : stage), onAnswered)
          }
        >
          Approve
        </button>
        <DeclineForm
          what={show.title}
          busy={busy}
          onDecline={(reason) => run(() => declineShow(show.id, reason), onAnswered)}
        />
      </div>
      {error && fieldError(error).field !== 'space' && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
