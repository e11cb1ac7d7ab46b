// Education, the student's side: exercises handed in and reviewed, the learning dashboard, certificates.
import { z } from 'zod';
import { lessonKindSchema } from './courses.ts';
import { webLinkSchema } from './links.ts';

export const newSubmissionSchema = z
  .object({
    kind: z.enum(['image', 'audio', 'link']),
    mediaId: z.uuid('must be a media id').optional(),
    /** The instructor opens it from the submissions list (see links.ts). */
    url: webLinkSchema(2000).optional(),
    note: z.string().max(5000).default(''),
  })
  .refine((s) => (s.kind === 'link' ? s.url !== undefined : s.mediaId !== undefined), {
    message: 'a link needs a url; an image or audio file needs a mediaId',
    path: ['kind'],
  });
export type NewSubmission = z.infer<typeof newSubmissionSchema>;

export const reviewSchema = z.object({
  critique: z.string().trim().min(1).max(20_000),
  /** 0..1; 0.5 or more passes the exercise. */
  score: z.number().min(0).max(1),
});
export type Review = z.infer<typeof reviewSchema>;

export const submissionSchema = z.object({
  id: z.string(),
  lessonId: z.string(),
  student: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(['image', 'audio', 'link']),
  url: z.string(),
  note: z.string(),
  critique: z.string().nullable(),
  score: z.number().nullable(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const learningSchema = z.array(
  z.object({
    course: z.object({ id: z.string(), title: z.string() }),
    progress: z.number(),
    next: z.object({ id: z.string(), title: z.string(), kind: lessonKindSchema }).nullable(),
    upcomingWorkshops: z.array(
      z.object({ lessonId: z.string(), title: z.string(), space: z.string(), startsAt: z.string() }),
    ),
    certificate: z.object({ code: z.string(), valid: z.boolean() }).nullable(),
  }),
);
export type Learning = z.infer<typeof learningSchema>;

export const certificateSchema = z.object({
  code: z.string(),
  valid: z.boolean(),
  student: z.string(),
  course: z.string(),
  instructor: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const revokeSchema = z.object({ reason: z.string().trim().min(1).max(500) });
