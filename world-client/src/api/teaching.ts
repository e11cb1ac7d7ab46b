// The education API as the studio's Teaching tab uses it (an instructor's side), every reply checked
// against the shared contract.
import {
  courseSchema,
  courseStudentsSchema,
  courseSubmissionSchema,
  lessonSourceSchema,
  renderedMarkdownSchema,
  submissionSchema,
  taughtCourseSchema,
  type Course,
  type CourseStudents,
  type CourseSubmission,
  type LessonSource,
  type NewCourse,
  type NewLesson,
  type OutlineOrder,
  type PublishCourse,
  type Review,
  type Submission,
  type TaughtCourse,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call } from './api.ts';

export const fetchTaughtCourses = (): Promise<TaughtCourse[]> =>
  call('/api/me/teaching', z.array(taughtCourseSchema));
export const fetchCourseOutline = (id: string): Promise<Course> => call(`/api/courses/${id}`, courseSchema);
export const createCourse = (course: NewCourse): Promise<Course> =>
  call('/api/courses', courseSchema, 'POST', course);
export const updateCourse = (id: string, course: NewCourse): Promise<Course> =>
  call(`/api/courses/${id}`, courseSchema, 'PUT', course);
export const publishCourse = (id: string, price: PublishCourse): Promise<Course> =>
  call(`/api/courses/${id}/publish`, courseSchema, 'POST', price);
export const reorderCourse = (id: string, order: OutlineOrder): Promise<Course> =>
  call(`/api/courses/${id}/outline`, courseSchema, 'PUT', order);

export const addModule = (courseId: string, title: string): Promise<Course> =>
  call(`/api/courses/${courseId}/modules`, courseSchema, 'POST', { title });
export const renameModule = (id: string, title: string): Promise<Course> =>
  call(`/api/modules/${id}`, courseSchema, 'PATCH', { title });
export const deleteModule = (id: string): Promise<Course> =>
  call(`/api/modules/${id}`, courseSchema, 'DELETE');

export const addLesson = (moduleId: string, lesson: NewLesson): Promise<Course> =>
  call(`/api/modules/${moduleId}/lessons`, courseSchema, 'POST', lesson);
export const fetchLessonSource = (id: string): Promise<LessonSource> =>
  call(`/api/lessons/${id}/source`, lessonSourceSchema);
export const updateLesson = (id: string, lesson: NewLesson): Promise<Course> =>
  call(`/api/lessons/${id}`, courseSchema, 'PUT', lesson);
export const deleteLesson = (id: string): Promise<Course> =>
  call(`/api/lessons/${id}`, courseSchema, 'DELETE');

/** Markdown as the lesson page will show it (the server's own renderer and sanitiser). */
export const previewMarkdown = async (body: string): Promise<string> =>
  (await call('/api/lessons/preview', renderedMarkdownSchema, 'POST', { body })).html;

export const fetchCourseStudents = (id: string): Promise<CourseStudents> =>
  call(`/api/courses/${id}/students`, courseStudentsSchema);
export const fetchCourseSubmissions = (id: string): Promise<CourseSubmission[]> =>
  call(`/api/courses/${id}/submissions`, z.array(courseSubmissionSchema));
export const reviewSubmission = (id: string, review: Review): Promise<Submission> =>
  call(`/api/submissions/${id}/review`, submissionSchema, 'POST', review);
