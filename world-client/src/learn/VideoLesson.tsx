import type { Lesson } from '@prostudio/backend/contract';
import { useEffect, useRef } from 'react';
import { saveProgress } from '../api/learning.ts';

/** How often the player reports where the student is. */
const REPORT_MS = 10_000;

/** A video that starts where the student left it, with its chapters, reporting progress as it plays. */
export function VideoLesson({ lesson }: { lesson: Lesson }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element || !lesson.progress) return;
    const resumeAt = lesson.progress.positionSeconds ?? 0;
    const seekOnce = () => {
      if (resumeAt > 0) element.currentTime = resumeAt;
    };
    element.addEventListener('loadedmetadata', seekOnce, { once: true });
    const report = () =>
      void saveProgress(lesson.id, { positionSeconds: Math.floor(element.currentTime) }).catch(
        () => undefined,
      );
    const timer = window.setInterval(() => {
      if (!element.paused) report();
    }, REPORT_MS);
    element.addEventListener('pause', report);
    element.addEventListener('ended', report);
    return () => {
      window.clearInterval(timer);
      element.removeEventListener('pause', report);
      element.removeEventListener('ended', report);
    };
  }, [lesson.id, lesson.progress]);
  return (
    <>
      <video
        ref={video}
        src={lesson.videoUrl ?? undefined}
        controls
        preload="metadata"
        className="lesson-video"
      />
      {lesson.chapters.length > 0 && (
        <nav aria-label="Chapters">
          <ol className="chapters">
            {lesson.chapters.map((chapter) => (
              <li key={chapter.at}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    if (video.current) video.current.currentTime = chapter.at;
                  }}
                >
                  {Math.floor(chapter.at / 60)}:{String(chapter.at % 60).padStart(2, '0')} {chapter.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </>
  );
}
