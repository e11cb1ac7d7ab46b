import type { NewCourse } from '@prostudio/backend/contract';
import { type FormEvent, useState } from 'react';
import { createCourse, fetchTaughtCourses } from '../../api/teaching.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { goStudio } from '../navigation.ts';
import { formMessage, messageFor } from '../field-errors.ts';
import { formatMoney } from '../money.ts';
import { revenueText } from './money.ts';

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** The instructor's courses, with their enrolments, reviews waiting and revenue; and a new course. */
export function CourseList() {
  const [loaded] = useLoad('taught-courses', fetchTaughtCourses);
  return (
    <section aria-labelledby="teaching-title" className="teaching">
      <h1 id="teaching-title">Teaching</h1>
      <NewCourseForm />
      <h2>Your courses</h2>
      {loaded.state === 'loading' && <p aria-busy="true">Loading your courses…</p>}
      {loaded.state === 'failed' && (
        <p className="error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' && loaded.value.length === 0 && (
        <p className="empty">No courses yet: start one above, then add modules and lessons to it.</p>
      )}
      {loaded.state === 'ready' && loaded.value.length > 0 && (
        <ul className="cards taught-courses" data-testid="taught-courses">
          {loaded.value.map((course) => (
            <li key={course.id} className="card">
              <h3>
                <a
                  href={`/studio/teaching/courses/${course.id}`}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    goStudio('teaching', 'courses', course.id);
                  }}
                >
                  {course.title}
                </a>{' '}
                <span className={`status status-${course.status}`}>{course.status}</span>
              </h3>
              <dl className="figures">
                <div>
                  <dt>Price</dt>
                  <dd>
                    {course.priceMinor === null || course.currency === null
                      ? 'Not published'
                      : formatMoney(course.priceMinor, course.currency, { free: true })}
                  </dd>
                </div>
                <div>
                  <dt>Lessons</dt>
                  <dd>{course.lessons}</dd>
                </div>
                <div>
                  <dt>Enrolments</dt>
                  <dd data-testid="enrolments">{course.enrolments}</dd>
                </div>
                <div>
                  <dt>To review</dt>
                  <dd data-testid="to-review">{course.toReview}</dd>
                </div>
                <div>
                  <dt>Revenue</dt>
                  <dd>{revenueText(course.revenue)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const EMPTY: NewCourse = { title: '', summary: '', discipline: '', level: 'beginner' };

/** The fields of a course's details: for a new course, and in the editor. */
export function CourseFields({
  value,
  onChange,
  error,
}: {
  value: NewCourse;
  onChange: (next: NewCourse) => void;
  error: string | null;
}) {
  const field = (name: keyof NewCourse) => {
    const message = messageFor(error, name);
    return {
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `course-${name}-error` : undefined,
    };
  };
  const shown = (name: keyof NewCourse) => {
    const message = messageFor(error, name);
    return message ? (
      <span className="field-error" id={`course-${name}-error`}>
        {message}
      </span>
    ) : null;
  };
  return (
    <>
      <label>
        Title
        <input
          type="text"
          value={value.title}
          maxLength={200}
          required
          onChange={(event) => onChange({ ...value, title: event.target.value })}
          {...field('title')}
        />
        {shown('title')}
      </label>
      <label>
        Discipline
        <input
          type="text"
          value={value.discipline}
          maxLength={60}
          placeholder="painting, music, 3D…"
          required
          onChange={(event) => onChange({ ...value, discipline: event.target.value })}
          {...field('discipline')}
        />
        {shown('discipline')}
      </label>
      <label>
        Level
        <select
          value={value.level}
          onChange={(event) => onChange({ ...value, level: event.target.value as NewCourse['level'] })}
          {...field('level')}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
        {shown('level')}
      </label>
      <label className="wide">
        Summary
        <textarea
          value={value.summary}
          rows={3}
          maxLength={5000}
          onChange={(event) => onChange({ ...value, summary: event.target.value })}
          {...field('summary')}
        />
        {shown('summary')}
      </label>
    </>
  );
}

function NewCourseForm() {
  const [course, setCourse] = useState<NewCourse>(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const made = await createCourse(course);
      setCreated(made.id);
      goStudio('teaching', 'courses', made.id);
    });
  };
  const general = formMessage(action.error, ['title', 'summary', 'discipline', 'level']);
  return (
    <form className="card teaching-form" onSubmit={submit} aria-labelledby="new-course-title">
      <h2 id="new-course-title">A new course</h2>
      <CourseFields value={course} onChange={setCourse} error={action.error} />
      <p className="actions">
        <button type="submit" disabled={action.busy || created !== null}>
          {action.busy ? 'Starting…' : 'Start the course'}
        </button>
        {general && (
          <span className="error" role="alert">
            {general}
          </span>
        )}
      </p>
    </form>
  );
}
