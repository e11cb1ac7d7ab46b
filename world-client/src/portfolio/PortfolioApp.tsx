// An artist's public portfolio (/artists/<id>): their picture, bio, links and works, readable by anyone,
// signed in or not. A sculpture turns when asked.
import type { ArtistProfile, Artwork } from '@prostudio/backend/contract';
import { useEffect, useState } from 'react';
import { fetchArtist } from '../api/market.ts';
import { restoreSession } from '../api/session.ts';
import { useLoad } from '../learn/useLoad.ts';
import { linkLabel } from '../studio/profile/profile-form.ts';
import { ModelPreview } from '../studio/works/ModelPreview.tsx';
import { TicketOffer } from '../ui/TicketOffer.tsx';
import './portfolio.css';
import { portfolioArtistId } from './route.ts';
import { LoadProblem } from '../ui/LoadProblem.tsx';

export function PortfolioApp() {
  const artistId = portfolioArtistId(window.location.pathname);
  // Signed in already on this device: a ticket is bought without signing in again.
  useEffect(() => {
    void restoreSession();
  }, []);
  return (
    <div className="learn portfolio">
      <header className="learn-bar">
        <a className="brand" href="/">
          ProStudio
        </a>
        <nav aria-label="Venue">
          <a href="/">Visit the venue</a>
          <a href="/studio">Your studio</a>
        </nav>
      </header>
      <main className="learn-page">{artistId ? <Portfolio artistId={artistId} /> : <NoSuchArtist />}</main>
    </div>
  );
}

function NoSuchArtist() {
  return (
    <>
      <h1>No such artist</h1>
      <p>
        This address names no artist of the venue. <a href="/">Visit the venue</a> to find one.
      </p>
    </>
  );
}

function Portfolio({ artistId }: { artistId: string }) {
  const [loaded, reload] = useLoad(artistId, () => fetchArtist(artistId));
  useEffect(() => {
    document.title = loaded.state === 'ready' ? `${loaded.value.name} · ProStudio` : 'An artist · ProStudio';
  }, [loaded]);
  if (loaded.state === 'loading') return <p aria-busy="true">Loading the portfolio…</p>;
  if (loaded.state === 'failed') {
    return loaded.message === 'There is no such artist.' ? (
      <NoSuchArtist />
    ) : (
      <LoadProblem message={`The portfolio could not be loaded: ${loaded.message}`} retry={reload} />
    );
  }
  return <ArtistPage artist={loaded.value} />;
}

function ArtistPage({ artist }: { artist: ArtistProfile }) {
  return (
    <article>
      <header className="artist-head">
        {artist.pictureUrl && <img className="avatar" src={artist.pictureUrl} alt={`${artist.name}`} />}
        <div>
          <h1>{artist.name}</h1>
          {artist.links.length > 0 && (
            <ul className="links" aria-label="Links">
              {artist.links.map((link) => (
                <li key={link}>
                  <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                    {linkLabel(link)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      {artist.bio && <p className="bio">{artist.bio}</p>}
      <TicketOffer artist={artist.id} heading={<h2>Upcoming shows</h2>} />
      <h2>Works</h2>
      {artist.works.length === 0 ? (
        <p className="empty">No works shown yet.</p>
      ) : (
        <ul className="portfolio-works">
          {artist.works.map((work) => (
            <PortfolioWork key={work.id} work={work} />
          ))}
        </ul>
      )}
    </article>
  );
}

function PortfolioWork({ work }: { work: Artwork }) {
  const [turning, setTurning] = useState(false);
  return (
    <li className="portfolio-work">
      <figure>
        {work.modelUrl && turning ? (
          <ModelPreview url={work.modelUrl} label={`${work.title}, turning`} size={280} />
        ) : (
          <img src={work.imageUrl} alt={work.title} width={work.width} height={work.height} loading="lazy" />
        )}
        <figcaption>
          <strong>{work.title}</strong>
          <span className="muted">
            {[String(work.year), work.medium, work.dimensions].filter((part) => part !== '').join(' · ')}
          </span>
          {work.description && <span>{work.description}</span>}
          {work.tags.length > 0 && (
            <ul className="tags" aria-label={`Tags of “${work.title}”`}>
              {work.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          {work.modelUrl && (
            <button
              type="button"
              className="secondary"
              aria-pressed={turning}
              onClick={() => setTurning((now) => !now)}
            >
              {turning ? 'Show the picture' : 'Turn it in 3D'}
            </button>
          )}
        </figcaption>
      </figure>
    </li>
  );
}
