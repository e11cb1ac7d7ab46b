import type { ShowAct } from '@prostudio/backend/contract';
import { LIGHTING } from '@prostudio/protocol';
import { useId } from 'react';

const LIGHT_NAMES: Record<(typeof LIGHTING)[number], string> = {
  warm: 'Warm',
  cool: 'Cool',
  spot: 'Spotlight',
  party: 'Party',
  blackout: 'Blackout',
};

/**
 * A show's running order: its acts in order, each with how the stage looks for it (lights, the screen's
 * caption). On stage the performer steps through them, and each act sets the stage as written here.
 */
export function ActsEditor({
  acts,
  onChange,
  error,
}: {
  acts: readonly ShowAct[];
  onChange: (acts: ShowAct[]) => void;
  /** The API's refusal of one of the acts, shown under the list. */
  error?: string | undefined;
}) {
  const id = useId();
  const set = (index: number, act: ShowAct) => onChange(acts.map((old, i) => (i === index ? act : old)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...acts];
    const [act] = next.splice(index, 1);
    if (act) next.splice(index + by, 0, act);
    onChange(next);
  };
  return (
    <fieldset className="acts" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Running order</legend>
      <p className="hint">
        On stage you step through the acts; each sets the lights and the screen as written here, and leaves
        them as they were where you leave them empty.
      </p>
      {acts.length === 0 && (
        <p className="empty">
          No acts yet. Add them to step through them on stage, each with its own lights.
        </p>
      )}
      <ol>
        {acts.map((act, index) => {
          const name = act.title || `act ${index + 1}`;
          return (
            <li key={index} className="act">
              <label>
                Act {index + 1}
                <input
                  type="text"
                  value={act.title}
                  maxLength={100}
                  required
                  onChange={(event) => set(index, { ...act, title: event.target.value })}
                />
              </label>
              <label>
                Lights
                <select
                  value={act.lights ?? ''}
                  onChange={(event) => {
                    const { lights: _, ...rest } = act;
                    const value = event.target.value as ShowAct['lights'] | '';
                    set(index, value ? { ...rest, lights: value } : rest);
                  }}
                >
                  <option value="">As they are</option>
                  {LIGHTING.map((light) => (
                    <option key={light} value={light}>
                      {LIGHT_NAMES[light]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Screen
                <input
                  type="text"
                  value={act.screen ?? ''}
                  maxLength={200}
                  placeholder="Caption on the stage’s screen"
                  onChange={(event) => {
                    const { screen: _, ...rest } = act;
                    set(index, event.target.value ? { ...rest, screen: event.target.value } : rest);
                  }}
                />
              </label>
              <span className="act-buttons">
                <button
                  type="button"
                  className="secondary"
                  disabled={index === 0}
                  aria-label={`Move ${name} earlier`}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={index === acts.length - 1}
                  aria-label={`Move ${name} later`}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(acts.filter((_, i) => i !== index))}
                >
                  ✕
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="secondary"
        disabled={acts.length >= 50}
        onClick={() => onChange([...acts, { title: '' }])}
      >
        Add an act
      </button>
    </fieldset>
  );
}
