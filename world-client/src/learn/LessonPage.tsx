import type { Lesson } from '@prostudio/backend/contract';
import { useState } from 'react';
import { fetchLesson, saveProgress } from '../api/learning.ts';
import { ExerciseLesson } from './ExerciseLesson.tsx';
import { go } from './navigation.ts';
import { useLoad } from './useLoad.ts';
import { VideoLesson } from './VideoLesson.tsx';

/** One lesson: its content by kind, and the student's progress in it. */
export function LessonPage({ id }: { id: string }) {
  const [loaded, reload] = useLoad(`lesson:${id}`, () => fetchLesson(id));
  if (loaded.state === 'loading') return <p aria-busy="true">Loading the lesson…</p>;
  if (loaded.state === 'failed')
    return (
      <p className="error" role="alert">
        {loaded.message}
      </p>
    );
  const lesson = loaded.value;
  const completion = lesson.progress?.completion ?? 0;
  return (
    <article aria-labelledby="lesson-title" data-testid="lesson">
      <p>
        <button type="button" className="link" onClick={() => go({ page: 'course', id: lesson.courseId })}>
          ← The course
        </button>
      </p>
      <h1 id="lesson-title">{lesson.title}</h1>
      {lesson.progress && (
        <p className="progress-label" data-testid="lesson-progress">
          {completion >= 1 ? 'Done' : `${Math.round(completion * 100)}% done`}
        </p>
      )}
      {lesson.kind === 'video' && <VideoLesson lesson={lesson} />}
      {/* The server renders Markdown to HTML with everything escaped first (lesson-text.ts). */}
      {lesson.html && <div className="lesson-text" dangerouslySetInnerHTML={{ __html: lesson.html }} />}
      {lesson.kind === 'text' && lesson.progress && completion < 1 && (
        <MarkRead lesson={lesson} onDone={reload} />
      )}
      {lesson.kind === 'exercise' && <ExerciseLesson lesson={lesson} />}
      {lesson.workshop && (
        <p>
          Live in the classroom on {new Date(lesson.workshop.startsAt).toLocaleString()} (until{' '}
          {new Date(lesson.workshop.endsAt).toLocaleTimeString()}). Your time there counts towards this
          lesson. <a href={`/#${lesson.workshop.space}`}>Go to the classroom</a>
        </p>
      )}
    </article>
  );
}

function MarkRead({ lesson, onDone }: { lesson: Lesson; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const done = async () => {
    try {
      await saveProgress(lesson.id, { done: true });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <p>
      <button type="button" onClick={() => void done()}>
        Mark as read
      </button>
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
