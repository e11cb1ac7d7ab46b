// The instructor's side of courses (the studio's Teaching tab), against a real Postgres and the local Stripe:
// their course list with enrolments, reviews waiting and revenue; editing, deleting and reordering modules and
// lessons; a lesson's source for the editor and the Markdown preview; the students and submissions of a course.
// Only the course's instructor may do any of it, and bad bodies are refused naming the field.
import { describe, expect, it } from 'vitest';
import {
  courseSchema,
  courseStudentsSchema,
  courseSubmissionSchema,
  lessonSchema,
  lessonSourceSchema,
  orderSchema,
  renderedMarkdownSchema,
  taughtCourseSchema,
  type Course,
} from '../src/contract.ts';
import { PrismaService } from '../src/database/prisma.service.ts';
import { makePerson, type Person } from './support/people.ts';
import { usePayingApi } from './support/paying-api.ts';

const { api, stripe: localStripe, deliver } = usePayingApi();
const prisma = () => api.app.get(PrismaService);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const send = async (method: Method, url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok(method: Method, url: string, who?: Person, payload?: object): Promise<unknown> {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
}

const outline = (course: Course) =>
  course.modules.map((module) => `${module.title}: ${module.lessons.map((l) => l.title).join(', ')}`);

/** A day far enough ahead, and different per run, that no other test's workshop is in the room then. */
const workshopDay = () =>
  new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000 + 14 * 3_600_000);

async function courseWith(teacher: Person, title = 'Ink Wash') {
  const course = courseSchema.parse(
    await ok('POST', '/api/courses', teacher, { title, discipline: 'painting', level: 'beginner' }),
  );
  await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'First' });
  const two = courseSchema.parse(
    await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'Second' }),
  );
  const [first, second] = two.modules;
  if (!first || !second) throw new Error('modules missing');
  await ok('POST', `/api/modules/${first.id}/lessons`, teacher, { kind: 'text', title: 'A', body: 'a' });
  await ok('POST', `/api/modules/${first.id}/lessons`, teacher, { kind: 'text', title: 'B', body: 'b' });
  const full = courseSchema.parse(
    await ok('POST', `/api/modules/${second.id}/lessons`, teacher, {
      kind: 'exercise',
      title: 'C',
      body: 'Paint a stone.',
    }),
  );
  return full;
}

