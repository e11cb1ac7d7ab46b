// The frame of the venue's pages outside the 3D world (/learn, /venue): a bar with the page's name, the way
// back to the venue and the account, then the page itself once the session is known, or a sign-in form.
import { type ReactNode, useEffect } from 'react';
import { restoreSession, signOut, useAccount } from '../api/session.ts';
import { staffOf } from '../venue/staff.ts';
import { AccountForm } from './AccountForm.tsx';

export function SitePage({
  className,
  brand,
  signedOut,
  children,
}: {
  className: string;
  /** The page's name in the bar: a link or a button home. */
  brand: ReactNode;
  /** What a visitor who is not signed in reads above the sign-in form. */
  signedOut: ReactNode;
  /** The page for a signed-in account. */
  children: ReactNode;
}) {
  const account = useAccount();
  useEffect(() => {
    void restoreSession();
  }, []);
  return (
    <div className={className}>
      <header className="learn-bar">
        {brand}
        <nav aria-label="Account">
          <a href="/">Back to the venue</a>
          {account.user && (
            <>
              <a href="/learn">Learn</a>
              <a href="/studio">Studio</a>
              {staffOf(account.user.roles).any && <a href="/venue">Venue desk</a>}
              <span className="who">{account.user.displayName}</span>
              <button type="button" className="secondary" onClick={() => void signOut()}>
                Sign out
              </button>
            </>
          )}
        </nav>
      </header>
      <main className="learn-page">
        {account.status === 'unknown' ? (
          <p aria-busy="true">Loading…</p>
        ) : account.status === 'guest' ? (
          <>
            {signedOut}
            <AccountForm />
          </>
        ) : (
          children
        )}
      </main>
    </div>
  );
}
