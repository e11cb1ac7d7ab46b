import { boot, enter } from '../app/visit.ts';

/** What went wrong, in words, and a way to try again. */
export function FailedScreen({ message, retrySlug }: { message: string; retrySlug: string | null }) {
  return (
    <div className="screen">
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p data-testid="error-message">{message}</p>
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
