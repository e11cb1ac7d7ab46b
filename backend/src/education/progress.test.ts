import { describe, expect, it } from 'vitest';
import {
  certificateCode,
  courseProgress,
  improved,
  isCertificateCode,
  nextLesson,
  type OutlineLesson,
  overlapSeconds,
  requirementsMet,
  videoCompletion,
  workshopCompletion,
} from './progress.ts';

const lessons: OutlineLesson[] = [
  { id: 'intro', title: 'Intro', kind: 'video', required: true },
  { id: 'reading', title: 'Reading', kind: 'text', required: true },
  { id: 'extra', title: 'Extra', kind: 'text', required: false },
  { id: 'exercise', title: 'Exercise', kind: 'exercise', required: true },
  { id: 'live', title: 'Live', kind: 'workshop', required: true },
];

describe('course progress', () => {
  it('is the mean completion of the required lessons', () => {
    const done = new Map([
      ['intro', 1],
      ['reading', 0.5],
      ['extra', 1],
    ]);
    expect(courseProgress(lessons, done)).toBeCloseTo(1.5 / 4, 9);
    expect(courseProgress([], done)).toBe(0);
  });

  it('points at the first lesson not done, in course order', () => {
    expect(nextLesson(lessons, new Map([['intro', 1]]))?.id).toBe('reading');
    expect(nextLesson(lessons, new Map(lessons.map((l) => [l.id, 1])))).toBeNull();
  });

  it('is complete when every required lesson is done, optional ones or not', () => {
    const required = new Map(lessons.filter((l) => l.required).map((l) => [l.id, 1]));
    expect(requirementsMet(lessons, required)).toBe(true);
    expect(requirementsMet(lessons, new Map([...required, ['live', 0.99]]))).toBe(false);
    expect(requirementsMet([], new Map())).toBe(false);
  });

  it('finishes a video at 90% and a workshop at three quarters of its length attended', () => {
    expect(videoCompletion(30, 120)).toBe(0.25);
    expect(videoCompletion(108, 120)).toBe(1);
    expect(videoCompletion(500, 120)).toBe(1);
    expect(workshopCompletion(45 * 60, 60 * 60)).toBe(1);
    expect(workshopCompletion(30 * 60, 60 * 60)).toBeCloseTo(2 / 3, 9);
  });

  it('counts only the part of a visit within the workshop', () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 10, minutes));
    const workshop = { from: at(0), to: at(60) };
    expect(overlapSeconds({ from: at(-10), to: at(20) }, workshop)).toBe(20 * 60);
    expect(overlapSeconds({ from: at(50), to: at(90) }, workshop)).toBe(10 * 60);
    expect(overlapSeconds({ from: at(70), to: at(90) }, workshop)).toBe(0);
  });

  it('never goes back', () => {
    expect(improved(0.8, 0.3)).toBe(0.8);
    expect(improved(undefined, 1.7)).toBe(1);
  });
});

describe('certificate codes', () => {
  it('are 60 random bits in unambiguous groups, and recognised', () => {
    const code = certificateCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(code).toMatch(/^PSC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code).not.toMatch(/[ILOU]/);
    expect(isCertificateCode(code)).toBe(true);
    expect(certificateCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 9]))).not.toBe(code);
    expect(isCertificateCode('PSC-ILOU-0000-0000')).toBe(false);
    expect(isCertificateCode("PSC-0000-0000-0000' OR 1=1")).toBe(false);
  });
});
