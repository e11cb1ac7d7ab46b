import { type FormEvent, useState } from 'react';
import { signIn, signUp } from '../api/session.ts';

/** Sign in, or make an account, in one form; `why` says what it is for. */
export function AccountForm({ why }: { why?: string }) {
  const [mode, setMode] = useState<'sign-in' | 'sign-up'>('sign-in');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '');
    const password = String(data.get('password') ?? '');
    setBusy(true);
    setError(null);
    try {
      if (mode === 'sign-in') await signIn(email, password);
      else await signUp(email, password, String(data.get('displayName') ?? ''));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card account" onSubmit={(event) => void submit(event)} aria-labelledby="account-title">
      <h2 id="account-title">{mode === 'sign-in' ? 'Sign in' : 'Make an account'}</h2>
      {why && <p>{why}</p>}
      {mode === 'sign-up' && (
        <>
          <label htmlFor="account-name">Your name</label>
          <input id="account-name" name="displayName" autoComplete="nickname" required maxLength={64} />
        </>
      )}
      <label htmlFor="account-email">Email</label>
      <input id="account-email" name="email" type="email" autoComplete="email" required />
      <label htmlFor="account-password">Password</label>
      <input
        id="account-password"
        name="password"
        type="password"
        autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
        minLength={mode === 'sign-up' ? 10 : undefined}
        required
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {mode === 'sign-in' ? 'Sign in' : 'Make my account'}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')}
      >
        {mode === 'sign-in' ? 'New here? Make an account' : 'I have an account'}
      </button>
    </form>
  );
}
