import type { Report } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { fetchReports, resolveReport } from '../api/moderation.ts';
import { useLoad } from '../learn/useLoad.ts';
import { fieldError } from '../studio/field-errors.ts';
import { useAction } from './useAction.ts';
import { LoadProblem } from '../ui/LoadProblem.tsx';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Visitors' reports of people in the rooms that no moderator has resolved yet, the longest waiting first. */
export function Reports({ onActed }: { onActed?: () => void }) {
  const [reports, reload] = useLoad('venue-reports', fetchReports);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reports</h2>
      <p>
        Visitors report someone from the people list in a room (the ⋯ beside a person). Resolve each one,
        saying what you did: it goes in the log.
      </p>
      {reports.state === 'loading' && <p aria-busy="true">Loading the reports…</p>}
      {reports.state === 'failed' && <LoadProblem message={reports.message} retry={reload} />}
      {reports.state === 'ready' &&
        (reports.value.length === 0 ? (
          <p className="empty">No report is waiting.</p>
        ) : (
          <ul className="cards" data-testid="reports">
            {reports.value.map((report) => (
              <ReportCard
                key={report.id}
                report={report}
                onResolved={() => {
                  reload();
                  onActed?.();
                }}
              />
            ))}
          </ul>
        ))}
    </section>
  );
}

function ReportCard({ report, onResolved }: { report: Report; onResolved: () => void }) {
  const { busy, error, run } = useAction();
  const [resolution, setResolution] = useState('');
  const id = useId();
  const problem = error ? fieldError(error) : null;
  const resolve = (event: FormEvent) => {
    event.preventDefault();
    void run(() => resolveReport(report.id, resolution), onResolved);
  };
  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {report.name} in {report.space.name}
      </h3>
      <p>
        Reported by {report.reporterName} · {when.format(new Date(report.createdAt))}
      </p>
      <blockquote>{report.reason}</blockquote>
      <form className="decline" onSubmit={resolve}>
        <label htmlFor={`${id}-resolution`}>What did you do? (for the log)</label>
        <textarea
          id={`${id}-resolution`}
          rows={2}
          maxLength={500}
          required
          value={resolution}
          onChange={(event) => setResolution(event.target.value)}
          aria-invalid={problem?.field === 'resolution'}
          aria-describedby={problem ? `${id}-error` : undefined}
        />
        {problem && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {problem.message}
          </span>
        )}
        <button type="submit" disabled={busy} aria-label={`Resolve the report on ${report.name}`}>
          Resolve
        </button>
      </form>
    </li>
  );
}
