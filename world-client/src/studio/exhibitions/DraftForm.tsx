import type { StudioExhibition } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { fetchSpaces } from '../../api/api.ts';
import { changeDraft, startDraft } from '../../api/exhibitions.ts';
import { fetchMyArtist } from '../../api/works.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { fromLocalInput, toLocalInput } from '../../venue/dates.ts';
import { goStudio } from '../navigation.ts';
import { type FieldError, fieldError, formMessage, messageFor } from '../field-errors.ts';

/** The draft's fields that show the API's refusals beside them. */
const DRAFT_FIELDS = ['title', 'space', 'text', 'works', 'opensAt', 'closesAt'] as const;
type DraftField = (typeof DRAFT_FIELDS)[number];

const asInput = (iso: string | null) => (iso ? toLocalInput(new Date(iso)) : '');

/**
 * A draft's title, gallery, text, the dates asked for and the works chosen (from the artist's own): a new
 * draft, or changes to one. A refused save keeps everything typed, the API's message next to its field.
 */
export function DraftForm({
  exhibition,
  onSaved,
}: {
  exhibition?: StudioExhibition;
  onSaved?: (saved: StudioExhibition) => void;
}) {
  const id = useId();
  const [options] = useLoad('draft-options', async () => {
    const [artist, spaces] = await Promise.all([fetchMyArtist(), fetchSpaces()]);
    return { works: artist?.works ?? [], galleries: spaces.filter((space) => space.kind === 'gallery') };
  });
  const [title, setTitle] = useState(exhibition?.title ?? '');
  const [space, setSpace] = useState(exhibition?.space.slug ?? 'main-gallery');
  const [text, setText] = useState(exhibition?.text ?? '');
  const [opens, setOpens] = useState(asInput(exhibition?.opensAt ?? null));
  const [closes, setCloses] = useState(asInput(exhibition?.closesAt ?? null));
  const [chosen, setChosen] = useState<readonly string[]>(exhibition?.works.map((work) => work.id) ?? []);
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  // Sending a draft checks its dates again, and names them under `dates`.
  const about = (field: DraftField) => messageFor(error, field) ?? messageFor(error, `dates.${field}`);
  const errorOn = (field: DraftField) =>
    about(field) ? (
      <span className="field-error" id={`${id}-${field}-error`} role="alert">
        {about(field)}
      </span>
    ) : null;
  const described = (field: DraftField) => (about(field) ? `${id}-${field}-error` : undefined);
  const general = formMessage(error, [...DRAFT_FIELDS, 'dates']);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError({ field: 'works', message: 'Choose at least one work.' });
      return;
    }
    setBusy(true);
    setError(null);
    const fields = {
      title,
      space,
      text,
      works: [...chosen],
      opensAt: fromLocalInput(opens) ?? null,
      closesAt: fromLocalInput(closes) ?? null,
    };
    try {
      const saved = exhibition ? await changeDraft(exhibition.id, fields) : await startDraft(fields);
      if (onSaved) onSaved(saved);
      else goStudio('exhibitions', saved.id);
    } catch (failure) {
      setError(fieldError(failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="draft-form card"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{exhibition ? 'Text, dates and works' : 'New exhibition'}</h2>
      <label>
        Title
        <input
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
          maxLength={200}
          aria-describedby={described('title')}
        />
        {errorOn('title')}
      </label>
      <label>
        Gallery
        <select
          value={space}
          onChange={(event) => setSpace(event.target.value)}
          aria-describedby={described('space')}
        >
          {options.state === 'ready' ? (
            options.value.galleries.map((gallery) => (
              <option key={gallery.slug} value={gallery.slug}>
                {gallery.name}
              </option>
            ))
          ) : (
            <option value={space}>{exhibition?.space.name ?? space}</option>
          )}
        </select>
        {errorOn('space')}
      </label>
      <label>
        Text for visitors
        <textarea
          value={text}
          rows={4}
          maxLength={10000}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={described('text')}
        />
        {errorOn('text')}
      </label>
      <div className="draft-dates">
        <label>
          Opens (asked for)
          <input
            type="datetime-local"
            value={opens}
            onChange={(event) => setOpens(event.target.value)}
            aria-describedby={described('opensAt')}
          />
          {errorOn('opensAt')}
        </label>
        <label>
          Closes (asked for)
          <input
            type="datetime-local"
            value={closes}
            onChange={(event) => setCloses(event.target.value)}
            aria-describedby={described('closesAt')}
          />
          {errorOn('closesAt')}
        </label>
      </div>
      <fieldset className="draft-works" aria-describedby={described('works')}>
        <legend>Works</legend>
        {options.state === 'loading' && <p className="loading">Loading your works…</p>}
        {options.state === 'failed' && <p role="alert">{options.message}</p>}
        {options.state === 'ready' && options.value.works.length === 0 && (
          <p className="empty">
            You have no works yet: add some in the <a href="/studio/works">Works</a> tab first.
          </p>
        )}
        {options.state === 'ready' && (
          <ul className="work-choices">
            {options.value.works.map((work) => (
              <li key={work.id}>
                <label className="work-choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(work.id)}
                    onChange={(event) =>
                      setChosen((now) =>
                        event.target.checked ? [...now, work.id] : now.filter((one) => one !== work.id),
                      )
                    }
                  />
                  <img src={work.imageUrl} alt="" />
                  <span>
                    {work.title}
                    {work.modelUrl ? ' (sculpture)' : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {errorOn('works')}
      </fieldset>
      {general && (
        <span className="field-error" id={`${id}-form-error`} role="alert">
          {general}
        </span>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : exhibition ? 'Save changes' : 'Create the draft'}
        </button>
        {!exhibition && (
          <button type="button" className="secondary" onClick={() => goStudio('exhibitions')}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
