import { boot, enter } from '../app/visit.ts';
import { TicketOffer } from './TicketOffer.tsx';

/** What went wrong, in words, and a way on: try again, get a ticket or a place, or go back to the lobby. */
export function FailedScreen({
  message,
  retrySlug,
  door,
}: {
  message: string;
  retrySlug: string | null;
  door?: { kind: 'stage' | 'classroom'; slug: string } | undefined;
}) {
  return (
    <div className="screen">
      <div className="card" role="alert">
        <h1>{door ? 'Not without a place' : 'Something went wrong'}</h1>
        <p data-testid="error-message">{message}</p>
        {door?.kind === 'stage' && <TicketOffer space={door.slug} />}
        {door?.kind === 'classroom' && (
          <p>
            <a href="/learn">Find the course and enrol</a>, then come back.
          </p>
        )}
        <button type="button" onClick={() => void (retrySlug ? enter(retrySlug) : boot())}>
          Try again
        </button>
        {retrySlug && retrySlug !== 'lobby' && (
          <button type="button" className="secondary" onClick={() => void enter('lobby')}>
            Back to the lobby
          </button>
        )}
      </div>
    </div>
  );
}
