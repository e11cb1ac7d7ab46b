// A moderator's (or a classroom instructor's) actions on one person in the room: mute them (chat and voice),
// give or take a classroom's floor, and for moderators remove them, or ban them (from this space or the whole
// venue, with a reason the staff will read). The room checks the role; this only offers.
import type { BanScope } from '@prostudio/protocol';
import { type FormEvent, useState } from 'react';
import { moderate } from '../app/visit.ts';
import type { RemotePerson } from '../state/store.ts';

export function ModerationMenu({
  person,
  removes,
  floor,
}: {
  person: RemotePerson;
  /** May remove and ban (moderators). */
  removes: boolean;
  /** May give and take the floor (a classroom's instructor and moderators there). */
  floor: boolean;
}) {
  const [banning, setBanning] = useState(false);
  const [scope, setScope] = useState<BanScope>('space');
  const [reason, setReason] = useState('');
  const ban = (event: FormEvent) => {
    event.preventDefault();
    moderate({
      action: 'ban',
      target: person.id,
      scope,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    setBanning(false);
  };
  return (
    <details className="moderate">
      <summary aria-label={`Moderate ${person.name}`} title={`Moderate ${person.name}`}>
        ⋯
      </summary>
      <div className="moderate-actions" role="group" aria-label={`What to do about ${person.name}`}>
        <button
          type="button"
          className="secondary"
          onClick={() => moderate({ action: person.muted ? 'unmute' : 'mute', target: person.id })}
        >
          {person.muted ? 'Unmute (chat and voice)' : 'Mute (chat and voice)'}
        </button>
        {floor && (
          <button
            type="button"
            className="secondary"
            onClick={() => moderate({ action: person.floor ? 'takeFloor' : 'giveFloor', target: person.id })}
          >
            {person.floor ? 'Take back the floor' : 'Give the floor'}
          </button>
        )}
        {removes && (
          <button
            type="button"
            className="secondary"
            onClick={() => moderate({ action: 'kick', target: person.id })}
          >
            Remove (may come back)
          </button>
        )}
        {removes &&
          (banning ? (
            <form onSubmit={ban} aria-label={`Ban ${person.name}`}>
              <fieldset>
                <legend>Ban {person.name} from</legend>
                <label>
                  <input
                    type="radio"
                    name="scope"
                    checked={scope === 'space'}
                    onChange={() => setScope('space')}
                  />{' '}
                  this space
                </label>
                <label>
                  <input
                    type="radio"
                    name="scope"
                    checked={scope === 'venue'}
                    onChange={() => setScope('venue')}
                  />{' '}
                  the whole venue
                </label>
              </fieldset>
              <label>
                Reason (for the staff)
                <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
              </label>
              <button type="submit">Ban</button>{' '}
              <button type="button" className="secondary" onClick={() => setBanning(false)}>
                Cancel
              </button>
            </form>
          ) : (
            <button type="button" className="danger" onClick={() => setBanning(true)}>
              Ban…
            </button>
          ))}
      </div>
    </details>
  );
}