describe('the studio’s teaching tab', () => {
  it('edits, reorders and deletes modules and lessons, keeping positions whole', async () => {
    const teacher = await makePerson(api.app, 'Mei Lin', { roles: ['instructor'] });
    const course = await courseWith(teacher);
    expect(outline(course)).toEqual(['First: A, B', 'Second: C']);
    const [first, second] = course.modules;
    const [a, b] = first?.lessons ?? [];
    const [c] = second?.lessons ?? [];
    if (!first || !second || !a || !b || !c) throw new Error('outline missing');

    // The course's details and a module's title.
    const renamed = courseSchema.parse(
      await ok('PUT', `/api/courses/${course.id}`, teacher, {
        title: 'Ink Wash Painting',
        summary: 'Water and ink.',
        discipline: 'Painting',
        level: 'intermediate',
      }),
    );
    expect(renamed).toMatchObject({
      title: 'Ink Wash Painting',
      summary: 'Water and ink.',
      level: 'intermediate',
    });
    const moduleRenamed = courseSchema.parse(
      await ok('PATCH', `/api/modules/${second.id}`, teacher, { title: 'Practice' }),
    );
    expect(outline(moduleRenamed)).toEqual(['First: A, B', 'Practice: C']);

    // Modules swap, and a lesson moves to the other module.
    const reordered = courseSchema.parse(
      await ok('PUT', `/api/courses/${course.id}/outline`, teacher, {
        modules: [
          { id: second.id, lessons: [c.id, b.id] },
          { id: first.id, lessons: [a.id] },
        ],
      }),
    );
    expect(outline(reordered)).toEqual(['Practice: C, B', 'First: A']);

    // The text lesson's source comes back as written, and is rewritten (its kind stays).
    const source = lessonSourceSchema.parse(await ok('GET', `/api/lessons/${a.id}/source`, teacher));
    expect(source).toMatchObject({ moduleId: first.id, started: false, source: { kind: 'text', body: 'a' } });
    await ok('PUT', `/api/lessons/${a.id}`, teacher, {
      kind: 'text',
      title: 'A, rewritten',
      body: '## Brush\nHold it **upright**.',
      required: false,
    });
    const lesson = lessonSchema.parse(await ok('GET', `/api/lessons/${a.id}`, teacher));
    expect(lesson).toMatchObject({ title: 'A, rewritten', required: false });
    expect(lesson.html).toContain('<strong>upright</strong>');
    const wrongKind = await send('PUT', `/api/lessons/${a.id}`, teacher, {
      kind: 'exercise',
      title: 'A',
      body: 'b',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json<{ message: string }>().message).toMatch(/^body\.kind: this lesson is a text/);

    // Deleting a lesson, then a module, closes the gaps: new ones still go at the end.
    const noB = courseSchema.parse(await ok('DELETE', `/api/lessons/${b.id}`, teacher));
    expect(outline(noB)).toEqual(['Practice: C', 'First: A, rewritten']);
    await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'Third' });
    const noFirst = courseSchema.parse(await ok('DELETE', `/api/modules/${first.id}`, teacher));
    expect(outline(noFirst)).toEqual(['Practice: C', 'Third: ']);
    const positions = await prisma().courseModule.findMany({
      where: { courseId: course.id },
      orderBy: { position: 'asc' },
      select: { position: true },
    });
    expect(positions.map((row) => row.position)).toEqual([0, 1]);
    const withFourth = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/modules`, teacher, { title: 'Fourth' }),
    );
    expect(outline(withFourth)).toEqual(['Practice: C', 'Third: ', 'Fourth: ']);
    expect((await send('GET', `/api/lessons/${b.id}/source`, teacher)).statusCode).toBe(404);
  });

  it('edits a video’s chapters and a workshop’s time, keeping the workshop’s room free of clashes', async () => {
    const teacher = await makePerson(api.app, 'Tomás Reyes', { roles: ['instructor'] });
    const course = await courseWith(teacher, 'Sound for Film');
    const moduleId = course.modules[0]?.id ?? '';
    const day = workshopDay();
    const withVideo = courseSchema.parse(
      await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
        kind: 'video',
        title: 'Foley',
        videoUrl: 'https://videos.example.org/foley.mp4',
        durationSeconds: 300,
        chapters: [{ title: 'Steps', at: 0 }],
      }),
    );
    const video = withVideo.modules[0]?.lessons.at(-1);
    await ok('PUT', `/api/lessons/${video?.id ?? ''}`, teacher, {
      kind: 'video',
      title: 'Foley',
      videoUrl: 'https://videos.example.org/foley-2.mp4',
      durationSeconds: 320,
      chapters: [
        { title: 'Doors', at: 95 },
        { title: 'Steps', at: 0 },
      ],
    });
    const videoSource = lessonSourceSchema.parse(
      await ok('GET', `/api/lessons/${video?.id ?? ''}/source`, teacher),
    );
    expect(videoSource.source).toMatchObject({
      kind: 'video',
      videoUrl: 'https://videos.example.org/foley-2.mp4',
      durationSeconds: 320,
      chapters: [
        { title: 'Steps', at: 0 },
        { title: 'Doors', at: 95 },
      ],
    });

    const workshop = (startsAt: Date) => ({
      kind: 'workshop',
      title: 'Live mix',
      space: 'studio-classroom',
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
      capacity: 10,
    });
    const withWorkshops = courseSchema.parse(
      await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, workshop(day)),
    );
    const first = withWorkshops.modules[0]?.lessons.at(-1)?.id ?? '';
    const later = new Date(day.getTime() + 3 * 3_600_000);
    const withSecond = courseSchema.parse(
      await ok('POST', `/api/modules/${moduleId}/lessons`, teacher, {
        ...workshop(later),
        title: 'Later mix',
      }),
    );
    const second = withSecond.modules[0]?.lessons.at(-1)?.id ?? '';
    // Moving the first by half an hour clashes with nothing but itself: allowed.
    const moved = new Date(day.getTime() + 30 * 60_000);
    const edited = courseSchema.parse(await ok('PUT', `/api/lessons/${first}`, teacher, workshop(moved)));
    expect(edited.modules[0]?.lessons.find((l) => l.id === first)?.workshop).toMatchObject({
      startsAt: moved.toISOString(),
      endsAt: new Date(moved.getTime() + 3_600_000).toISOString(),
    });
    const source = lessonSourceSchema.parse(await ok('GET', `/api/lessons/${first}/source`, teacher));
    expect(source.source).toMatchObject({ kind: 'workshop', durationMinutes: 60, capacity: 10 });
    // Moving the second onto the first is refused, naming the field.
    const clash = await send('PUT', `/api/lessons/${second}`, teacher, {
      ...workshop(moved),
      title: 'Later mix',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json<{ message: string }>().message).toMatch(/^body\.startsAt: .* has "Live mix" then/);
  });

  it('lists the instructor’s courses with enrolments, submissions to review and revenue, and reviews them', async () => {
    const teacher = await makePerson(api.app, 'Ada Obi', { roles: ['instructor'] });
    await ok('POST', '/api/payouts/onboarding', teacher);
    const account = await prisma().payoutAccount.findUniqueOrThrow({ where: { userId: teacher.id } });
    await deliver(localStripe().completeOnboarding(account.stripeAccountId));
    const course = await courseWith(teacher, 'Figure in Ink');
    const draft = await courseWith(teacher, 'Still a draft');
    const published = courseSchema.parse(
      await ok('POST', `/api/courses/${course.id}/publish`, teacher, { priceMinor: 4_500, currency: 'eur' }),
    );

    // Two students buy places through Stripe Checkout.
    const students = [await makePerson(api.app, 'Noor Haddad'), await makePerson(api.app, 'Li Wei')];
    for (const student of students) {
      const order = orderSchema.parse(
        await ok('POST', '/api/orders', student, { listingId: published.listingId }),
      );
      const row = await prisma().order.findUniqueOrThrow({ where: { id: order.id } });
      for (const event of localStripe().pay(row.checkoutSessionId ?? '')) await deliver(event);
    }
    const [noor] = students;
    if (!noor) throw new Error('no student');
    const lessons = published.modules.flatMap((module) => module.lessons);
    const exercise = lessons.find((lesson) => lesson.kind === 'exercise');
    for (const lesson of lessons.filter((l) => l.kind === 'text'))
      await ok('PUT', `/api/lessons/${lesson.id}/progress`, noor, { done: true });
    await ok('POST', `/api/lessons/${exercise?.id ?? ''}/submissions`, noor, {
      kind: 'link',
      url: 'https://example.org/noor/stone',
      note: 'Three washes.',
    });

    const mine = taughtCourseSchema.array().parse(await ok('GET', '/api/me/teaching', teacher));
    expect(mine.map((one) => one.title)).toEqual(['Still a draft', 'Figure in Ink']);
    expect(mine[1]).toMatchObject({
      status: 'published',
      priceMinor: 4_500,
      currency: 'eur',
      lessons: 3,
      enrolments: 2,
      toReview: 1,
      revenue: [{ currency: 'eur', grossMinor: 9_000, earnedMinor: 6_300 }],
    });
    expect(mine[0]).toMatchObject({
      status: 'draft',
      enrolments: 0,
      toReview: 0,
      revenue: [],
      priceMinor: null,
    });

    const roster = courseStudentsSchema.parse(await ok('GET', `/api/courses/${course.id}/students`, teacher));
    expect(
      roster.enrolments.map((e) => [e.student.name, Math.round(e.progress * 100), e.certificate]),
    ).toEqual([
      ['Noor Haddad', 67, null],
      ['Li Wei', 0, null],
    ]);
    expect(roster.revenue).toEqual([{ currency: 'eur', grossMinor: 9_000, earnedMinor: 6_300 }]);

    const queue = courseSubmissionSchema
      .array()
      .parse(await ok('GET', `/api/courses/${course.id}/submissions`, teacher));
    expect(queue).toMatchObject([
      {
        lessonTitle: 'C',
        student: { name: 'Noor Haddad' },
        url: 'https://example.org/noor/stone',
        critique: null,
      },
    ]);
    await ok('POST', `/api/submissions/${queue[0]?.id ?? ''}/review`, teacher, {
      critique: 'Let the paper breathe.',
      score: 0.8,
    });
    const after = courseStudentsSchema.parse(await ok('GET', `/api/courses/${course.id}/students`, teacher));
    expect(after.enrolments[0]?.certificate?.code).toMatch(/^PSC-/);
    expect(after.enrolments[0]?.progress).toBe(1);
    const listed = taughtCourseSchema.array().parse(await ok('GET', '/api/me/teaching', teacher));
    expect(listed[1]?.toReview).toBe(0);

    // Started lessons cannot be deleted (nor their module); students' work is kept.
    const started = lessonSourceSchema.parse(
      await ok('GET', `/api/lessons/${exercise?.id ?? ''}/source`, teacher),
    );
    expect(started.started).toBe(true);
    const refused = await send('DELETE', `/api/lessons/${exercise?.id ?? ''}`, teacher);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(/Students have started this lesson/);
    expect((await send('DELETE', `/api/modules/${published.modules[1]?.id ?? ''}`, teacher)).statusCode).toBe(
      409,
    );
    expect(await prisma().submission.count({ where: { lessonId: exercise?.id ?? '' } })).toBe(1);
    expect(draft.status).toBe('draft');
  });

  it('renders the preview exactly as the lesson page does', async () => {
    const teacher = await makePerson(api.app, 'Ravi Nair', { roles: ['instructor'] });
    const preview = renderedMarkdownSchema.parse(
      await ok('POST', '/api/lessons/preview', teacher, {
        body: '## Light\nA **bold** line.\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1))',
      }),
    );
    expect(preview.html).toContain('<h3>Light</h3>');
    expect(preview.html).toContain('<strong>bold</strong>');
    expect(preview.html).not.toContain('<script');
    expect(preview.html).not.toContain('javascript:');
    const student = await makePerson(api.app, 'Just a student');
    expect((await send('POST', '/api/lessons/preview', student, { body: 'x' })).statusCode).toBe(403);
    expect((await send('GET', '/api/me/teaching', student)).statusCode).toBe(403);
    expect((await send('POST', '/api/lessons/preview', undefined, { body: 'x' })).statusCode).toBe(401);
  });

  it('lets no other instructor see or change a course', async () => {
    const owner = await makePerson(api.app, 'Owner Instructor', { roles: ['instructor'] });
    const other = await makePerson(api.app, 'Other Instructor', { roles: ['instructor'] });
    const course = await courseWith(owner, 'Not yours');
    const moduleId = course.modules[0]?.id ?? '';
    const lessonId = course.modules[0]?.lessons[0]?.id ?? '';
    const attempts: [Method, string, object?][] = [
      ['PUT', `/api/courses/${course.id}`, { title: 'Mine now', discipline: 'x', level: 'beginner' }],
      ['PUT', `/api/courses/${course.id}/outline`, { modules: [] }],
      ['GET', `/api/courses/${course.id}/students`],
      ['GET', `/api/courses/${course.id}/submissions`],
      ['PATCH', `/api/modules/${moduleId}`, { title: 'Mine' }],
      ['DELETE', `/api/modules/${moduleId}`],
      ['GET', `/api/lessons/${lessonId}/source`],
      ['PUT', `/api/lessons/${lessonId}`, { kind: 'text', title: 'Mine', body: 'x' }],
      ['DELETE', `/api/lessons/${lessonId}`],
    ];
    for (const [method, url, body] of attempts) {
      const response = await send(method, url, other, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await send('GET', '/api/me/teaching', other)).json()).toEqual([]);
    const untouched = courseSchema.parse(await ok('GET', `/api/courses/${course.id}`, owner));
    expect(untouched.title).toBe('Not yours');
    expect(outline(untouched)).toEqual(['First: A, B', 'Second: C']);
  });

  it('refuses bad bodies, naming the field', async () => {
    const teacher = await makePerson(api.app, 'Field Checker', { roles: ['instructor'] });
    const course = await courseWith(teacher, 'Bodies');
    const [first, second] = course.modules;
    const lessonId = first?.lessons[0]?.id ?? '';
    const cases: [Method, string, object, RegExp][] = [
      ['PUT', `/api/courses/${course.id}`, { title: '', discipline: 'x', level: 'beginner' }, /^body\.title/],
      ['PUT', `/api/courses/${course.id}`, { title: 'T', discipline: 'x', level: 'expert' }, /^body\.level/],
      ['PATCH', `/api/modules/${first?.id ?? ''}`, { title: '   ' }, /^body\.title/],
      [
        'PUT',
        `/api/courses/${course.id}/outline`,
        { modules: [{ id: 'nope', lessons: [] }] },
        /^body\.modules\.0\.id/,
      ],
      [
        'PUT',
        `/api/courses/${course.id}/outline`,
        { modules: [{ id: first?.id, lessons: first?.lessons.map((l) => l.id) }] },
        /^body\.modules: module .* is missing/,
      ],
      [
        'PUT',
        `/api/courses/${course.id}/outline`,
        {
          modules: [
            { id: first?.id, lessons: first?.lessons.map((l) => l.id) },
            { id: second?.id, lessons: [] },
          ],
        },
        /^body\.modules: lesson .* is missing/,
      ],
      ['PUT', `/api/lessons/${lessonId}`, { kind: 'text', title: 'T', body: '' }, /^body\.body/],
      ['PUT', `/api/lessons/${lessonId}`, { kind: 'quiz', title: 'T' }, /^body\.kind/],
      ['POST', '/api/lessons/preview', { body: 42 }, /^body\.body/],
    ];
    for (const [method, url, body, message] of cases) {
      const response = await send(method, url, teacher, body);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
      expect(response.json<{ message: string }>().message).toMatch(message);
    }
    expect((await send('DELETE', '/api/lessons/not-an-id', teacher)).statusCode).toBe(400);
    expect(
      (await send('DELETE', '/api/modules/00000000-0000-4000-8000-000000000000', teacher)).statusCode,
    ).toBe(404);
    const unchanged = courseSchema.parse(await ok('GET', `/api/courses/${course.id}`, teacher));
    expect(outline(unchanged)).toEqual(['First: A, B', 'Second: C']);
  });
});
