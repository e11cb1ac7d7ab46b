// The studio's Works tab: add works by dropping or choosing files, then edit or delete them.
import type { ArtistProfile, Artwork } from '@prostudio/backend/contract';
import { useState } from 'react';
import { fetchMyArtist } from '../../api/works.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { goStudio } from '../navigation.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { UploadQueue } from './UploadQueue.tsx';
import { deletedMessage, WorkCard } from './WorkCard.tsx';
import { LoadProblem } from '../../ui/LoadProblem.tsx';
import './works.css';

export function WorksTab(_props: StudioTabProps) {
  const [loaded, reload] = useLoad('my-artist', fetchMyArtist);

  if (loaded.state === 'loading') return <p aria-busy="true">Loading your works…</p>;
  if (loaded.state === 'failed') {
    return <LoadProblem message={`Your works could not be loaded: ${loaded.message}`} retry={reload} />;
  }
  if (!loaded.value) {
    return (
      <section className="works-tab">
        <h1>Works</h1>
        <p>
          Works are shown on your portfolio, under your name: make your artist profile first, then come back
          to add them.
        </p>
        <a
          href="/studio/profile"
          onClick={(event) => {
            event.preventDefault();
            goStudio('profile');
          }}
        >
          Make your profile
        </a>
      </section>
    );
  }
  return <Works artist={loaded.value} />;
}

function Works({ artist }: { artist: ArtistProfile }) {
  const [works, setWorks] = useState<readonly Artwork[]>(artist.works);
  const [notice, setNotice] = useState('');
  return (
    <section className="works-tab">
      <h1>Works</h1>
      <p className="muted">
        Pictures hang on walls; .glb models stand on plinths as sculptures. They appear on{' '}
        <a href={`/artists/${artist.id}`}>your public portfolio</a> as soon as they are made.
      </p>
      <UploadQueue onCreated={(work) => setWorks((all) => [...all, work])} />
      <h2>Your works ({works.length})</h2>
      <p role="status" className="studio-notice">
        {notice}
      </p>
      {works.length === 0 ? (
        <p className="empty">No works yet: add some above.</p>
      ) : (
        <ul className="cards work-cards">
          {works.map((work) => (
            <WorkCard
              key={work.id}
              work={work}
              onChanged={(saved) => {
                setWorks((all) => all.map((one) => (one.id === saved.id ? saved : one)));
                setNotice(`Saved “${saved.title}”.`);
              }}
              onDeleted={(gone, freed) => {
                setWorks((all) => all.filter((one) => one.id !== gone.id));
                setNotice(deletedMessage(gone.title, freed));
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
