import { useId } from 'react';
import { fetchBans, liftBan } from '../api/moderation.ts';
import { useLoad } from '../learn/useLoad.ts';
import { useAction } from './useAction.ts';

/** For moderators and admins: the bans moderators gave in the rooms, newest first, each of which may be lifted. */
export function Bans({ onActed }: { onActed?: () => void }) {
  const [bans, reload] = useLoad('venue-bans', fetchBans);
  const { busy, error, run } = useAction();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Bans</h2>
      <p>
        Given by moderators in the rooms (the ⋯ beside a person). A guest is held by their device and, for a
        day, by their network. Lifting a ban lets the person in again at once.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {bans.state === 'failed' && (
        <p className="error" role="alert">
          {bans.message}
        </p>
      )}
      {bans.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {bans.state === 'ready' &&
        (bans.value.length === 0 ? (
          <p className="empty">Nobody is banned.</p>
        ) : (
          <ul className="schedule" data-testid="bans">
            {bans.value.map((ban) => (
              <li key={ban.id} className="scheduled">
                <span>
                  <strong>{ban.name}</strong> ({ban.who}) ·{' '}
                  {ban.space ? `from ${ban.space.name}` : 'from the venue'} ·{' '}
                  {new Date(ban.createdAt).toLocaleString()}
                  {ban.reason && <> · “{ban.reason}”</>}
                </span>
                <span className="actions">
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    aria-label={`Lift the ban on ${ban.name}`}
                    onClick={() =>
                      void run(
                        () => liftBan(ban.id),
                        () => {
                          reload();
                          onActed?.();
                        },
                      )
                    }
                  >
                    Lift
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
