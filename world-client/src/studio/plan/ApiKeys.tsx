import { type FormEvent, useId, useState } from 'react';
import { createApiKey, fetchApiKeys, revokeApiKey } from '../../api/selling.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { fieldError, messageFor } from '../field-errors.ts';
import { ConfirmButton } from '../sales/ConfirmButton.tsx';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Enterprise's API keys: the live ones, a new one whose secret shows once (with a copy button), revoking. */
export function ApiKeys() {
  const id = useId();
  const [keys, reload] = useLoad('api-keys', fetchApiKeys);
  const { busy, error, run } = useAction();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const nameError = error ? messageFor(fieldError(error), 'name') : undefined;

  const create = (event: FormEvent) => {
    event.preventDefault();
    setCopied(false);
    void run(async () => {
      const made = await createApiKey(name);
      setSecret({ name: made.name, key: made.key });
      setName('');
      reload();
    });
  };
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>API keys</h2>
      <p>
        A key stands for you in your own scripts: send it as <code>Authorization: Bearer …</code>. It works
        while your plan includes API access.
      </p>
      <form className="key-form card" onSubmit={create}>
        <label htmlFor={`${id}-name`}>What the key is for</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={100}
          required
          value={name}
          aria-invalid={nameError ? true : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {nameError && <span className="field-error">{nameError}</span>}
        <button type="submit" disabled={busy}>
          Make a key
        </button>
      </form>
      {error && !nameError && (
        <p className="error" role="alert">
          {fieldError(error).message}
        </p>
      )}
      {secret && (
        <div className="card" role="status" data-testid="new-key">
          <p>Your key “{secret.name}”. Copy it now: it is shown only this once.</p>
          <p className="secret">
            <code>{secret.key}</code>
            <button type="button" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy'}
            </button>
            <button type="button" className="secondary" onClick={() => setSecret(null)}>
              Done
            </button>
          </p>
        </div>
      )}
      {keys.state === 'loading' && <p aria-busy="true">Loading your keys…</p>}
      {keys.state === 'failed' && (
        <p className="error" role="alert">
          {keys.message}
        </p>
      )}
      {keys.state === 'ready' &&
        (keys.value.length === 0 ? (
          <p className="empty">No keys yet.</p>
        ) : (
          <ul className="rows" data-testid="api-keys">
            {keys.value.map((key) => (
              <li key={key.id} className="row">
                <span className="what">
                  <strong>{key.name}</strong>
                  <span className="muted">
                    <code>{key.prefix}…</code> · made {when.format(new Date(key.createdAt))} ·{' '}
                    {key.lastUsedAt ? `last used ${when.format(new Date(key.lastUsedAt))}` : 'never used'}
                  </span>
                </span>
                <ConfirmButton
                  label="Revoke"
                  name={`Revoke ${key.name}`}
                  question={`Revoke “${key.name}”? Scripts using it stop working at once.`}
                  confirm="Revoke"
                  busy={busy}
                  onConfirm={() => void run(() => revokeApiKey(key.id), reload)}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
