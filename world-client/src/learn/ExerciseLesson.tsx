import type { Lesson, NewSubmission } from '@prostudio/backend/contract';
import { type FormEvent, useState } from 'react';
import { fetchSubmissions, submitExercise, uploadFile } from '../api/learning.ts';
import { useLoad } from './useLoad.ts';

/** Hand in an exercise (an image, an audio file or a link) and read the instructor's critiques. */
export function ExerciseLesson({ lesson }: { lesson: Lesson }) {
  const [submissions, reload] = useLoad(`submissions:${lesson.id}`, () => fetchSubmissions(lesson.id));
  const [kind, setKind] = useState<NewSubmission['kind']>('link');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setBusy(true);
    setError(null);
    try {
      const note = String(data.get('note') ?? '');
      if (kind === 'link') {
        await submitExercise(lesson.id, { kind, url: String(data.get('url') ?? ''), note });
      } else {
        const file = data.get('file');
        if (!(file instanceof File) || file.size === 0) throw new Error('Choose a file to hand in.');
        await submitExercise(lesson.id, { kind, mediaId: await uploadFile(file), note });
      }
      form.reset();
      reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="handin-title">
      {lesson.progress && (
        <form className="card" onSubmit={(event) => void submit(event)}>
          <h2 id="handin-title">Hand in</h2>
          <fieldset>
            <legend>What</legend>
            {(['link', 'image', 'audio'] as const).map((option) => (
              <label key={option} className="inline">
                <input type="radio" name="kind" checked={kind === option} onChange={() => setKind(option)} />{' '}
                {option}
              </label>
            ))}
          </fieldset>
          {kind === 'link' ? (
            <>
              <label htmlFor="handin-url">Link</label>
              <input id="handin-url" name="url" type="url" required placeholder="https://" />
            </>
          ) : (
            <>
              <label htmlFor="handin-file">File</label>
              <input
                id="handin-file"
                name="file"
                type="file"
                accept={kind === 'image' ? 'image/*' : 'audio/*'}
                required
              />
            </>
          )}
          <label htmlFor="handin-note">Note for your instructor</label>
          <textarea id="handin-note" name="note" maxLength={5000} rows={3} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            Hand in
          </button>
        </form>
      )}
      {submissions.state === 'ready' && submissions.value.length > 0 && (
        <ul className="submissions" data-testid="submissions">
          {submissions.value.map((submission) => (
            <li key={submission.id}>
              <a href={submission.url}>{submission.kind}</a> ·{' '}
              {new Date(submission.createdAt).toLocaleDateString()}
              {submission.note && <p>{submission.note}</p>}
              {submission.critique ? (
                <blockquote>
                  {submission.critique} ({Math.round((submission.score ?? 0) * 100)}%)
                </blockquote>
              ) : (
                <p className="empty">Waiting for a critique.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
