import { fetchCourses, fetchLearning } from '../api/learning.ts';
import { go } from './navigation.ts';
import { useLoad } from './useLoad.ts';

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** What the student is taking (progress, what is next, workshops, certificates), and what else there is. */
export function Dashboard() {
  const [learning] = useLoad('learning', fetchLearning);
  const [catalogue] = useLoad('catalogue', fetchCourses);
  const taking = new Set(learning.state === 'ready' ? learning.value.map((entry) => entry.course.id) : []);
  const others =
    catalogue.state === 'ready' ? catalogue.value.filter((course) => !taking.has(course.id)) : [];
  return (
    <>
      <section aria-labelledby="taking-title">
        <h1 id="taking-title">My learning</h1>
        {learning.state === 'loading' && <p aria-busy="true">Loading your courses…</p>}
        {learning.state === 'failed' && (
          <p className="error" role="alert">
            {learning.message}
          </p>
        )}
        {learning.state === 'ready' && learning.value.length === 0 && (
          <p className="empty">You are not on a course yet: pick one below.</p>
        )}
        {learning.state === 'ready' && (
          <ul className="cards" data-testid="my-courses">
            {learning.value.map((entry) => (
              <li key={entry.course.id} className="card">
                <h2>
                  <button
                    type="button"
                    className="link"
                    onClick={() => go({ page: 'course', id: entry.course.id })}
                  >
                    {entry.course.title}
                  </button>
                </h2>
                <progress max={1} value={entry.progress} aria-label={`Progress in ${entry.course.title}`} />
                <span className="progress-label">{percent(entry.progress)}</span>
                {entry.next ? (
                  <p>
                    Next:{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => entry.next && go({ page: 'lesson', id: entry.next.id })}
                    >
                      {entry.next.title}
                    </button>
                  </p>
                ) : (
                  <p>All done.</p>
                )}
                {entry.upcomingWorkshops.map((workshop) => (
                  <p key={workshop.lessonId} className="workshop-note">
                    Live: {workshop.title}, {new Date(workshop.startsAt).toLocaleString()} in the{' '}
                    <a href={`/#${workshop.space}`}>classroom</a>
                  </p>
                ))}
                {entry.certificate && (
                  <p>
                    Certificate{' '}
                    <a
                      href={`/api/certificates/${entry.certificate.code}/pdf`}
                      data-testid="certificate-link"
                    >
                      {entry.certificate.code}
                    </a>
                    {!entry.certificate.valid && ' (revoked)'}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="catalogue-title">
        <h2 id="catalogue-title">Courses</h2>
        {catalogue.state === 'failed' && (
          <p className="error" role="alert">
            {catalogue.message}
          </p>
        )}
        {catalogue.state === 'ready' && others.length === 0 && (
          <p className="empty">
            {catalogue.value.length === 0 ? 'No courses yet.' : 'You are on every course there is.'}
          </p>
        )}
        {others.length > 0 && (
          <ul className="cards">
            {others.map((course) => (
              <li key={course.id} className="card">
                <h3>
                  <button
                    type="button"
                    className="link"
                    onClick={() => go({ page: 'course', id: course.id })}
                  >
                    {course.title}
                  </button>
                </h3>
                <p>
                  {course.instructor.name} · {course.discipline} · {course.level}
                </p>
                <p>{course.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
