import { DISPLAY_NAME_MAX } from '@prostudio/protocol';
import { type FormEvent, useEffect, useState } from 'react';
import { changeAvatar, chooseName } from '../app/visit.ts';
import { avatarFor } from '../avatars/load-vrm.ts';
import { changeSettings, SNAP_TURNS, type Settings, useSettings } from '../settings/settings.ts';
import { useWorld } from '../state/store.ts';
import { refreshInputs, restartMic } from '../voice/sound-session.ts';
import { useSound } from '../voice/sound-store.ts';
import { AvatarPicker, useAvatarCatalogue } from './AvatarPicker.tsx';
import { Toggle } from './Toggle.tsx';

/**
 * The visitor's settings: their name (the room is entered again under the new one), their avatar (everyone
 * sees the change at once), the venue's volume (voices and music included), their microphone, and comfort in
 * VR.
 */
export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const avatars = useAvatarCatalogue();
  const avatar = useWorld((state) => state.avatar);
  const name = useWorld((state) => state.name);
  const snapDegrees = useSettings((state) => state.snapDegrees);
  const vignette = useSettings((state) => state.vignette);
  const volume = useSettings((state) => state.volume);
  const microphone = useSettings((state) => state.microphone);
  const soundMode = useSettings((state) => state.soundMode);
  const pushToTalk = useSettings((state) => state.pushToTalk);
  const inputs = useSound((state) => state.inputs);
  useEffect(() => void refreshInputs(), []);
  // A new input or mode takes effect at once if the microphone is on.
  const changeInput = (change: Partial<Pick<Settings, 'microphone' | 'soundMode'>>) => {
    changeSettings(change);
    void restartMic();
  };
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
        <label>
          Microphone{' '}
          <select value={microphone} onChange={(event) => changeInput({ microphone: event.target.value })}>
            <option value="">The system’s default</option>
            {inputs.map((input) => (
              <option key={input.id} value={input.id}>
                {input.label}
              </option>
            ))}
          </select>
        </label>
        <div role="radiogroup" aria-label="What you send">
          <label>
            <input
              type="radio"
              name="sound-mode"
              checked={soundMode === 'voice'}
              onChange={() => changeInput({ soundMode: 'voice' })}
            />{' '}
            Voice (echo and noise removed)
          </label>
          <label>
            <input
              type="radio"
              name="sound-mode"
              checked={soundMode === 'music'}
              onChange={() => changeInput({ soundMode: 'music' })}
            />{' '}
            Music: an instrument or a line in (stereo, untouched)
          </label>
        </div>
        <Toggle
          label="Push to talk (hold V)"
          checked={pushToTalk}
          onChange={(on) => changeSettings({ pushToTalk: on })}
        />
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
