import { DISPLAY_NAME_MAX } from '@prostudio/protocol';
import { type FormEvent, useState } from 'react';
import { changeAvatar, chooseName } from '../app/visit.ts';
import { avatarFor } from '../avatars/load-vrm.ts';
import { changeSettings, SNAP_TURNS, type Settings, useSettings } from '../settings/settings.ts';
import { useWorld } from '../state/store.ts';
import { AvatarPicker, useAvatarCatalogue } from './AvatarPicker.tsx';
import { Toggle } from './Toggle.tsx';

/**
 * The visitor's settings: their name (the room is entered again under the new one), their avatar (everyone
 * sees the change at once), the venue's volume and comfort in VR.
 */
export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const avatars = useAvatarCatalogue();
  const avatar = useWorld((state) => state.avatar);
  const name = useWorld((state) => state.name);
  const snapDegrees = useSettings((state) => state.snapDegrees);
  const vignette = useSettings((state) => state.vignette);
  const volume = useSettings((state) => state.volume);
  const [draft, setDraft] = useState(name);
  const [refusal, setRefusal] = useState<string | null>(null);
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === name) return;
    setRefusal(chooseName(draft));
  };
  return (
    <section className="panel settings" role="dialog" aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title">Settings</h2>
      <form className="rename" onSubmit={rename}>
        <label>
          Your name{' '}
          <input
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            maxLength={DISPLAY_NAME_MAX * 2}
            autoComplete="nickname"
            aria-describedby="rename-note"
          />
        </label>{' '}
        <button type="submit">Change</button>
        <p id="rename-note" className={refusal ? 'error' : ''} role={refusal ? 'alert' : undefined}>
          {refusal ?? 'Changing it steps you out of the room and back in under the new name.'}
        </p>
      </form>
      <AvatarPicker avatars={avatars} chosen={avatarFor(avatars, avatar)?.id ?? ''} onChoose={changeAvatar} />
      <fieldset>
        <legend>Sound</legend>
        <label>
          Volume{' '}
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(volume * 100)}
            onChange={(event) => changeSettings({ volume: Number(event.target.value) / 100 })}
          />{' '}
          <output>{volume === 0 ? 'off' : `${Math.round(volume * 100)}%`}</output>
        </label>
      </fieldset>
      <fieldset>
        <legend>Comfort in VR</legend>
        <label>
          Snap turn{' '}
          <select
            value={snapDegrees}
            onChange={(event) =>
              changeSettings({ snapDegrees: Number(event.target.value) as Settings['snapDegrees'] })
            }
          >
            {SNAP_TURNS.map((degrees) => (
              <option key={degrees} value={degrees}>
                {degrees}°
              </option>
            ))}
          </select>
        </label>
        <Toggle
          label="Narrow the view while gliding (eases motion sickness)"
          checked={vignette}
          onChange={(on) => changeSettings({ vignette: on })}
        />
      </fieldset>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
