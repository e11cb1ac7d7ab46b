import { useEffect, useState } from 'react';
import { type AvatarChoice, avatarCatalogue } from '../avatars/load-vrm.ts';

/** The venue's avatars, once their list has loaded (empty until then, or if it cannot load). */
export function useAvatarCatalogue(): AvatarChoice[] {
  const [avatars, setAvatars] = useState<AvatarChoice[]>([]);
  useEffect(() => {
    let live = true;
    void avatarCatalogue().then((choices) => {
      if (live) setAvatars(choices);
    });
    return () => {
      live = false;
    };
  }, []);
  return avatars;
}

/** A row of the venue's avatars to choose from, each a swatch of its colours and its name. */
export function AvatarPicker({
  avatars,
  chosen,
  onChoose,
}: {
  avatars: readonly AvatarChoice[];
  chosen: string;
  onChoose: (id: string) => void;
}) {
  if (avatars.length === 0) return null;
  return (
    <fieldset className="avatar-choice">
      <legend>Your avatar</legend>
      {avatars.map((choice) => {
        const c = choice.colours ?? {};
        return (
          <label key={choice.id} title={choice.description}>
            <input
              type="radio"
              name="avatar"
              value={choice.id}
              checked={chosen === choice.id}
              onChange={() => onChoose(choice.id)}
            />
            <span
              className="avatar-swatch"
              aria-hidden="true"
              style={{
                background: `linear-gradient(${c.hair ?? '#333'} 0 22%, ${c.skin ?? '#d9a'} 22% 45%, ${c.shirt ?? '#888'} 45% 75%, ${c.trousers ?? '#345'} 75%)`,
              }}
            />
            {choice.name}
          </label>
        );
      })}
    </fieldset>
  );
}
