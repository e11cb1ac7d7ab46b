import { DISPLAY_NAME_MAX } from '@prostudio/world-server/shared';
import { type FormEvent, useState } from 'react';
import { chooseName } from '../app/visit.ts';
import { useWorld } from '../state/store.ts';

/** Asks for the name others will see above the visitor's avatar. */
export function NamePrompt() {
  const remembered = useWorld((state) => state.name);
  const [name, setName] = useState(remembered);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(chooseName(name));
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
        <button type="submit">Enter the venue</button>
      </form>
    </div>
  );
}
