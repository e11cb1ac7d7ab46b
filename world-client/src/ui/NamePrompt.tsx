import { DISPLAY_NAME_MAX } from '@prostudio/world-server/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { chooseName } from '../app/visit.ts';
import { type AvatarChoice, avatarCatalogue } from '../avatars/load-vrm.ts';
import { useWorld } from '../state/store.ts';

/** Asks for the name others will see above the visitor's avatar, and which avatar. */
export function NamePrompt() {
  const remembered = useWorld((state) => state.name);
  const rememberedAvatar = useWorld((state) => state.avatar);
  const [name, setName] = useState(remembered);
  const [avatars, setAvatars] = useState<AvatarChoice[]>([]);
  const [avatar, setAvatar] = useState(rememberedAvatar);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void avatarCatalogue().then((choices) => {
      if (live) setAvatars(choices);
    });
    return () => {
      live = false;
    };
  }, []);
  const chosen = avatars.some((choice) => choice.id === avatar) ? avatar : (avatars[0]?.id ?? '');
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
        {avatars.length > 0 && (
          <fieldset className="avatar-choice">
            <legend>Your avatar</legend>
            {avatars.map((choice) => (
              <label key={choice.id} title={choice.description}>
                <input
                  type="radio"
                  name="avatar"
                  value={choice.id}
                  checked={chosen === choice.id}
                  onChange={() => setAvatar(choice.id)}
                />
                <span
                  className="avatar-swatch"
                  aria-hidden="true"
                  style={{
                    background: `linear-gradient(${choice.colours?.hair ?? '#333'} 0 22%, ${choice.colours?.skin ?? '#d9a'} 22% 45%, ${choice.colours?.shirt ?? '#888'} 45% 75%, ${choice.colours?.trousers ?? '#345'} 75%)`,
                  }}
                />
                {choice.name}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit">Enter the venue</button>
      </form>
    </div>
  );
}
