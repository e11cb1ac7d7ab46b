import type { DeskSpace, ExhibitionRequest } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { approveExhibition, declineExhibition } from '../api/venue.ts';
import { fromLocalInput, proposedRun } from './dates.ts';
import { DeclineForm } from './DeclineForm.tsx';
import { SpaceSelect } from './SpaceSelect.tsx';
import { fieldError } from '../studio/field-errors.ts';
import { useAction } from './useAction.ts';

/** An artist's request to hang an exhibition: its works, and the venue's answer (dates to approve, or why not). */
export function ExhibitionRequestCard({
  request,
  galleries,
  onAnswered,
}: {
  request: ExhibitionRequest;
  /** The galleries it may hang in instead of the one asked for. */
  galleries: readonly DeskSpace[];
  onAnswered: () => void;
}) {
  const { busy, error, run } = useAction();
  const id = useId();
  // Proposed once, when the card is first drawn, so that typing is never undone by a re-render.
  const [run0] = useState(() => proposedRun(request, new Date()));
  const approve = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const opensAt = fromLocalInput(String(data.get('opensAt') ?? ''));
    const closesAt = fromLocalInput(String(data.get('closesAt') ?? ''));
    const space = String(data.get('space') ?? request.space.slug);
    void run(
      () =>
        approveExhibition(request.id, {
          ...(opensAt ? { opensAt } : {}),
          ...(closesAt ? { closesAt } : {}),
          ...(space !== request.space.slug ? { space } : {}),
        }),
      onAnswered,
    );
  };
  return (
    <li className="card" aria-labelledby={`${id}-title`} data-testid="exhibition-request">
      <h3 id={`${id}-title`}>{request.title}</h3>
      <p>
        {request.artist?.name ?? 'The venue'} · {request.space.name} · asked{' '}
        {new Date(request.requestedAt).toLocaleDateString()}
      </p>
      {request.text && <p>{request.text}</p>}
      <ul className="thumbs" aria-label={`Works in ${request.title}`}>
        {request.works.map((work) => (
          <li key={work.id}>
            <img src={work.imageUrl} alt={work.title} />
          </li>
        ))}
      </ul>
      <form className="approve" onSubmit={approve}>
        <SpaceSelect label="Gallery" asked={request.space} spaces={galleries} error={error} />
        <label htmlFor={`${id}-opens`}>Opens</label>
        <input id={`${id}-opens`} name="opensAt" type="datetime-local" defaultValue={run0.opens} required />
        <label htmlFor={`${id}-closes`}>Closes</label>
        <input
          id={`${id}-closes`}
          name="closesAt"
          type="datetime-local"
          defaultValue={run0.closes}
          required
        />
        <button type="submit" disabled={busy} aria-label={`Approve ${request.title}`}>
          Approve
        </button>
      </form>
      <DeclineForm
        what={request.title}
        busy={busy}
        onDecline={(reason) => run(() => declineExhibition(request.id, reason), onAnswered)}
      />
      {error && fieldError(error).field !== 'space' && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
