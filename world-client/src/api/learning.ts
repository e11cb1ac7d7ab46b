// The education API as the learning pages use it, every reply checked against the shared contract.
import {
  certificateSchema,
  courseSchema,
  learningSchema,
  lessonSchema,
  orderSchema,
  submissionSchema,
  type Certificate,
  type Course,
  type Learning,
  type Lesson,
  type NewSubmission,
  type Order,
  type ProgressUpdate,
  type Submission,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call, requestJson } from './api.ts';
import { authorization } from './session.ts';

export const fetchLearning = (): Promise<Learning> => call('/api/me/learning', learningSchema);
export const fetchCourses = (): Promise<Course[]> => call('/api/courses', z.array(courseSchema));
export const fetchCourse = (id: string): Promise<Course> => call(`/api/courses/${id}`, courseSchema);
export const fetchLesson = (id: string): Promise<Lesson> => call(`/api/lessons/${id}`, lessonSchema);
export const saveProgress = (id: string, update: ProgressUpdate): Promise<Lesson> =>
  call(`/api/lessons/${id}/progress`, lessonSchema, 'PUT', update);
export const fetchSubmissions = (lessonId: string): Promise<Submission[]> =>
  call(`/api/lessons/${lessonId}/submissions`, z.array(submissionSchema));
export const submitExercise = (lessonId: string, submission: NewSubmission): Promise<Submission> =>
  call(`/api/lessons/${lessonId}/submissions`, submissionSchema, 'POST', submission);
/** Takes a place on a course: settled at once when free; paid ones come back with Stripe's checkout page. */
export const orderPlace = (listingId: string): Promise<Order> =>
  call('/api/orders', orderSchema, 'POST', { listingId });
export const claimCertificate = (courseId: string): Promise<Certificate> =>
  call(`/api/courses/${courseId}/certificate`, certificateSchema, 'POST');

/** Uploads a file (checked by its content on the server); resolves with its media id. */
export async function uploadFile(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file);
  return (
    await requestJson('/api/media', z.object({ id: z.string() }), {
      method: 'POST',
      headers: await authorization(),
      body: form,
    })
  ).id;
}
