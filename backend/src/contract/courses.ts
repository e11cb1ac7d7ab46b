// Education, the course itself: courses of modules and lessons, publishing, a lesson and progress in it.
import { z } from 'zod';
import { dateTimeSchema, slugSchema } from './common.ts';
import { webLinkSchema } from './links.ts';
import { currencySchema, priceMinorSchema } from './money.ts';

export const levelSchema = z.enum(['beginner', 'intermediate', 'advanced']);
export const lessonKindSchema = z.enum(['video', 'text', 'exercise', 'workshop']);
const chapterSchema = z.object({ title: z.string().trim().min(1).max(200), at: z.number().int().min(0) });

export const newCourseSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(5000).default(''),
  discipline: z.string().trim().toLowerCase().min(1).max(60),
  level: levelSchema,
});
export type NewCourse = z.infer<typeof newCourseSchema>;

export const newModuleSchema = z.object({ title: z.string().trim().min(1).max(200) });

export const newLessonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('video'),
    title: z.string().trim().min(1).max(200),
    /** Played in the lesson page's video element and linked from it (see links.ts). */
    videoUrl: webLinkSchema(2000),
    durationSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600),
    chapters: z.array(chapterSchema).max(100).default([]),
    required: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('text'),
    title: z.string().trim().min(1).max(200),
    body: z.string().min(1).max(100_000),
    required: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('exercise'),
    title: z.string().trim().min(1).max(200),
    /** The brief (Markdown). */
    body: z.string().min(1).max(20_000),
    required: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal('workshop'),
    title: z.string().trim().min(1).max(200),
    body: z.string().max(20_000).default(''),
    space: slugSchema,
    startsAt: dateTimeSchema,
    durationMinutes: z
      .number()
      .int()
      .min(10)
      .max(8 * 60),
    capacity: z.number().int().min(1).max(500),
    required: z.boolean().default(true),
  }),
]);
export type NewLesson = z.infer<typeof newLessonSchema>;

export const publishCourseSchema = z.object({ priceMinor: priceMinorSchema, currency: currencySchema });
export type PublishCourse = z.infer<typeof publishCourseSchema>;

export const outlineLessonSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: lessonKindSchema,
  required: z.boolean(),
  workshop: z
    .object({ space: z.string(), startsAt: z.string(), endsAt: z.string(), capacity: z.number() })
    .nullable(),
});

export const courseSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  discipline: z.string(),
  level: levelSchema,
  status: z.enum(['draft', 'published', 'archived']),
  instructor: z.object({ id: z.string(), name: z.string() }),
  /** Where to order a place (POST /api/orders); null until published. */
  listingId: z.string().nullable(),
  priceMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  modules: z.array(z.object({ id: z.string(), title: z.string(), lessons: z.array(outlineLessonSchema) })),
});
export type Course = z.infer<typeof courseSchema>;

export const lessonSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  title: z.string(),
  kind: lessonKindSchema,
  required: z.boolean(),
  /** Text lessons and briefs, rendered to safe HTML. */
  html: z.string(),
  videoUrl: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  chapters: z.array(chapterSchema),
  workshop: outlineLessonSchema.shape.workshop,
  /** The caller's progress (students). */
  progress: z.object({ completion: z.number(), positionSeconds: z.number().int().nullable() }).nullable(),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const progressUpdateSchema = z.object({
  /** Where a video was left, seconds. */
  positionSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .optional(),
  /** "I have read it": marks a text lesson done. */
  done: z.literal(true).optional(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;
