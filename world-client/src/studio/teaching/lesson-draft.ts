// A lesson's form as the editor holds it (text as typed) and the lesson the API takes, both ways. Pure, so
// it is tested in Node; the API checks the same again and names the field if it disagrees.
import type { NewLesson } from '@prostudio/backend/contract';
import { fromLocalInput, toLocalInput } from '../../venue/dates.ts';
import { type ChapterRow, chaptersFrom, formatTime, parseTime } from './chapters.ts';

export type LessonKind = NewLesson['kind'];

export interface LessonDraft {
  readonly kind: LessonKind;
  readonly title: string;
  readonly required: boolean;
  /** Text lessons' Markdown, exercises' brief, workshops' description. */
  readonly body: string;
  readonly videoUrl: string;
  /** The video's length as typed, "12:30". */
  readonly duration: string;
  readonly chapters: readonly ChapterRow[];
  readonly space: string;
  /** datetime-local, in the browser's time zone. */
  readonly startsAt: string;
  readonly durationMinutes: string;
  readonly capacity: string;
}

export const KIND_LABELS: Record<LessonKind, string> = {
  text: 'Text',
  video: 'Video',
  exercise: 'Exercise',
  workshop: 'Live workshop',
};

/** A blank lesson of a kind; a workshop starts a week from `now`, on the hour. */
export function blankDraft(kind: LessonKind, now: Date, space = ''): LessonDraft {
  const start = new Date(now.getTime() + 7 * 86_400_000);
  start.setMinutes(0, 0, 0);
  return {
    kind,
    title: '',
    required: true,
    body: '',
    videoUrl: '',
    duration: '',
    chapters: [{ at: '0:00', title: '' }],
    space,
    startsAt: toLocalInput(start),
    durationMinutes: '60',
    capacity: '20',
  };
}

/** The form for a lesson as the API gave it back. */
export function draftOf(lesson: NewLesson): LessonDraft {
  const base = blankDraft(lesson.kind, new Date());
  switch (lesson.kind) {
    case 'video':
      return {
        ...base,
        title: lesson.title,
        required: lesson.required,
        videoUrl: lesson.videoUrl,
        duration: formatTime(lesson.durationSeconds),
        chapters: lesson.chapters.map((chapter) => ({ at: formatTime(chapter.at), title: chapter.title })),
      };
    case 'workshop':
      return {
        ...base,
        title: lesson.title,
        required: lesson.required,
        body: lesson.body,
        space: lesson.space,
        startsAt: toLocalInput(new Date(lesson.startsAt)),
        durationMinutes: String(lesson.durationMinutes),
        capacity: String(lesson.capacity),
      };
    default:
      return { ...base, title: lesson.title, required: lesson.required, body: lesson.body };
  }
}

/** A problem with the form, by field: the same names the API uses ("chapters.1.at"). */
export interface DraftError {
  readonly field: string;
  readonly error: string;
}

const whole = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The lesson to send, or the first field the form cannot turn into one. */
export function lessonFrom(draft: LessonDraft): { lesson: NewLesson } | DraftError {
  const title = draft.title.trim();
  if (!title) return { field: 'title', error: 'Give the lesson a title.' };
  const base = { title, required: draft.required };
  switch (draft.kind) {
    case 'text':
      if (!draft.body.trim()) return { field: 'body', error: 'Write the lesson (Markdown).' };
      return { lesson: { ...base, kind: 'text', body: draft.body } };
    case 'exercise':
      if (!draft.body.trim()) return { field: 'body', error: 'Write the brief: what should students make?' };
      return { lesson: { ...base, kind: 'exercise', body: draft.body } };
    case 'video': {
      if (!draft.videoUrl.trim()) return { field: 'videoUrl', error: 'Give the video’s https:// address.' };
      const durationSeconds = parseTime(draft.duration);
      if (durationSeconds === null || durationSeconds < 1)
        return { field: 'durationSeconds', error: 'Type the video’s length, such as 12:30.' };
      const chapters = chaptersFrom(draft.chapters, durationSeconds);
      if ('error' in chapters)
        return { field: `chapters.${chapters.row}.${chapters.field}`, error: chapters.error };
      return {
        lesson: {
          ...base,
          kind: 'video',
          videoUrl: draft.videoUrl.trim(),
          durationSeconds,
          chapters: chapters.chapters,
        },
      };
    }
    case 'workshop': {
      if (!draft.space) return { field: 'space', error: 'Choose a classroom.' };
      const startsAt = fromLocalInput(draft.startsAt);
      if (!startsAt) return { field: 'startsAt', error: 'Choose when it starts.' };
      const durationMinutes = whole(draft.durationMinutes);
      if (durationMinutes === null || durationMinutes < 10 || durationMinutes > 480)
        return { field: 'durationMinutes', error: 'Between 10 and 480 minutes.' };
      const capacity = whole(draft.capacity);
      if (capacity === null || capacity < 1 || capacity > 500)
        return { field: 'capacity', error: 'Between 1 and 500 students.' };
      return {
        lesson: {
          ...base,
          kind: 'workshop',
          body: draft.body,
          space: draft.space,
          startsAt,
          durationMinutes,
          capacity,
        },
      };
    }
  }
}
