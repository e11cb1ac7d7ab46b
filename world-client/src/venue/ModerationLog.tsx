import type { ModeratorActionKind } from '@prostudio/backend/contract';
import { useId, useState } from 'react';
import { fetchLog } from '../api/moderation.ts';
import { useLoad } from '../learn/useLoad.ts';
import { LoadProblem } from '../ui/LoadProblem.tsx';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What each kind of act reads as in the log. */
export const ACT_WORDS: Record<ModeratorActionKind, string> = {
  ban_given: 'banned',
  ban_lifted: 'lifted the ban on',
  role_granted: 'gave a role:',
  role_revoked: 'took a role away:',
  exhibition_approved: 'approved the exhibition',
  exhibition_declined: 'declined the exhibition',
  exhibition_taken_down: 'took down the exhibition',
  show_approved: 'approved the show',
  show_declined: 'declined the show',
  commission_changed: 'set the commission:',
  space_door_changed: 'changed who may enter',
  report_resolved: 'resolved a report on',
};

/** Every moderating and venue act, newest first, twenty to a page: who did what to whom, when and why. */
export function ModerationLog({ round = 0 }: { round?: number }) {
  const [page, setPage] = useState(1);
  const [log, reload] = useLoad(`venue-log-${page}-${round}`, () => fetchLog(page));
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Log of the staff’s acts</h2>
      {log.state === 'loading' && <p aria-busy="true">Loading the log…</p>}
      {log.state === 'failed' && <LoadProblem message={log.message} retry={reload} />}
      {log.state === 'ready' &&
        (log.value.total === 0 ? (
          <p className="empty">Nothing has been done yet.</p>
        ) : (
          <>
            <ol className="schedule" data-testid="moderation-log">
              {log.value.actions.map((act) => (
                <li key={act.id} className="scheduled" data-kind={act.kind}>
                  <span>
                    <time dateTime={act.at}>{when.format(new Date(act.at))}</time> ·{' '}
                    <strong>{act.actor}</strong> {ACT_WORDS[act.kind]} {act.target}
                    {act.reason && <> · “{act.reason}”</>}
                  </span>
                </li>
              ))}
            </ol>
            <nav className="pager" aria-label="Pages of the log">
              <button
                type="button"
                className="secondary"
                disabled={page <= 1}
                onClick={() => setPage((current) => Math.max(1, current - 1))}
              >
                Newer
              </button>
              <span>
                Page {log.value.page} of {log.value.pages}
              </span>
              <button
                type="button"
                className="secondary"
                disabled={page >= log.value.pages}
                onClick={() => setPage((current) => current + 1)}
              >
                Older
              </button>
            </nav>
          </>
        ))}
    </section>
  );
}
