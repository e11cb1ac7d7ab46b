import type { NewLesson, SpaceSummary } from '@prostudio/backend/contract';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { fetchSpaces } from '../../api/api.ts';
import { previewMarkdown } from '../../api/teaching.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { fieldError, formMessage, messageFor } from '../field-errors.ts';
import { KIND_LABELS, type LessonDraft, lessonFrom } from './lesson-draft.ts';

const FIELDS = [
  'title',
  'body',
  'videoUrl',
  'durationSeconds',
  'chapters',
  'space',
  'startsAt',
  'durationMinutes',
  'capacity',
  'kind',
];

/**
 * A lesson's form, by kind: text (Markdown with a live preview), video (address, length, chapters),
 * exercise (a brief) or live workshop (classroom, time, length, places). Problems show by their field, from
 * the form's own checks or the API's; the form keeps what was typed when a save fails.
 */
export function LessonForm({
  initial,
  heading,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: LessonDraft;
  heading: string;
  submitLabel: string;
  onSave: (lesson: NewLesson) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const set = useCallback(
    (change: Partial<LessonDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = lessonFrom(draft);
    if ('error' in made) {
      setError(`body.${made.field}: ${made.error}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(made.lesson);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const invalid = (field: string) => {
    const message = messageFor(error, field);
    return {
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-${field}-error` : undefined,
    };
  };
  const shown = (field: string) => {
    const message = messageFor(error, field);
    return message ? (
      <span className="field-error" id={`${id}-${field}-error`}>
        {message}
      </span>
    ) : null;
  };
  const general = formMessage(error, FIELDS);
  const bodyLabel =
    draft.kind === 'text'
      ? 'Lesson text (Markdown)'
      : draft.kind === 'exercise'
        ? 'Brief (Markdown)'
        : 'What happens (Markdown)';

  return (
    <form className="lesson-form teaching-form" onSubmit={(event) => void submit(event)} aria-label={heading}>
      <h4>{heading}</h4>
      <p className="kind-note">{KIND_LABELS[draft.kind]} lesson</p>
      <label>
        Lesson title
        <input
          type="text"
          value={draft.title}
          maxLength={200}
          onChange={(e) => set({ title: e.target.value })}
          {...invalid('title')}
        />
        {shown('title')}
      </label>
      {draft.kind === 'video' && (
        <>
          <label className="wide">
            Video address
            <input
              type="url"
              value={draft.videoUrl}
              placeholder="https://…/lesson.webm"
              onChange={(e) => set({ videoUrl: e.target.value })}
              {...invalid('videoUrl')}
            />
            <span className="hint">A link to the video file (WebM or MP4) where you host it.</span>
            {shown('videoUrl')}
          </label>
          <label>
            Length (minutes:seconds)
            <input
              type="text"
              inputMode="numeric"
              value={draft.duration}
              placeholder="12:30"
              onChange={(e) => set({ duration: e.target.value })}
              {...invalid('durationSeconds')}
            />
            {shown('durationSeconds')}
          </label>
          <ChapterRows draft={draft} set={set} error={error} />
        </>
      )}
      {draft.kind === 'workshop' && (
        <WorkshopFields draft={draft} set={set} invalid={invalid} shown={shown} />
      )}
      {draft.kind !== 'video' && (
        <MarkdownField
          label={bodyLabel}
          value={draft.body}
          onChange={(body) => set({ body })}
          invalid={invalid('body')}
          error={shown('body')}
        />
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.required}
          onChange={(e) => set({ required: e.target.checked })}
        />
        Required for the certificate
      </label>
      <p className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        {general && (
          <span className="error" role="alert">
            {general}
          </span>
        )}
      </p>
    </form>
  );
}

function ChapterRows({
  draft,
  set,
  error,
}: {
  draft: LessonDraft;
  set: (change: Partial<LessonDraft>) => void;
  error: string | null;
}) {
  const about = error ? fieldError(error) : null;
  const change = (index: number, row: Partial<LessonDraft['chapters'][number]>) =>
    set({ chapters: draft.chapters.map((one, i) => (i === index ? { ...one, ...row } : one)) });
  return (
    <fieldset className="chapters-editor wide">
      <legend>Chapters</legend>
      <ol>
        {draft.chapters.map((chapter, index) => {
          const wrong = about?.field?.startsWith(`chapters.${index}.`) ? about.field.split('.')[2] : null;
          return (
            <li key={index}>
              <label>
                Chapter {index + 1} starts at
                <input
                  type="text"
                  inputMode="numeric"
                  value={chapter.at}
                  placeholder="0:00"
                  onChange={(e) => change(index, { at: e.target.value })}
                  aria-invalid={wrong === 'at' ? true : undefined}
                />
              </label>
              <label>
                Chapter {index + 1} title
                <input
                  type="text"
                  value={chapter.title}
                  maxLength={200}
                  onChange={(e) => change(index, { title: e.target.value })}
                  aria-invalid={wrong === 'title' ? true : undefined}
                />
              </label>
              <button
                type="button"
                className="secondary"
                aria-label={`Remove chapter ${index + 1}`}
                onClick={() => set({ chapters: draft.chapters.filter((_, i) => i !== index) })}
              >
                Remove
              </button>
              {wrong && about && <span className="field-error">{about.message}</span>}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="secondary"
        onClick={() => set({ chapters: [...draft.chapters, { at: '', title: '' }] })}
        disabled={draft.chapters.length >= 100}
      >
        Add a chapter
      </button>
    </fieldset>
  );
}

function WorkshopFields({
  draft,
  set,
  invalid,
  shown,
}: {
  draft: LessonDraft;
  set: (change: Partial<LessonDraft>) => void;
  invalid: (field: string) => object;
  shown: (field: string) => ReactNode;
}) {
  const [spaces] = useLoad('spaces', () => fetchSpaces());
  const classrooms: SpaceSummary[] =
    spaces.state === 'ready' ? spaces.value.filter((space) => space.kind === 'classroom') : [];
  // The first classroom, once known, when none is chosen yet.
  const first = classrooms[0]?.slug;
  useEffect(() => {
    if (!draft.space && first) set({ space: first });
  }, [draft.space, first, set]);
  return (
    <>
      <label>
        Classroom
        <select value={draft.space} onChange={(e) => set({ space: e.target.value })} {...invalid('space')}>
          {spaces.state === 'loading' && <option value="">Loading the classrooms…</option>}
          {spaces.state === 'ready' && classrooms.length === 0 && (
            <option value="">The venue has no classroom</option>
          )}
          {classrooms.map((space) => (
            <option key={space.slug} value={space.slug}>
              {space.name} (up to {space.capacity})
            </option>
          ))}
        </select>
        {spaces.state === 'failed' && <span className="field-error">{spaces.message}</span>}
        {shown('space')}
      </label>
      <label>
        Starts
        <input
          type="datetime-local"
          value={draft.startsAt}
          onChange={(e) => set({ startsAt: e.target.value })}
          {...invalid('startsAt')}
        />
        {shown('startsAt')}
      </label>
      <label>
        Length in minutes
        <input
          type="number"
          min={10}
          max={480}
          step={5}
          value={draft.durationMinutes}
          onChange={(e) => set({ durationMinutes: e.target.value })}
          {...invalid('durationMinutes')}
        />
        {shown('durationMinutes')}
      </label>
      <label>
        Places
        <input
          type="number"
          min={1}
          max={500}
          value={draft.capacity}
          onChange={(e) => set({ capacity: e.target.value })}
          {...invalid('capacity')}
        />
        {shown('capacity')}
      </label>
    </>
  );
}

/** How long typing pauses before the preview is rendered again. */
const PREVIEW_DELAY_MS = 300;

/** Markdown beside its preview, rendered by the server exactly as the lesson page renders it. */
function MarkdownField({
  label,
  value,
  onChange,
  invalid,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: object;
  error: ReactNode;
}) {
  const [preview, setPreview] = useState<{ html: string } | { failed: string } | null>(null);
  const id = useId();
  useEffect(() => {
    if (!value.trim()) return;
    let live = true;
    const timer = window.setTimeout(() => {
      previewMarkdown(value).then(
        (html) => live && setPreview({ html }),
        (failure: unknown) =>
          live && setPreview({ failed: failure instanceof Error ? failure.message : String(failure) }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [value]);
  return (
    <div className="markdown-field wide">
      <label>
        {label}
        <textarea value={value} rows={10} onChange={(e) => onChange(e.target.value)} {...invalid} />
        <span className="hint">
          Markdown: ## headings, **bold**, *italic*, lists, [links](https://…), tables.
        </span>
        {error}
      </label>
      <section className="markdown-preview" aria-labelledby={`${id}-preview`} aria-live="polite">
        <h5 id={`${id}-preview`}>Preview, as students see it</h5>
        {(preview === null || !value.trim()) && <p className="empty">Start typing to see the lesson.</p>}
        {value.trim() && preview && 'failed' in preview && <p className="error">{preview.failed}</p>}
        {value.trim() && preview && 'html' in preview && (
          // The server's lesson renderer escapes and sanitises (lesson-text.ts), as for the lesson page.
          <div
            className="lesson-text"
            data-testid="markdown-preview"
            dangerouslySetInnerHTML={{ __html: preview.html }}
          />
        )}
      </section>
    </div>
  );
}
