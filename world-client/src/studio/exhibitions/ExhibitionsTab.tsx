import type { StudioExhibition } from '@prostudio/backend/contract';
import { useState } from 'react';
import { myExhibition, myExhibitions } from '../../api/exhibitions.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { goStudio } from '../navigation.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { CurateView } from './CurateView.tsx';
import { DraftForm } from './DraftForm.tsx';
import { ExhibitionPage } from './ExhibitionPage.tsx';
import './exhibitions.css';
import { describeStatus } from './status.ts';

/**
 * The Exhibitions tab: the artist's exhibitions and where each stands; a new one (/new); one exhibition
 * (/<id>) with its text, dates and works; curating it in the gallery (/<id>/curate) and its preview
 * (/<id>/preview).
 */
export function ExhibitionsTab({ rest }: StudioTabProps) {
  const [first, second] = rest;
  if (first === 'new') return <DraftForm />;
  if (first && (second === 'curate' || second === 'preview')) {
    return <CurateView key={`${first}/${second}`} id={first} mode={second} />;
  }
  if (first) return <ExhibitionLoader key={first} id={first} />;
  return <ExhibitionList />;
}

function ExhibitionLoader({ id }: { id: string }) {
  const [loaded] = useLoad(`exhibition:${id}`, () => myExhibition(id));
  // What a save or a submission sent back, shown without loading the page again (the form keeps its state).
  const [latest, setLatest] = useState<StudioExhibition | null>(null);
  if (latest) return <ExhibitionPage exhibition={latest} onChanged={setLatest} />;
  if (loaded.state === 'loading') return <p className="loading">Loading the exhibition…</p>;
  if (loaded.state === 'failed') return <p role="alert">{loaded.message}</p>;
  return <ExhibitionPage exhibition={loaded.value} onChanged={setLatest} />;
}

function ExhibitionList() {
  const [loaded] = useLoad('exhibitions', myExhibitions);
  return (
    <section className="exhibitions" aria-labelledby="exhibitions-title">
      <div className="exhibitions-head">
        <h1 id="exhibitions-title">Exhibitions</h1>
        <button type="button" onClick={() => goStudio('exhibitions', 'new')}>
          New exhibition
        </button>
      </div>
      {loaded.state === 'loading' && <p className="loading">Loading your exhibitions…</p>}
      {loaded.state === 'failed' && <p role="alert">{loaded.message}</p>}
      {loaded.state === 'ready' && loaded.value.length === 0 && (
        <p className="empty">
          No exhibitions yet. Choose some of your works for a new one, hang them in the gallery in 3D, and
          send it to the venue.
        </p>
      )}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <ul className="cards" data-testid="my-exhibitions">
          {loaded.value.map((exhibition) => (
            <ExhibitionRow key={exhibition.id} exhibition={exhibition} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ExhibitionRow({ exhibition }: { exhibition: StudioExhibition }) {
  const status = describeStatus(exhibition);
  return (
    <li className="card exhibition-row" data-status={exhibition.status}>
      <h2>
        <a
          href={`/studio/exhibitions/${exhibition.id}`}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            goStudio('exhibitions', exhibition.id);
          }}
        >
          {exhibition.title}
        </a>
      </h2>
      <p>
        <span className={`status-badge status-${exhibition.status}`}>{status.label}</span> ·{' '}
        {exhibition.space.name} · {exhibition.works.length} {exhibition.works.length === 1 ? 'work' : 'works'}
      </p>
      <p className="status-detail">{status.detail}</p>
      <ul className="thumbs" aria-label={`Works in ${exhibition.title}`}>
        {exhibition.works.slice(0, 8).map((work) => (
          <li key={work.id}>
            <img src={work.imageUrl} alt={work.title} />
          </li>
        ))}
      </ul>
    </li>
  );
}
