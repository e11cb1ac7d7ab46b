import type { Show, ShowAct } from '@prostudio/backend/contract';
import { useState } from 'react';
import { formatPrice } from '../../api/market.ts';
import { editShow, fetchShowReport, withdrawShow } from '../../api/shows.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { fieldError, messageFor } from '../field-errors.ts';
import { formatMoney } from '../money.ts';
import { ActsEditor } from './ActsEditor.tsx';
import { canGoLive, type ShowMoment, showMoment, showTimes } from './show-timing.ts';

const MOMENT_LABEL: Record<ShowMoment, string> = {
  waiting: 'Waiting for the venue',
  declined: 'Declined',
  upcoming: 'Approved',
  'doors-open': 'Doors open',
  on: 'On now',
  over: 'Over',
};

/** One of the performer's shows: where it stands, its running order, going live, and its figures. */
export function ShowCard({ show, onChanged }: { show: Show; onChanged: () => void }) {
  const moment = showMoment(show, new Date());
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const withdraw = useAction();
  return (
    <li className="card show-card" data-testid="my-show">
      <h2>{show.title}</h2>
      <p>
        <span className={`show-status show-status-${moment}`}>{MOMENT_LABEL[moment]}</span> ·{' '}
        {show.space.name} · {showTimes(show)}
      </p>
      <p>
        {show.priceMinor === 0 ? 'Free' : formatPrice(show.priceMinor, show.currency)} · {show.capacity}{' '}
        tickets
      </p>
      {show.declineReason && <blockquote aria-label="The venue’s answer">{show.declineReason}</blockquote>}
      {canGoLive(moment) && (
        <p>
          <a className="button" href={`/#${show.space.slug}`}>
            Go live on {show.space.name}
          </a>
        </p>
      )}
      {editing ? (
        <RunningOrderForm show={show} onDone={(saved) => (setEditing(false), saved && onChanged())} />
      ) : (
        <>
          <RunningOrder acts={show.acts} />
          {moment !== 'over' && (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit the running order of {show.title}
            </button>
          )}
        </>
      )}
      {show.status === 'approved' && <ShowFigures show={show} />}
      {(show.status === 'pending' || show.status === 'declined') &&
        (confirming ? (
          <div role="group" aria-label={`Withdraw ${show.title}?`} className="show-confirm">
            <p>Withdraw the request for {show.title}? The venue will no longer see it.</p>
            <button
              type="button"
              disabled={withdraw.busy}
              onClick={() => void withdraw.run(() => withdrawShow(show.id), onChanged)}
            >
              Yes, withdraw it
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
            {withdraw.error && (
              <p className="error" role="alert">
                {withdraw.error}
              </p>
            )}
          </div>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Withdraw {show.title}
          </button>
        ))}
    </li>
  );
}

function RunningOrder({ acts }: { acts: readonly ShowAct[] }) {
  if (acts.length === 0) return <p className="empty">No running order yet.</p>;
  return (
    <ol className="running-order" aria-label="Running order">
      {acts.map((act, index) => (
        <li key={index}>
          {act.title}
          {act.lights && <span className="muted"> · {act.lights} lights</span>}
          {act.screen && <span className="muted"> · “{act.screen}”</span>}
        </li>
      ))}
    </ol>
  );
}

function RunningOrderForm({ show, onDone }: { show: Show; onDone: (saved: boolean) => void }) {
  const [acts, setActs] = useState<ShowAct[]>(() => [...show.acts]);
  const save = useAction();
  const error = save.error ? fieldError(save.error) : null;
  return (
    <form
      className="running-order-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          () => editShow(show.id, { acts }),
          () => onDone(true),
        );
      }}
    >
      <ActsEditor acts={acts} onChange={setActs} error={messageFor(error, 'acts')} />
      {error && !messageFor(error, 'acts') && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" disabled={save.busy}>
        {save.busy ? 'Saving…' : 'Save the running order'}
      </button>
      <button type="button" className="secondary" onClick={() => onDone(false)}>
        Cancel
      </button>
    </form>
  );
}

function ShowFigures({ show }: { show: Show }) {
  const [report] = useLoad(`report:${show.id}`, () => fetchShowReport(show.id));
  if (report.state === 'loading') return <p aria-busy="true">Loading the figures…</p>;
  if (report.state === 'failed')
    return (
      <p className="error" role="alert">
        {report.message}
      </p>
    );
  const figures = report.value;
  const money = (minor: number) => formatMoney(minor, figures.currency);
  return (
    <dl className="figures" aria-label={`Figures for ${show.title}`}>
      <dt>Tickets</dt>
      <dd>
        {figures.ticketsSold} of {figures.capacity}
        {figures.refunded > 0 && ` (${figures.refunded} refunded)`}
      </dd>
      <dt>Came in</dt>
      <dd>{figures.attended}</dd>
      <dt>Sales</dt>
      <dd>{money(figures.grossMinor)}</dd>
      <dt>Venue’s share</dt>
      <dd>{money(figures.venueShareMinor)}</dd>
      <dt>Yours</dt>
      <dd>{money(figures.performerShareMinor)}</dd>
    </dl>
  );
}
