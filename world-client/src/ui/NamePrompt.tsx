import { DISPLAY_NAME_MAX } from '@prostudio/protocol';
import { type FormEvent, useState } from 'react';
import { chooseName } from '../app/visit.ts';
import { avatarFor } from '../avatars/load-vrm.ts';
import { AvatarPicker, useAvatarCatalogue } from './AvatarPicker.tsx';
import { useWorld } from '../state/store.ts';

/** Asks for the name others will see above the visitor's avatar, and which avatar. */
export function NamePrompt() {
  const remembered = useWorld((state) => state.name);
  const rememberedAvatar = useWorld((state) => state.avatar);
  const [name, setName] = useState(remembered);
  const avatars = useAvatarCatalogue();
  const [avatar, setAvatar] = useState(rememberedAvatar);
  const [error, setError] = useState<string | null>(null);
  const chosen = avatarFor(avatars, avatar)?.id ?? '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(chooseName(name, chosen));
  };
  return (
    <div className="screen">
      <form className="card" onSubmit={submit} aria-labelledby="welcome-title">
        <h1 id="welcome-title">Welcome to ProStudio</h1>
        <p>Galleries, stages and classrooms where artists exhibit, perform and teach.</p>
        <label htmlFor="display-name">Your name</label>
        <input
          id="display-name"
          name="display-name"
          autoFocus
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX * 2}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? 'name-error' : undefined}
        />
        {error && (
          <p id="name-error" className="error" role="alert">
            {error}
          </p>
        )}
        <AvatarPicker avatars={avatars} chosen={chosen} onChoose={setAvatar} />
        <button type="submit">Enter the venue</button>
      </form>
    </div>
  );
}
