import { SitePage } from '../ui/SitePage.tsx';
import { CoursePage } from './CoursePage.tsx';
import { Dashboard } from './Dashboard.tsx';
import { LessonPage } from './LessonPage.tsx';
import { go, useLearnRoute } from './navigation.ts';

/** The learning pages: a student's dashboard and the catalogue, a course's outline, and its lessons. */
export function LearnApp() {
  const route = useLearnRoute();
  return (
    <SitePage
      className="learn"
      brand={
        <button type="button" className="link brand" onClick={() => go({ page: 'home' })}>
          ProStudio · Learn
        </button>
      }
      signedOut={
        <>
          <h1>Learn from the artists of the venue</h1>
          <p>Courses, live workshops in the classroom, critiques and certificates. Sign in to start.</p>
        </>
      }
    >
      {route.page === 'course' ? (
        <CoursePage id={route.id} />
      ) : route.page === 'lesson' ? (
        <LessonPage id={route.id} />
      ) : (
        <Dashboard />
      )}
    </SitePage>
  );
}
