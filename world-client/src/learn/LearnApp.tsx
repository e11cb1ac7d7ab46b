import { useEffect } from 'react';
import { restoreSession, signOut, useAccount } from '../api/session.ts';
import { AccountForm } from '../ui/AccountForm.tsx';
import { CoursePage } from './CoursePage.tsx';
import { Dashboard } from './Dashboard.tsx';
import { LessonPage } from './LessonPage.tsx';
import { go, useLearnRoute } from './navigation.ts';

/** The learning pages: a student's dashboard and the catalogue, a course's outline, and its lessons. */
export function LearnApp() {
  const account = useAccount();
  const route = useLearnRoute();
  useEffect(() => {
    void restoreSession();
  }, []);
  return (
    <div className="learn">
      <header className="learn-bar">
        <button type="button" className="link brand" onClick={() => go({ page: 'home' })}>
          ProStudio · Learn
        </button>
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
            <h1>Learn from the artists of the venue</h1>
            <p>Courses, live workshops in the classroom, critiques and certificates. Sign in to start.</p>
            <AccountForm />
          </>
        ) : route.page === 'course' ? (
          <CoursePage id={route.id} />
        ) : route.page === 'lesson' ? (
          <LessonPage id={route.id} />
        ) : (
          <Dashboard />
        )}
      </main>
    </div>
  );
}
