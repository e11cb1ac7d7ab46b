// The studio's Profile tab: the name, bio, links and picture visitors see on the artist's public portfolio,
// with the address of that page to share.
import type { ArtistProfile } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { fetchMyArtist, saveMyProfile, uploadFile } from '../../api/works.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { type FieldError, fieldError, formMessage, messageFor } from '../field-errors.ts';
import '../works/works.css';
import { parseLinks } from './profile-form.ts';
import { LoadProblem } from '../../ui/LoadProblem.tsx';
import './profile.css';

export function ProfileTab(_props: StudioTabProps) {
  const [loaded, reload] = useLoad('my-artist', fetchMyArtist);
  if (loaded.state === 'loading') return <p aria-busy="true">Loading your profile…</p>;
  if (loaded.state === 'failed') {
    return <LoadProblem message={`Your profile could not be loaded: ${loaded.message}`} retry={reload} />;
  }
  return <ProfileForm artist={loaded.value} />;
}

const FIELDS = ['name', 'bio', 'links', 'pictureId'] as const;
type Field = (typeof FIELDS)[number];

function ProfileForm({ artist: first }: { artist: ArtistProfile | null }) {
  const [artist, setArtist] = useState(first);
  // The picture as it will be saved: its upload's id (undefined: unchanged, null: removed) and what to show.
  const [picture, setPicture] = useState<{ id: string | null | undefined; url: string | null }>({
    id: undefined,
    url: first?.pictureUrl ?? null,
  });
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<FieldError | null>(null);
  const [saved, setSaved] = useState('');
  const save = useAction();
  const id = useId();

  const choosePicture = async (file: File) => {
    setError(null);
    setProgress(0);
    try {
      const upload = await uploadFile(file, file.name, setProgress);
      if (upload.kind !== 'image') {
        setError({ field: 'pictureId', message: 'A picture must be an image (PNG, JPEG, GIF or WebP).' });
      } else setPicture({ id: upload.id, url: upload.thumbnailUrl ?? upload.url });
    } catch (failure) {
      setError({ field: 'pictureId', message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setProgress(null);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    setError(null);
    setSaved('');
    void save.run(async () => {
      try {
        const profile = await saveMyProfile({
          name: text('name'),
          bio: text('bio'),
          links: parseLinks(text('links')),
          ...(picture.id === undefined ? {} : { pictureId: picture.id }),
        });
        setArtist(profile);
        setPicture({ id: undefined, url: profile.pictureUrl });
        setSaved(first ? 'Profile saved.' : 'Profile made: you can add works now.');
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
  const described = (field: Field, hint?: string) =>
    [hint, messageFor(error, field) ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;
  const publicPath = artist ? `/artists/${artist.id}` : null;

  return (
    <section className="profile">
      <h1>Profile</h1>
      {artist && publicPath ? (
        <p className="share">
          Your public portfolio: <a href={publicPath}>{`${window.location.origin}${publicPath}`}</a>
          <CopyButton text={`${window.location.origin}${publicPath}`} />
        </p>
      ) : (
        <p className="empty">
          You have no artist profile yet. Fill this in to make one: your works and exhibitions appear under
          this name, and visitors read it on your portfolio page.
        </p>
      )}
      <form className="profile-form" onSubmit={submit} noValidate aria-label="Your artist profile">
        <fieldset className="picture">
          <legend>Picture</legend>
          {picture.url ? (
            <img src={picture.url} alt="Your picture" className="avatar" />
          ) : (
            <span className="avatar none" aria-hidden="true">
              ?
            </span>
          )}
          <div>
            <label htmlFor={`${id}-picture`}>
              {picture.url ? 'Choose another picture' : 'Choose a picture'}
            </label>
            <input
              id={`${id}-picture`}
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp"
              aria-describedby={described('pictureId')}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) void choosePicture(file);
              }}
            />
            {progress !== null && <progress value={progress} max={1} aria-label="Upload of your picture" />}
            {picture.url && (
              <button type="button" className="secondary" onClick={() => setPicture({ id: null, url: null })}>
                Remove picture
              </button>
            )}
            {errorFor('pictureId')}
          </div>
        </fieldset>
        <label>
          Name
          <input
            name="name"
            type="text"
            required
            maxLength={100}
            defaultValue={artist?.name ?? ''}
            autoComplete="name"
            aria-describedby={described('name')}
          />
          {errorFor('name')}
        </label>
        <label>
          Bio
          <textarea
            name="bio"
            rows={5}
            maxLength={5000}
            defaultValue={artist?.bio ?? ''}
            aria-describedby={described('bio')}
          />
          {errorFor('bio')}
        </label>
        <label>
          Links
          <textarea
            name="links"
            rows={3}
            defaultValue={artist?.links.join('\n') ?? ''}
            placeholder="https://your-site.example"
            aria-describedby={described('links', `${id}-links-hint`)}
          />
          <span className="hint" id={`${id}-links-hint`}>
            One a line, at most 10: web addresses starting with https:// or http://.
          </span>
          {errorFor('links')}
        </label>
        {formMessage(error, FIELDS) && (
          <p className="field-error" role="alert">
            {formMessage(error, FIELDS)}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={save.busy || progress !== null}>
            {save.busy ? 'Saving…' : artist ? 'Save profile' : 'Make my profile'}
          </button>
        </div>
        <p role="status" className="studio-notice">
          {saved}
        </p>
      </form>
    </section>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  if (!navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? 'Copied' : 'Copy link'}
    </button>
  );
}
