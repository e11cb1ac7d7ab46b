// How loud the visitor hears one person, for them alone: a volume (0 to 200 %) and a mute. Nobody else is
// affected; a moderator's mute, for the whole room, is in the moderation menu.
import { AS_SENT, setHearing, useSound } from '../voice/sound-store.ts';
import type { RemotePerson } from '../state/store.ts';

export function PersonSound({ person }: { person: RemotePerson }) {
  const hearing = useSound((state) => state.hearing[person.id] ?? AS_SENT);
  return (
    <details className="person-sound">
      <summary aria-label={`Sound of ${person.name}`} title={`Sound of ${person.name}`}>
        {hearing.muted ? '🔇' : '🔊'}
      </summary>
      <div className="person-sound-controls">
        <label>
          Volume{' '}
          <input
            type="range"
            min={0}
            max={200}
            step={10}
            value={Math.round(hearing.volume * 100)}
            aria-label={`Volume of ${person.name}`}
            onChange={(event) => setHearing(person.id, { volume: Number(event.target.value) / 100 })}
          />{' '}
          <output>{Math.round(hearing.volume * 100)}%</output>
        </label>
        <label>
          <input
            type="checkbox"
            checked={hearing.muted}
            onChange={(event) => setHearing(person.id, { muted: event.target.checked })}
          />{' '}
          Mute for me
        </label>
      </div>
    </details>
  );
}
