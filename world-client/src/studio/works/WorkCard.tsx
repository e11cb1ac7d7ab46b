// One of the artist's works in the Works tab: its picture (a sculpture turning, when opened), its details,
// a form to edit them and a delete that asks first and says what it does.
import type { Artwork, ArtworkChanges } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { deleteArtwork, updateArtwork } from '../../api/works.ts';
import { useAction } from '../../venue/useAction.ts';
import { ModelPreview } from './ModelPreview.tsx';
import { type FieldError, fieldError, formMessage, messageFor } from '../field-errors.ts';
import { formatBytes, parseTags } from './upload-files.ts';

export function WorkCard({
  work,
  onChanged,
  onDeleted,
}: {
  work: Artwork;
  onChanged: (work: Artwork) => void;
  onDeleted: (work: Artwork, freedBytes: number) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [turning, setTurning] = useState(false);
  const removal = useAction();
  const headingId = useId();
  return (
    <li className="card work-card" aria-labelledby={headingId}>
      {work.modelUrl && turning ? (
        <ModelPreview url={work.modelUrl} label={`${work.title}, turning`} size={220} />
      ) : (
        <img className="work-image" src={`${work.imageUrl}/thumbnail`} alt={work.title} loading="lazy" />
      )}
      <h3 id={headingId}>{work.title}</h3>
      <p className="muted">
        {[work.year, work.medium, work.dimensions].filter((part) => part !== '').join(' · ')}
      </p>
      {work.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {work.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {mode === 'edit' ? (
        <WorkForm
          work={work}
          onSaved={(saved) => {
            onChanged(saved);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : mode === 'delete' ? (
        <div className="confirm" role="group" aria-label={`Delete “${work.title}”?`}>
          <p>
            Delete “{work.title}”? It leaves your portfolio and any exhibition request not yet approved; its
            uploaded files are removed, freeing their storage, unless something else uses them. This cannot be
            undone.
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={removal.busy}
              onClick={() =>
                void removal.run(async () => {
                  const { freedBytes } = await deleteArtwork(work.id);
                  onDeleted(work, freedBytes);
                })
              }
            >
              Delete it
            </button>
            <button type="button" className="secondary" onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
          {removal.error && (
            <p className="field-error" role="alert">
              {removal.error}
            </p>
          )}
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setMode('edit')} aria-label={`Edit “${work.title}”`}>
            Edit
          </button>
          {work.modelUrl && (
            <button
              type="button"
              className="secondary"
              aria-pressed={turning}
              onClick={() => setTurning((now) => !now)}
            >
              {turning ? 'Picture' : 'Turn in 3D'}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => setMode('delete')}
            aria-label={`Delete “${work.title}”`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

const FIELDS = ['title', 'year', 'medium', 'dimensions', 'tags', 'description'] as const;
type Field = (typeof FIELDS)[number];

/** The work's details, edited in place; a refusal shows beside its field and the form keeps what was typed. */
function WorkForm({
  work,
  onSaved,
  onCancel,
}: {
  work: Artwork;
  onSaved: (work: Artwork) => void;
  onCancel: () => void;
}) {
  const save = useAction();
  const [error, setError] = useState<FieldError | null>(null);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: Field) => String(form.get(name) ?? '');
    const changes: ArtworkChanges = {
      title: text('title'),
      // An empty year is sent as null, which the API refuses by name, rather than as 0 (a valid year).
      year: text('year').trim() === '' ? Number.NaN : Number(text('year')),
      medium: text('medium'),
      dimensions: text('dimensions'),
      tags: parseTags(text('tags')),
      description: text('description'),
    };
    setError(null);
    void save.run(async () => {
      try {
        onSaved(await updateArtwork(work.id, changes));
      } catch (failure) {
        setError(fieldError(failure instanceof Error ? failure.message : String(failure)));
      }
    });
  };
  const errorFor = (field: Field) =>
    messageFor(error, field) ? (
      <span className="field-error" id={`${id}-${field}-error`} role="alert">
        {messageFor(error, field)}
      </span>
    ) : null;
  const described = (field: Field) => (messageFor(error, field) ? `${id}-${field}-error` : undefined);
  return (
    <form className="work-form" onSubmit={submit} aria-label={`Details of “${work.title}”`} noValidate>
      <label>
        Title
        <input
          name="title"
          type="text"
          defaultValue={work.title}
          required
          maxLength={200}
          aria-describedby={described('title')}
        />
        {errorFor('title')}
      </label>
      <label>
        Year
        <input
          name="year"
          type="number"
          defaultValue={work.year}
          step={1}
          aria-describedby={described('year')}
        />
        {errorFor('year')}
      </label>
      <label>
        Medium
        <input
          name="medium"
          type="text"
          defaultValue={work.medium}
          maxLength={200}
          placeholder="Oil on linen"
        />
        {errorFor('medium')}
      </label>
      <label>
        Dimensions
        <input
          name="dimensions"
          type="text"
          defaultValue={work.dimensions}
          maxLength={200}
          placeholder="60 × 80 cm"
          aria-describedby={`${id}-dimensions-hint`}
        />
        <span className="hint" id={`${id}-dimensions-hint`}>
          As on a label: width × height (× depth) and the unit. Leave empty for a born-digital work.
        </span>
        {errorFor('dimensions')}
      </label>
      <label>
        Tags
        <input
          name="tags"
          type="text"
          defaultValue={work.tags.join(', ')}
          aria-describedby={`${id}-tags-hint`}
        />
        <span className="hint" id={`${id}-tags-hint`}>
          Separated by commas, at most 20.
        </span>
        {errorFor('tags')}
      </label>
      <label>
        Description
        <textarea name="description" rows={3} defaultValue={work.description} maxLength={5000} />
        {errorFor('description')}
      </label>
      {formMessage(error, FIELDS) && (
        <p className="field-error" role="alert">
          {formMessage(error, FIELDS)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** What the tab says once a work is deleted. */
export const deletedMessage = (title: string, freedBytes: number): string =>
  freedBytes > 0 ? `Deleted “${title}”; ${formatBytes(freedBytes)} of storage freed.` : `Deleted “${title}”.`;
