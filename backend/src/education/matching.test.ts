import { describe, expect, it } from 'vitest';
import { hoursFree, type MentorCandidate, rankMentors } from './matching.ts';

const mentor = (id: string, over: Partial<MentorCandidate> = {}): MentorCandidate => ({
  id,
  disciplines: ['painting'],
  levels: ['beginner'],
  hoursPerWeek: 3,
  accepting: true,
  mentees: 0,
  ...over,
});

describe('mentor matching', () => {
  it('keeps only mentors of the discipline who accept and have an hour free', () => {
    const ranked = rankMentors(
      [
        mentor('a'),
        mentor('b', { disciplines: ['sculpture'] }),
        mentor('c', { accepting: false }),
        mentor('d', { mentees: 3 }),
      ],
      { discipline: ' Painting ' },
    );
    expect(ranked.map((m) => m.id)).toEqual(['a']);
  });

  it('puts mentors of the student’s level first, then the most available', () => {
    const ranked = rankMentors(
      [
        mentor('busy-fit', { levels: ['advanced'], mentees: 2 }),
        mentor('free-other', { levels: ['beginner'], hoursPerWeek: 10 }),
        mentor('free-fit', { levels: ['advanced', 'beginner'], hoursPerWeek: 5 }),
      ],
      { discipline: 'painting', level: 'advanced' },
    );
    expect(ranked.map((m) => m.id)).toEqual(['free-fit', 'busy-fit', 'free-other']);
    expect(hoursFree(mentor('x', { mentees: 5 }))).toBe(0);
  });
});
