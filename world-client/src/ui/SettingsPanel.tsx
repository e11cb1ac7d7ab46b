import { changeAvatar } from '../app/visit.ts';
import { avatarFor } from '../avatars/load-vrm.ts';
import { changeSettings, SNAP_TURNS, type Settings, useSettings } from '../settings/settings.ts';
import { useWorld } from '../state/store.ts';
import { AvatarPicker, useAvatarCatalogue } from './AvatarPicker.tsx';
import { Toggle } from './Toggle.tsx';

/** The visitor's settings: their avatar (everyone sees the change at once) and comfort in VR. */
export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const avatars = useAvatarCatalogue();
  const avatar = useWorld((state) => state.avatar);
  const name = useWorld((state) => state.name);
  const snapDegrees = useSettings((state) => state.snapDegrees);
  const vignette = useSettings((state) => state.vignette);
  return (
    <section className="panel settings" role="dialog" aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title">Settings</h2>
      <p>
        You are <strong>{name}</strong> here. To go by another name, leave and come back through the door.
      </p>
      <AvatarPicker avatars={avatars} chosen={avatarFor(avatars, avatar)?.id ?? ''} onChoose={changeAvatar} />
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
