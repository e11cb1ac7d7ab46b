import { useEffect } from 'react';
import { restoreSession, signOut, useAccount } from '../api/session.ts';
import { AccountForm } from '../ui/AccountForm.tsx';
import { Bans } from './Bans.tsx';
import { Requests } from './Requests.tsx';
import { StaffRoles } from './StaffRoles.tsx';

/**
 * The venue's own page at /venue, laid out like the learning pages: its curators answer artists' requests for
 * the galleries and the stage, its moderators see and lift bans, and its admins do all that and give and
 * take the staff roles.
 */
export function VenueApp() {
  const account = useAccount();
  useEffect(() => {
    void restoreSession();
  }, []);
  const roles = account.user?.roles ?? [];
  const isAdmin = roles.includes('admin');
  const isCurator = isAdmin || roles.includes('curator');
  const isModerator = isAdmin || roles.includes('moderator');
  return (
    <div className="learn venue">
      <header className="learn-bar">
        <a className="brand" href="/venue">
          ProStudio · Venue
        </a>
        <nav aria-label="Account">
          <a href="/">Back to the venue</a>
          {account.user && (
            <>
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
            <h1>The venue’s staff</h1>
            <p>
              Curators and admins answer artists’ requests for the galleries and the stage here. Sign in
              first.
            </p>
            <AccountForm />
          </>
        ) : !isCurator && !isModerator ? (
          <>
            <h1>The venue’s staff</h1>
            <p role="status">
              This page is for the venue’s curators, moderators and admins. If you have just been given a
              role, sign out and in again.
            </p>
          </>
        ) : (
          <>
            {isCurator && <Requests />}
            {isModerator && <Bans />}
            {isAdmin && <StaffRoles />}
          </>
        )}
      </main>
    </div>
  );
}
