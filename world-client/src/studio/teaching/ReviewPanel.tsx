import type { CourseSubmission } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { fetchCourseSubmissions, reviewSubmission } from '../../api/teaching.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { formMessage, messageFor } from '../field-errors.ts';

const percent = (score: number) =>
  new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(score);

/** Work handed in for the course's exercises: those waiting first, each with a critique and a score. */
export function ReviewPanel({ courseId, onReviewed }: { courseId: string; onReviewed?: () => void }) {
  const [loaded, reload] = useLoad(`course-submissions:${courseId}`, () => fetchCourseSubmissions(courseId));
  const waiting = loaded.state === 'ready' ? loaded.value.filter((one) => !one.reviewedAt).length : 0;
  return (
    <section aria-labelledby="reviews-title" className="card">
      <h2 id="reviews-title">
        Submissions{waiting > 0 ? ` (${waiting} to review)` : ''}{' '}
        <button type="button" className="secondary" onClick={reload}>
          Refresh
        </button>
      </h2>
      {loaded.state === 'loading' && <p aria-busy="true">Loading the submissions…</p>}
      {loaded.state === 'failed' && (
        <p className="error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' && loaded.value.length === 0 && (
        <p className="empty">No work handed in yet. Students’ answers to your exercises appear here.</p>
      )}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <ul className="submissions" data-testid="submissions">
          {loaded.value.map((submission) => (
            <SubmissionItem
              key={submission.id}
              submission={submission}
              onReviewed={() => {
                reload();
                onReviewed?.();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SubmissionItem({
  submission,
  onReviewed,
}: {
  submission: CourseSubmission;
  onReviewed: () => void;
}) {
  const [critique, setCritique] = useState(submission.critique ?? '');
  const [score, setScore] = useState(
    submission.score === null ? '' : String(Math.round(submission.score * 100)),
  );
  const [local, setLocal] = useState<string | null>(null);
  const [open, setOpen] = useState(!submission.reviewedAt);
  const action = useAction();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const points = Number(score);
    if (score.trim() === '' || !Number.isFinite(points) || points < 0 || points > 100) {
      setLocal('body.score: Give a score from 0 to 100.');
      return;
    }
    setLocal(null);
    void action.run(() => reviewSubmission(submission.id, { critique, score: points / 100 }), onReviewed);
  };
  const error = local ?? action.error;
  const critiqueError = messageFor(error, 'critique');
  const scoreError = messageFor(error, 'score');
  const general = formMessage(error, ['critique', 'score']);
  return (
    <li className="submission" aria-label={`${submission.student.name}: ${submission.lessonTitle}`}>
      <p>
        <strong>{submission.student.name}</strong> · {submission.lessonTitle} ·{' '}
        {new Date(submission.createdAt).toLocaleString(undefined, {
          dateStyle: 'medium',
          timeStyle: 'short',
        })}
      </p>
      <p>
        <a href={submission.url} target="_blank" rel="noopener noreferrer">
          Open the {submission.kind === 'link' ? 'link' : submission.kind}
        </a>
        {submission.note && <q className="note">{submission.note}</q>}
      </p>
      {submission.reviewedAt && (
        <p className="reviewed">
          Reviewed: {percent(submission.score ?? 0)} · {submission.critique}{' '}
          {!open && (
            <button type="button" className="secondary" onClick={() => setOpen(true)}>
              Review again
            </button>
          )}
        </p>
      )}
      {open && (
        <form
          className="teaching-form review-form"
          onSubmit={submit}
          aria-label={`Review ${submission.student.name}’s work`}
        >
          <label className="wide">
            Critique
            <textarea
              value={critique}
              rows={4}
              maxLength={20_000}
              onChange={(e) => setCritique(e.target.value)}
              aria-invalid={critiqueError ? true : undefined}
              aria-describedby={critiqueError ? `${id}-critique` : undefined}
            />
            {critiqueError && (
              <span className="field-error" id={`${id}-critique`}>
                {critiqueError}
              </span>
            )}
          </label>
          <label>
            Score (0–100; 50 passes)
            <input
              type="number"
              min={0}
              max={100}
              value={score}
              onChange={(e) => setScore(e.target.value)}
              aria-invalid={scoreError ? true : undefined}
              aria-describedby={scoreError ? `${id}-score` : undefined}
            />
            {scoreError && (
              <span className="field-error" id={`${id}-score`}>
                {scoreError}
              </span>
            )}
          </label>
          <p className="actions">
            <button type="submit" disabled={action.busy}>
              {action.busy ? 'Sending…' : 'Send the review'}
            </button>
            {general && (
              <span className="error" role="alert">
                {general}
              </span>
            )}
          </p>
        </form>
      )}
    </li>
  );
}
