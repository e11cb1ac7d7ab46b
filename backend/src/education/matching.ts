// Matching students with mentors: pure, so the rules are tested on their own.

export type Level = 'beginner' | 'intermediate' | 'advanced';

export interface MentorCandidate {
  readonly id: string;
  readonly disciplines: readonly string[];
  readonly levels: readonly Level[];
  readonly hoursPerWeek: number;
  readonly accepting: boolean;
  /** Mentees already accepted (each takes an hour a week). */
  readonly mentees: number;
}

/** Hours a week a mentor still has for new mentees. */
export const hoursFree = (mentor: MentorCandidate): number =>
  Math.max(0, mentor.hoursPerWeek - mentor.mentees);

/**
 * The mentors who can take a student in `discipline` (accepting, with an hour free), best first: those who
 * teach the student's level, then the most available; ties by id, so the order is stable.
 */
export function rankMentors<T extends MentorCandidate>(
  mentors: readonly T[],
  wanted: { discipline: string; level?: Level | undefined },
): T[] {
  const discipline = wanted.discipline.trim().toLowerCase();
  const levelFit = (mentor: T) => (wanted.level && mentor.levels.includes(wanted.level) ? 1 : 0);
  return mentors
    .filter((mentor) => mentor.accepting && hoursFree(mentor) > 0 && mentor.disciplines.includes(discipline))
    .sort((a, b) => levelFit(b) - levelFit(a) || hoursFree(b) - hoursFree(a) || a.id.localeCompare(b.id));
}
