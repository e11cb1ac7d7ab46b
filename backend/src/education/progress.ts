// How far a student is through a course, what comes next, and whether the course is complete. Pure: the
// services feed it rows, the tests feed it tables.

export interface OutlineLesson {
  readonly id: string;
  readonly title: string;
  readonly kind: 'video' | 'text' | 'exercise' | 'workshop';
  readonly required: boolean;
}

/** A lesson counts as done at this completion (a video watched to 90% is done). */
export const DONE = 1;
const VIDEO_DONE_AT = 0.9;
/** A workshop counts as attended after three quarters of its length in the room. */
export const WORKSHOP_ATTENDANCE_TO_COMPLETE = 0.75;
/** An exercise passes at this score. */
export const PASSING_SCORE = 0.5;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** A course's progress: the mean completion of its required lessons (all lessons if none is required). */
export function courseProgress(
  lessons: readonly OutlineLesson[],
  completion: ReadonlyMap<string, number>,
): number {
  const counted = lessons.some((lesson) => lesson.required)
    ? lessons.filter((lesson) => lesson.required)
    : lessons;
  if (counted.length === 0) return 0;
  const total = counted.reduce((sum, lesson) => sum + clamp01(completion.get(lesson.id) ?? 0), 0);
  return total / counted.length;
}

/** The first lesson, in course order, not yet done; null when all are. */
export function nextLesson(
  lessons: readonly OutlineLesson[],
  completion: ReadonlyMap<string, number>,
): OutlineLesson | null {
  return lessons.find((lesson) => (completion.get(lesson.id) ?? 0) < DONE) ?? null;
}

/** Whether every required lesson is done: the certificate's requirement. */
export function requirementsMet(
  lessons: readonly OutlineLesson[],
  completion: ReadonlyMap<string, number>,
): boolean {
  const required = lessons.filter((lesson) => lesson.required);
  return required.length > 0 && required.every((lesson) => (completion.get(lesson.id) ?? 0) >= DONE);
}

/** A video's completion from where the student got to (watching to 90% finishes it). */
export function videoCompletion(positionSeconds: number, durationSeconds: number): number {
  if (durationSeconds <= 0) return 0;
  const watched = clamp01(positionSeconds / durationSeconds);
  return watched >= VIDEO_DONE_AT ? DONE : watched;
}

/** Seconds of a visit to the room that fell within a workshop's hours. */
export function overlapSeconds(visit: { from: Date; to: Date }, workshop: { from: Date; to: Date }): number {
  const from = Math.max(visit.from.getTime(), workshop.from.getTime());
  const to = Math.min(visit.to.getTime(), workshop.to.getTime());
  return Math.max(0, Math.floor((to - from) / 1000));
}

/** A workshop's completion from the seconds attended. */
export function workshopCompletion(attendedSeconds: number, workshopSeconds: number): number {
  if (workshopSeconds <= 0) return 0;
  return clamp01(attendedSeconds / (workshopSeconds * WORKSHOP_ATTENDANCE_TO_COMPLETE));
}

/** Progress never goes back: a rewatched video or a shorter second visit keeps the best so far. */
export const improved = (previous: number | undefined, next: number): number =>
  Math.max(previous ?? 0, clamp01(next));

// Crockford's base 32: no I, L, O, U, so a code read aloud or retyped is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A certificate's public verification code from 60 random bits: "PSC-XXXX-XXXX-XXXX". */
export function certificateCode(random: Uint8Array): string {
  if (random.length < 8) throw new RangeError('need 8 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 12; i++) text += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `PSC-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}`;
}

/** Whether a string could be a certificate code (checked before any query). */
export const isCertificateCode = (code: string): boolean =>
  /^PSC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(code);
