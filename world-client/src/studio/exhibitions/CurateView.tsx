import type { StudioExhibition } from '@prostudio/backend/contract';
import { useEffect, useState } from 'react';
import { myExhibition } from '../../api/exhibitions.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { CuratePreview } from '../../scene/CuratePreview.tsx';
import { preloadModels } from '../../scene/sculpture-models.ts';
import { preloadTextures } from '../../scene/textures.ts';
import { goStudio } from '../navigation.ts';
import { CurateEditor } from './CurateEditor.tsx';

/** Loads a draft and its pictures, then opens it in the gallery to curate, or to preview. */
export function CurateView({ id, mode }: { id: string; mode: 'curate' | 'preview' }) {
  const [loaded] = useLoad(`curate:${id}`, async () => {
    const exhibition = await myExhibition(id);
    const works = exhibition.works;
    await Promise.all([
      preloadTextures(
        works.map((work) => work.imageUrl),
        () => undefined,
      ),
      mode === 'preview'
        ? preloadModels(
            works.flatMap((work) => (work.modelUrl ? [work.modelUrl] : [])),
            () => undefined,
          )
        : Promise.resolve(),
    ]);
    return exhibition;
  });
  // The page's own scroll stays put under the full-window view.
  useEffect(() => {
    document.body.classList.add('curating');
    return () => document.body.classList.remove('curating');
  }, []);
  const back = () => goStudio('exhibitions', id);
  return (
    <div className="curate-view" data-testid={`curate-${mode}`}>
      {loaded.state === 'loading' && <p className="loading curate-message">Opening the gallery…</p>}
      {loaded.state === 'failed' && (
        <div className="curate-message card">
          <p role="alert">{loaded.message}</p>
          <button type="button" onClick={back}>
            Back to the exhibition
          </button>
        </div>
      )}
      {loaded.state === 'ready' &&
        (mode === 'preview' ? (
          <Preview exhibition={loaded.value} onBack={back} />
        ) : loaded.value.status === 'draft' ? (
          <CurateEditor exhibition={loaded.value} onBack={back} />
        ) : (
          <div className="curate-message card">
            <p role="alert">This exhibition was sent to the venue: it can no longer be curated.</p>
            <button type="button" onClick={back}>
              Back to the exhibition
            </button>
          </div>
        ))}
    </div>
  );
}

function Preview({ exhibition, onBack }: { exhibition: StudioExhibition; onBack: () => void }) {
  const [works] = useState(exhibition.works);
  return (
    <>
      <CuratePreview works={works} />
      <aside className="curate-panel curate-preview-panel" aria-label="Preview">
        <h1>Preview: {exhibition.title}</h1>
        <p>
          The gallery as visitors will see it once the venue approves it (only you see this). Walk with W A S
          D or the arrow keys, click a work for its card.
        </p>
        <button type="button" onClick={onBack}>
          Back to the exhibition
        </button>
      </aside>
    </>
  );
}
