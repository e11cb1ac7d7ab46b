import { describe, expect, it } from 'vitest';
import { blankDraft, draftOf, lessonFrom } from './lesson-draft.ts';

const now = new Date(2030, 4, 6, 10, 30);

describe('lesson drafts', () => {
  it('turns a video form into a lesson, chapters in seconds and in order', () => {
    const draft = {
      ...blankDraft('video', now),
      title: ' Foley ',
      videoUrl: 'https://videos.example.org/foley.webm',
      duration: '5:00',
      chapters: [
        { at: '1:30', title: 'Doors' },
        { at: '0:00', title: 'Steps' },
      ],
    };
    expect(lessonFrom(draft)).toEqual({
      lesson: {
        kind: 'video',
        title: 'Foley',
        required: true,
        videoUrl: 'https://videos.example.org/foley.webm',
        durationSeconds: 300,
        chapters: [
          { title: 'Steps', at: 0 },
          { title: 'Doors', at: 90 },
        ],
      },
    });
  });

  it('names the field a form cannot be sent for', () => {
    expect(lessonFrom(blankDraft('text', now))).toEqual({
      field: 'title',
      error: 'Give the lesson a title.',
    });
    expect(lessonFrom({ ...blankDraft('text', now), title: 'T' })).toMatchObject({ field: 'body' });
    expect(
      lessonFrom({ ...blankDraft('video', now), title: 'T', videoUrl: 'https://x.org/v', duration: 'long' }),
    ).toMatchObject({ field: 'durationSeconds' });
    expect(
      lessonFrom({
        ...blankDraft('video', now),
        title: 'T',
        videoUrl: 'https://x.org/v',
        duration: '1:00',
        chapters: [
          { at: '0:00', title: 'a' },
          { at: '2:00', title: 'b' },
        ],
      }),
    ).toMatchObject({ field: 'chapters.1.at' });
    expect(lessonFrom({ ...blankDraft('workshop', now), title: 'Live' })).toMatchObject({ field: 'space' });
    expect(
      lessonFrom({ ...blankDraft('workshop', now, 'studio-classroom'), title: 'Live', capacity: '0' }),
    ).toMatchObject({ field: 'capacity' });
  });

  it('makes a workshop a week ahead on the hour, and reads a lesson back into the form', () => {
    const workshop = lessonFrom({ ...blankDraft('workshop', now, 'studio-classroom'), title: 'Live' });
    expect(workshop).toMatchObject({
      lesson: { kind: 'workshop', space: 'studio-classroom', durationMinutes: 60, capacity: 20 },
    });
    if (!('lesson' in workshop) || workshop.lesson.kind !== 'workshop') throw new Error('no workshop');
    expect(new Date(workshop.lesson.startsAt)).toEqual(new Date(2030, 4, 13, 10, 0));
    const back = draftOf(workshop.lesson);
    expect(back).toMatchObject({
      kind: 'workshop',
      title: 'Live',
      startsAt: '2030-05-13T10:00',
      capacity: '20',
    });
    expect(
      draftOf({
        kind: 'video',
        title: 'V',
        required: false,
        videoUrl: 'https://x.org/v',
        durationSeconds: 125,
        chapters: [{ title: 'c', at: 65 }],
      }),
    ).toMatchObject({ duration: '2:05', required: false, chapters: [{ at: '1:05', title: 'c' }] });
  });
});
