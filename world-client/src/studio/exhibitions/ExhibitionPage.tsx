import type { StudioExhibition } from '@prostudio/backend/contract';
import { useState } from 'react';
import { deleteDraft, saveDraftLayout, startDraft, submitDraft } from '../../api/exhibitions.ts';
import { useAction } from '../../venue/useAction.ts';
import { goStudio } from '../navigation.ts';
import { DraftForm } from './DraftForm.tsx';
import { describeStatus } from './status.ts';

/** A new draft with a declined exhibition's works, texts and places, for another try. */
async function draftAgain(exhibition: StudioExhibition): Promise<string> {
  const draft = await startDraft({
    space: exhibition.space.slug,
    title: exhibition.title,
    text: exhibition.text,
    works: exhibition.works.map((work) => work.id),
  });
  await saveDraftLayout(draft.id, {
    works: exhibition.works.map((work) => ({
      id: work.id,
      text: work.text,
      placement: work.placement
        ? { ...work.placement, height: work.placement.height ?? null, scale: work.placement.scale ?? null }
        : null,
      spot: work.spot ?? null,
    })),
  });
  return draft.id;
}

/** One exhibition: where it stands; a draft's text, dates and works, curating, preview and sending. */
export function ExhibitionPage({
  exhibition,
  onChanged,
}: {
  exhibition: StudioExhibition;
  onChanged: (next: StudioExhibition) => void;
}) {
  const status = describeStatus(exhibition);
  const isDraft = exhibition.status === 'draft';
  const { busy, error, run } = useAction();
  const [confirming, setConfirming] = useState<'submit' | 'delete' | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <section className="exhibition-page" aria-labelledby="exhibition-title">
      <p>
        <a
          href="/studio/exhibitions"
          onClick={(event) => {
            event.preventDefault();
            goStudio('exhibitions');
          }}
        >
          ← All exhibitions
        </a>
      </p>
      <h1 id="exhibition-title">{exhibition.title}</h1>
      <p data-testid="exhibition-status">
        <span className={`status-badge status-${exhibition.status}`}>{status.label}</span> {status.detail}
      </p>
      <div className="form-actions">
        {isDraft && (
          <button type="button" onClick={() => goStudio('exhibitions', exhibition.id, 'curate')}>
            Curate in 3D
          </button>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => goStudio('exhibitions', exhibition.id, 'preview')}
        >
          Preview
        </button>
        {isDraft && (
          <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming('submit')}>
            Submit to the venue
          </button>
        )}
        {exhibition.status === 'declined' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(async () => goStudio('exhibitions', await draftAgain(exhibition)))}
          >
            Start a new draft from it
          </button>
        )}
        {isDraft && (
          <button type="button" className="danger" disabled={busy} onClick={() => setConfirming('delete')}>
            Delete draft
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm card" role="alertdialog" aria-labelledby="confirm-question">
          <p id="confirm-question">
            {confirming === 'submit'
              ? 'Send it to the venue? It can no longer be changed while the venue looks at it.'
              : `Delete the draft “${exhibition.title}”? This cannot be undone.`}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                if (confirming === 'delete') {
                  await deleteDraft(exhibition.id);
                  goStudio('exhibitions');
                } else onChanged(await submitDraft(exhibition.id));
                setConfirming(null);
              })
            }
          >
            {confirming === 'submit' ? 'Yes, submit it' : 'Yes, delete it'}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            Not now
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {saved && <p role="status">Saved.</p>}
      {isDraft ? (
        <DraftForm
          exhibition={exhibition}
          onSaved={(next) => {
            setSaved(true);
            onChanged(next);
          }}
        />
      ) : (
        <div className="card">
          {exhibition.text && <p>{exhibition.text}</p>}
          <ol className="thumbs" aria-label="The tour">
            {exhibition.works.map((work) => (
              <li key={work.id}>
                <img src={work.imageUrl} alt={work.title} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
