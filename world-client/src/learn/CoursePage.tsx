import type { Course } from '@prostudio/backend/contract';
import { useState } from 'react';
import { fetchCourse, fetchLearning, orderPlace } from '../api/learning.ts';
import { go } from './navigation.ts';
import { useLoad } from './useLoad.ts';

const price = (course: Course) =>
  !course.priceMinor || !course.currency
    ? 'Free'
    : new Intl.NumberFormat(undefined, { style: 'currency', currency: course.currency.toUpperCase() }).format(
        course.priceMinor / 100,
      );

const KIND_LABEL = {
  video: 'Video',
  text: 'Reading',
  exercise: 'Exercise',
  workshop: 'Live workshop',
} as const;

/** A course's outline; the way in (enrol, or buy a place) when the student is not on it yet. */
export function CoursePage({ id }: { id: string }) {
  const [course] = useLoad(`course:${id}`, () => fetchCourse(id));
  const [learning, reloadLearning] = useLoad(`learning:${id}`, fetchLearning);
  const [error, setError] = useState<string | null>(null);
  if (course.state === 'loading') return <p aria-busy="true">Loading the course…</p>;
  if (course.state === 'failed')
    return (
      <p className="error" role="alert">
        {course.message}
      </p>
    );
  const value = course.value;
  const enrolled = learning.state === 'ready' && learning.value.some((entry) => entry.course.id === value.id);
  const enrol = async () => {
    if (!value.listingId) return;
    setError(null);
    try {
      const order = await orderPlace(value.listingId);
      if (order.status === 'pending' && order.checkoutUrl) window.location.assign(order.checkoutUrl);
      else reloadLearning();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <article aria-labelledby="course-title">
      <h1 id="course-title">{value.title}</h1>
      <p>
        {value.instructor.name} · {value.discipline} · {value.level}
      </p>
      <p>{value.summary}</p>
      {!enrolled && value.listingId && (
        <p>
          <button type="button" onClick={() => void enrol()}>
            {value.priceMinor ? `Buy a place · ${price(value)}` : 'Enrol for free'}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {value.modules.map((module) => (
        <section key={module.id} aria-label={module.title}>
          <h2>{module.title}</h2>
          <ol className="lessons">
            {module.lessons.map((lesson) => (
              <li key={lesson.id}>
                {enrolled ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() => go({ page: 'lesson', id: lesson.id })}
                  >
                    {lesson.title}
                  </button>
                ) : (
                  lesson.title
                )}{' '}
                <span className="kind">{KIND_LABEL[lesson.kind]}</span>
                {!lesson.required && <span className="kind">optional</span>}
                {lesson.workshop && (
                  <span className="kind">{new Date(lesson.workshop.startsAt).toLocaleString()}</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
