// Anyone in a room (a guest too) may report someone to the venue's moderators, who read it on /venue.
import { type FormEvent, useId, useState } from 'react';
import { reportPerson } from '../api/moderation.ts';
import type { RemotePerson } from '../state/store.ts';
import { useWorld } from '../state/store.ts';

export function ReportPerson({ person }: { person: RemotePerson }) {
  const space = useWorld((state) => (state.phase.kind === 'inside' ? state.phase.space.slug : null));
  const name = useWorld((state) => state.name);
  const [reason, setReason] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | { error: string }>('idle');
  const id = useId();
  if (!space) return null;
  const send = (event: FormEvent) => {
    event.preventDefault();
    setState('sending');
    reportPerson({
      space,
      name: person.name,
      sessionId: person.id,
      reason,
      ...(name ? { reporterName: name } : {}),
    }).then(
      () => setState('sent'),
      (error: unknown) => setState({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <details className="moderate">
      <summary aria-label={`Report ${person.name}`} title={`Report ${person.name}`}>
        ⚑
      </summary>
      {state === 'sent' ? (
        <p role="status">Thank you: the moderators will read it.</p>
      ) : (
        <form className="moderate-actions" onSubmit={send} aria-label={`Report ${person.name}`}>
          <label htmlFor={id}>What happened? (the moderators read it)</label>
          <textarea
            id={id}
            rows={2}
            maxLength={500}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          {typeof state === 'object' && (
            <p className="error" role="alert">
              {state.error}
            </p>
          )}
          <button type="submit" disabled={state === 'sending'}>
            Send the report
          </button>
        </form>
      )}
    </details>
  );
}
