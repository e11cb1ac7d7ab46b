// Education, mentoring: mentors' offers, finding one, and the requests between students and mentors.
import { z } from 'zod';
import { levelSchema } from './courses.ts';

export const mentorProfileSchema = z.object({
  bio: z.string().max(5000).default(''),
  disciplines: z.array(z.string().trim().toLowerCase().min(1).max(60)).min(1).max(10),
  levels: z.array(levelSchema).min(1),
  hoursPerWeek: z.number().int().min(1).max(40),
  accepting: z.boolean().default(true),
});
export type MentorProfile = z.infer<typeof mentorProfileSchema>;

export const mentorSchema = z.object({
  id: z.string(),
  name: z.string(),
  bio: z.string(),
  disciplines: z.array(z.string()),
  levels: z.array(levelSchema),
  hoursPerWeek: z.number().int(),
  /** Hours a week not yet taken by accepted mentees (one hour each). */
  hoursFree: z.number().int(),
});
export type Mentor = z.infer<typeof mentorSchema>;

export const mentorshipRequestSchema = z.object({
  discipline: z.string().trim().toLowerCase().min(1).max(60),
  message: z.string().max(2000).default(''),
});
export const mentorshipSchema = z.object({
  id: z.string(),
  student: z.object({ id: z.string(), name: z.string() }),
  mentor: z.object({ id: z.string(), name: z.string() }),
  discipline: z.string(),
  message: z.string(),
  status: z.enum(['requested', 'accepted', 'declined']),
  createdAt: z.string(),
});
export type Mentorship = z.infer<typeof mentorshipSchema>;
