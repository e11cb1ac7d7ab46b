// Education, the instructor's side: their courses with enrolments and revenue, editing and reordering the
// outline, a lesson's source for the editor, a Markdown preview, and the students and submissions to review.
import { z } from 'zod';
import { levelSchema, newLessonSchema } from './courses.ts';
import { submissionSchema } from './learning.ts';

/** A course's whole order: every module, each with every lesson, in the order wanted (lessons may move). */
export const outlineOrderSchema = z.object({
  modules: z
    .array(
      z.object({
        id: z.uuid('must be a module id'),
        lessons: z.array(z.uuid('must be a lesson id')).max(500),
      }),
    )
    .max(200),
});
export type OutlineOrder = z.infer<typeof outlineOrderSchema>;

/** Markdown to see as students will (the same renderer and sanitiser as the lesson page). */
export const markdownPreviewSchema = z.object({ body: z.string().max(100_000) });
export const renderedMarkdownSchema = z.object({ html: z.string() });

/** What a lesson was made from, for its editor (the body it was created with, as stored). */
export const lessonSourceSchema = z.object({
  id: z.string(),
  moduleId: z.string(),
  /** Students have progress in it or work handed in: it cannot be deleted. */
  started: z.boolean(),
  source: newLessonSchema,
});
export type LessonSource = z.infer<typeof lessonSourceSchema>;

/** Money taken for places on a course, in one currency: what students paid, and the instructor's share. */
export const courseRevenueSchema = z.object({
  currency: z.string(),
  grossMinor: z.number().int(),
  earnedMinor: z.number().int(),
});

/** One of the caller's courses as its instructor sees it in their list. */
export const taughtCourseSchema = z.object({
  id: z.string(),
  title: z.string(),
  discipline: z.string(),
  level: levelSchema,
  status: z.enum(['draft', 'published', 'archived']),
  priceMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  lessons: z.number().int(),
  enrolments: z.number().int(),
  /** Submissions waiting for a critique. */
  toReview: z.number().int(),
  revenue: z.array(courseRevenueSchema),
  createdAt: z.string(),
});
export type TaughtCourse = z.infer<typeof taughtCourseSchema>;

/** A course's students: each enrolment's progress and certificate, and the revenue. */
export const courseStudentsSchema = z.object({
  enrolments: z.array(
    z.object({
      student: z.object({ id: z.string(), name: z.string() }),
      enrolledAt: z.string(),
      progress: z.number(),
      certificate: z.object({ code: z.string(), valid: z.boolean() }).nullable(),
    }),
  ),
  revenue: z.array(courseRevenueSchema),
});
export type CourseStudents = z.infer<typeof courseStudentsSchema>;

/** A submission in the course's review queue: which exercise it answers. */
export const courseSubmissionSchema = submissionSchema.extend({ lessonTitle: z.string() });
export type CourseSubmission = z.infer<typeof courseSubmissionSchema>;
